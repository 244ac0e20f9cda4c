package partnership.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Counts the generated children aged 0-17 at each mid-year (30 June) of the reporting years, by the
 * age bands of {@code reference/population.csv}, so that rates per 10,000 use the area's own size.
 * Reporting year 2024-25 uses the mid-2024 count (extracts.md).
 */
final class PopulationCounter {

  static final List<String> BANDS = List.of("0-4", "5-9", "10-15", "16-17");

  private final String areaCode;
  private final int firstYear;
  private final long[][] counts;

  PopulationCounter(GeneratorOptions options) {
    this.areaCode = options.areaCode();
    this.firstYear = options.windowStart().getYear();
    this.counts = new long[options.years()][BANDS.size()];
  }

  void add(LocalDate birthDate) {
    for (int i = 0; i < counts.length; i++) {
      LocalDate midYear = LocalDate.of(firstYear + i, 6, 30);
      if (birthDate.isAfter(midYear)) {
        continue;
      }
      int age = Period.between(birthDate, midYear).getYears();
      if (age < 18) {
        counts[i][age <= 4 ? 0 : age <= 9 ? 1 : age <= 15 ? 2 : 3]++;
      }
    }
  }

  /** Children aged 0-17 at the mid-year of the last reporting year. */
  long lastYearTotal() {
    long total = 0;
    for (long count : counts[counts.length - 1]) {
      total += count;
    }
    return total;
  }

  FileSummary write(Path out) {
    String name = "reference/population.csv";
    try (CsvFile file = new CsvFile(out, name, List.of("area_code", "year", "age_band", "population"),
        new CsvFile.Columns(-1, null, -1, -1, 0), 0, 0)) {
      for (int i = 0; i < counts.length; i++) {
        for (int band = 0; band < BANDS.size(); band++) {
          file.write(areaCode, String.valueOf(firstYear + i), BANDS.get(band), String.valueOf(counts[i][band]));
        }
      }
      return FileSummary.of(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + out.resolve(name) + ": " + e.getMessage(), e);
    }
  }
}
