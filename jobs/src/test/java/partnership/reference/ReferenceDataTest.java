package partnership.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.report.Benchmark;

class ReferenceDataTest {

  @Test
  void shippedHolidaysAreEveryDateOfStatutoryFacts4() {
    ReferenceData shipped = ReferenceData.shipped();
    // statutory-facts.md §4: 8 a year for 2018-2027, plus the 2022 Jubilee and funeral and the 2023 coronation.
    assertThat(shipped.bankHolidays()).hasSize(83);
    assertThat(shipped.bankHolidays())
        .extracting(BankHoliday::date)
        .contains(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 8), LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28),
            LocalDate.of(2027, 3, 26));
  }

  @Test
  void shippedPopulationIsAboutFortySevenThousandSolihullChildren() {
    long solihull2024 = ReferenceData.shipped().populationOf("E08000029").stream()
        .filter(p -> p.year() == 2024)
        .mapToLong(PopulationEstimate::population)
        .sum();
    assertThat(solihull2024).isBetween(46_000L, 48_000L);
    long england2024 = ReferenceData.shipped().populationOf("E92000001").stream()
        .filter(p -> p.year() == 2024)
        .mapToLong(PopulationEstimate::population)
        .sum();
    assertThat(england2024).isBetween(11_900_000L, 12_100_000L);
  }

  @Test
  void shippedBenchmarksHoldEnglandFigures() {
    assertThat(ReferenceData.shipped().benchmarks())
        .contains(new Benchmark("T4", "2024-25", 85.7), new Benchmark("T4_median", "2024-25", 33.0));
  }

  @Test
  void anInputFolderReplacesOneFileAndKeepsTheOthers(@TempDir Path input) throws IOException {
    Files.createDirectories(input.resolve("reference"));
    Files.writeString(input.resolve("reference/population.csv"),
        "\uFEFFarea_code,year,age_band,population\r\n\"E08000029\",2024,0-4,100\r\n");
    ReferenceData data = ReferenceData.load(input);
    assertThat(data.population()).containsExactly(new PopulationEstimate("E08000029", 2024, "0-4", 100));
    assertThat(data.bankHolidays()).hasSize(83);
  }

  @Test
  void aBadRowNamesFileAndLine(@TempDir Path input) throws IOException {
    Files.createDirectories(input.resolve("reference"));
    Files.writeString(input.resolve("reference/population.csv"),
        "area_code,year,age_band,population\nE08000029,2024,0-4,100\nE08000029,2024,0-17,900\n");
    assertThatThrownBy(() -> ReferenceData.load(input))
        .hasMessage("Cannot read population.csv: line 3: age_band '0-17' is not one of 0-4, 5-9, 10-15, 16-17");
  }

  @Test
  void aHolidayFileWithoutEnglandAndWalesIsAnError(@TempDir Path input) throws IOException {
    Files.createDirectories(input.resolve("reference"));
    Files.writeString(input.resolve("reference/bank-holidays.json"), "{\"scotland\": {\"events\": []}}");
    assertThatThrownBy(() -> ReferenceData.load(input))
        .hasMessageStartingWith("Cannot read bank-holidays.json: no england-and-wales.events list");
  }
}
