package partnership.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import partnership.report.MetricRow;

/**
 * The tidy metric table as the run writes it: {@code metrics.csv} (restricted, unsuppressed), written by hand in the
 * metrics stage's fixed row order so that the same inputs give the same bytes.
 */
public final class MetricTable {

  static final String HEADER =
      "metric_id,period,breakdown,breakdown_value,numerator,denominator,value,unit,status,note";

  private MetricTable() {}

  public static void writeCsv(Path file, List<MetricRow> rows) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (MetricRow r : rows) {
        out.write(String.join(",", csv(r.metricId()), csv(r.period()), csv(r.breakdown()),
            csv(r.breakdownValue()), number(r.numerator()), number(r.denominator()), value(r.value()),
            csv(r.unit()), csv(r.status()), csv(r.note())) + "\n");
      }
    }
  }

  static String value(Double value) {
    if (value == null) {
      return "";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%s", value);
  }

  private static String number(Long value) {
    return value == null ? "" : value.toString();
  }

  static String csv(String text) {
    if (text == null) {
      return "";
    }
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  /** Headline rows by metric id, for the summary. */
  public static Map<String, MetricRow> headlines(List<MetricRow> rows, String period) {
    Map<String, MetricRow> map = new java.util.LinkedHashMap<>();
    rows.stream().filter(r -> r.isHeadline() && r.period().equals(period)).forEach(r -> map.put(r.metricId(), r));
    return map;
  }
}
