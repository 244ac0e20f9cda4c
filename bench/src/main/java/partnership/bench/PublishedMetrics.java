package partnership.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import partnership.metrics.MetricRows;
import partnership.report.Csv;
import partnership.report.MetricRow;

/**
 * A run's published metric table, {@code metrics.csv}, read back as rows: RFC 4180 as {@code partnership.report.Csv}
 * writes it, where a field holding a comma, quote or line break (a note may) is quoted.
 */
final class PublishedMetrics {

  private PublishedMetrics() {}

  /** Every row of {@code metricsCsv}, whose header must be the tidy metric table's columns. */
  static List<MetricRow> read(Path metricsCsv) throws IOException {
    List<List<String>> records = Csv.records(Files.readString(metricsCsv, StandardCharsets.UTF_8));
    List<String> columns = List.of(MetricRows.SCHEMA.fieldNames());
    if (records.isEmpty() || !records.get(0).equals(columns)) {
      throw new IllegalArgumentException("Cannot read " + metricsCsv + ": its header is not " + columns);
    }
    return records.subList(1, records.size()).stream().map(fields -> row(metricsCsv, fields)).toList();
  }

  private static MetricRow row(Path metricsCsv, List<String> f) {
    if (f.size() != MetricRows.SCHEMA.size()) {
      throw new IllegalArgumentException("Cannot read " + metricsCsv + ": " + f.size() + " fields in " + f);
    }
    return new MetricRow(f.get(0), f.get(1), f.get(2), f.get(3), count(f.get(4)), count(f.get(5)), value(f.get(6)),
        f.get(7), f.get(8), f.get(9));
  }

  private static Long count(String field) {
    return field.isEmpty() ? null : Long.valueOf(field);
  }

  private static Double value(String field) {
    return field.isEmpty() ? null : Double.valueOf(field);
  }
}
