package partnership.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import partnership.link.LinkageStats;
import partnership.report.MetricRow;
import partnership.report.Numbers;

/** What a run did, printed as a one-screen summary at the end. */
public record RunSummary(
    Partnership partnership,
    String period,
    Path published,
    QualityReport quality,
    LinkageStats linkage,
    List<MetricRow> rows,
    Map<String, Double> stageSeconds,
    Duration took) {

  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(partnership.name()).append(" (").append(partnership.areaCode()).append("), period ")
        .append(period).append('\n');
    out.append(String.format(Locale.ROOT, "Records: %s read, %s accepted, %s quarantined (quality/report.json)%n",
        Progress.count(quality.read()), Progress.count(quality.accepted()), Progress.count(quality.quarantined())));
    if (!quality.notDelivered().isEmpty()) {
      out.append("Not in the input folder (read from the store when delivered before): ")
          .append(String.join(", ", quality.notDelivered())).append('\n');
    }
    out.append("Linkage: ").append(linkage.describe()).append('\n');
    out.append("Headline metrics:\n");
    for (MetricRow row : MetricTable.headlines(rows, period).values()) {
      out.append("  ").append(headline(row)).append('\n');
    }
    out.append("Output: ").append(published).append('\n');
    out.append("Stages:");
    stageSeconds.forEach((stage, s) -> out.append(String.format(Locale.ROOT, " %s %.1f s,", stage, s)));
    out.setLength(out.length() - 1);
    out.append(String.format(Locale.ROOT, "; total %.1f s%n", took.toMillis() / 1000.0));
    return out.toString();
  }

  private static String headline(MetricRow row) {
    String id = String.format(Locale.ROOT, "%-19s", row.metricId());
    if (!MetricRow.OK.equals(row.status())) {
      return id + row.status().replace('_', ' ') + (row.note() == null ? "" : " (" + row.note() + ")");
    }
    String value = row.value() == null ? "-" : Numbers.plain(row.value());
    String unit = switch (row.unit()) {
      case "percent" -> "%";
      case "rate_per_10000" -> " per 10,000";
      default -> " " + row.unit().replace('_', ' ');
    };
    String parts = row.numerator() == null ? ""
        : " (" + Progress.count(row.numerator()) + (row.denominator() == null ? "" : " / "
            + Progress.count(row.denominator())) + ")";
    return id + value + unit + parts;
  }
}
