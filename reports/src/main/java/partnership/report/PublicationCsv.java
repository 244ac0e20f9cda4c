package partnership.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public table {@code publication/metrics.csv}: every row of the metric table (every period) after
 * disclosure control, with the definition columns, for readers who want the numbers.
 */
public final class PublicationCsv {

  public static final String FILE = "metrics.csv";

  private PublicationCsv() {}

  public static void write(Path publicationDir, List<SuppressedRow> rows, MetricCatalogue catalogue) {
    List<List<String>> lines = new ArrayList<>();
    for (SuppressedRow row : MetricSections.sorted(rows, catalogue)) {
      MetricDefinition definition = MetricSections.definitionOf(row.metricId(), catalogue);
      lines.add(List.of(row.metricId(), definition.title(), row.period(), row.breakdown(), row.breakdownValue(),
          row.numerator(), row.denominator(), row.value(), row.unit(), row.status(), row.note(),
          definition.definition(), definition.numerator(), definition.denominator()));
    }
    Csv.write(publicationDir.resolve(FILE), InspectorCsv.HEADER, lines);
  }
}
