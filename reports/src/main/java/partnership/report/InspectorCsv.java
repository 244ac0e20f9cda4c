package partnership.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The flat twin of the inspectors' extract, {@code inspector/metrics.csv}: one line per row of the metric
 * table (every period), unsuppressed, with the definition columns. Restricted.
 */
public final class InspectorCsv {

  public static final String FILE = "metrics.csv";

  static final List<String> HEADER = List.of("metric_id", "title", "period", "breakdown", "breakdown_value",
      "numerator", "denominator", "value", "unit", "status", "note", "definition", "numerator_definition",
      "denominator_definition");

  private InspectorCsv() {}

  public static void write(Path inspectorDir, PublicationInput input) {
    List<List<String>> lines = new ArrayList<>();
    for (MetricRow row : MetricSections.sorted(input.rows(), input.catalogue())) {
      MetricDefinition definition = MetricSections.definitionOf(row.metricId(), input.catalogue());
      lines.add(List.of(row.metricId(), definition.title(), row.period(), row.breakdown(), row.breakdownValue(),
          Numbers.count(row.numerator()), Numbers.count(row.denominator()), Numbers.plain(row.value()), row.unit(),
          row.status(), row.note() == null ? "" : row.note(), definition.definition(), definition.numerator(),
          definition.denominator()));
    }
    Csv.write(inspectorDir.resolve(FILE), HEADER, lines);
  }
}
