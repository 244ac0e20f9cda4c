package partnership.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import partnership.report.Benchmark;

/**
 * The reference data a run uses: bank holidays, child population and England's benchmarks (the rows of
 * {@code benchmarks.csv} for area {@value #ENGLAND}; other areas' rows are read and left). Each file is read from
 * {@code <input>/reference/<name>} when the input folder holds one (extracts.md, "Reference data"),
 * otherwise from the copy shipped on the classpath under {@code reference/}.
 */
public record ReferenceData(
    List<BankHoliday> bankHolidays, List<PopulationEstimate> population, List<Benchmark> benchmarks) {

  public static final String BANK_HOLIDAYS = "bank-holidays.json";
  public static final String POPULATION = "population.csv";
  public static final String BENCHMARKS = "benchmarks.csv";

  /** The gov.uk division whose holidays apply (statutory-facts.md §4). */
  private static final String DIVISION = "england-and-wales";

  /** The ONS code of England, whose figures every report compares with. */
  public static final String ENGLAND = "E92000001";

  /** The shipped reference data only. */
  public static ReferenceData shipped() {
    return load(null);
  }

  /** Reads the reference data, preferring the files of {@code inputFolder} (may be null). */
  public static ReferenceData load(Path inputFolder) {
    return new ReferenceData(
        bankHolidays(BANK_HOLIDAYS, read(inputFolder, BANK_HOLIDAYS)),
        population(POPULATION, read(inputFolder, POPULATION)),
        benchmarks(BENCHMARKS, read(inputFolder, BENCHMARKS)));
  }

  /** The population rows of one area, e.g. {@code E08000029}. */
  public List<PopulationEstimate> populationOf(String areaCode) {
    return population.stream().filter(p -> p.areaCode().equals(areaCode)).toList();
  }

  static List<BankHoliday> bankHolidays(String file, String json) {
    JsonNode events;
    try {
      events = new ObjectMapper().readTree(json).path(DIVISION).path("events");
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!events.isArray() || events.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot read " + file + ": no " + DIVISION + ".events list (the gov.uk bank-holidays.json shape)");
    }
    List<BankHoliday> holidays = new ArrayList<>();
    for (JsonNode event : events) {
      String date = event.path("date").asText();
      try {
        holidays.add(new BankHoliday(LocalDate.parse(date), event.path("title").asText()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Cannot read " + file + ": event date '" + date + "' is not yyyy-mm-dd", e);
      }
    }
    return List.copyOf(holidays);
  }

  static List<PopulationEstimate> population(String file, String csv) {
    return CsvTable.parse(file, csv, List.of("area_code", "year", "age_band", "population"))
        .map(r -> new PopulationEstimate(
            r.get("area_code"),
            Integer.parseInt(r.get("year")),
            ageBand(r.get("age_band")),
            Long.parseLong(r.get("population"))));
  }

  static List<Benchmark> benchmarks(String file, String csv) {
    return CsvTable.parse(file, csv, List.of("metric_id", "area_code", "area_name", "period", "value"))
        .map(r -> ENGLAND.equals(r.get("area_code"))
            ? Optional.of(new Benchmark(r.get("metric_id"), r.get("period"), Double.parseDouble(r.get("value"))))
            : Optional.<Benchmark>empty())
        .stream()
        .flatMap(Optional::stream)
        .toList();
  }

  private static String ageBand(String band) {
    if (!List.of("0-4", "5-9", "10-15", "16-17").contains(band)) {
      throw new IllegalArgumentException("age_band '" + band + "' is not one of 0-4, 5-9, 10-15, 16-17");
    }
    return band;
  }

  private static String read(Path inputFolder, String name) {
    if (inputFolder != null) {
      Path replacement = inputFolder.resolve("reference").resolve(name);
      if (Files.isRegularFile(replacement)) {
        try {
          return Files.readString(replacement, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + replacement + ": " + e.getMessage(), e);
        }
      }
    }
    String resource = "reference/" + name;
    try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
