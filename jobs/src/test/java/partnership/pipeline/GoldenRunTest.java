package partnership.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.generate.GeneratorOptions;
import partnership.generate.PartnershipGenerator;
import partnership.ingest.csv.CsvReader;
import partnership.ingest.csv.CsvRecord;
import partnership.report.OutputScan;
import partnership.spark.SharedSpark;

/**
 * The whole metric table of {@code run} on a fixed generated partnership, compared with a reviewed golden
 * file. Regenerate it only on purpose, and review the diff like code:
 * {@code mvn -B test -pl jobs -am -Dtest=GoldenRunTest -Dgolden.update=true}.
 */
class GoldenRunTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/metrics-2024-25.csv");

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void theMetricTableOfAFixedGeneratedPartnershipIsTheReviewedGoldenFile() throws IOException {
    SharedSpark.get();
    new PartnershipGenerator(new GeneratorOptions(input, 11, 3000, 2, LocalDate.of(2025, 3, 31), "E08000029",
        "334", "Golden Test Partnership", 0.002)).generate(line -> { });

    new RunPipeline(new RunOptions("2024-25", input, output, "local[2]", 5, 7, true)).run();

    Path actual = output.resolve("2024-25/metrics.csv");
    if (Boolean.getBoolean("golden.update")) {
      Files.copy(actual, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readAllLines(actual))
        .as("metrics.csv differs from %s; if the change is intended, regenerate it with -Dgolden.update=true"
            + " and review the diff", GOLDEN)
        .containsExactlyElementsOf(Files.readAllLines(GOLDEN));

    // No child id of the input reaches the inspectors' extract or the public report, and no small count is shown.
    Set<String> childIds = childIdsOf(input);
    assertThat(childIds).hasSizeGreaterThan(100);
    assertThat(OutputScan.childIds(output.resolve("2024-25/inspector"), childIds)).isEmpty();
    assertThat(OutputScan.childIds(output.resolve("2024-25/publication"), childIds)).isEmpty();
    assertThat(OutputScan.smallCounts(output.resolve("2024-25/publication"), 5)).isEmpty();
  }

  /** Every child_id (or CHILD) value of the generated partner CSVs. */
  private static Set<String> childIdsOf(Path input) throws IOException {
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.walk(input)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        try (CsvReader reader = new CsvReader(file, file.toString())) {
          List<String> header = reader.next().fields();
          int column = header.contains("child_id") ? header.indexOf("child_id") : header.indexOf("CHILD");
          if (column < 0) {
            continue;
          }
          for (CsvRecord row = reader.next(); row != null; row = reader.next()) {
            if (row.fields().size() > column && !row.fields().get(column).isBlank()) {
              ids.add(row.fields().get(column));
            }
          }
        }
      }
    }
    return ids;
  }
}
