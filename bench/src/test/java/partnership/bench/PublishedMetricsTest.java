package partnership.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.report.MetricRow;

class PublishedMetricsTest {

  private static final String HEADER =
      "metric_id,period,breakdown,breakdown_value,numerator,denominator,value,unit,status,note\n";

  @Test
  void readsEachRowWithBlankFiguresAsAbsentAndAQuotedNoteWhole(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("metrics.csv");
    Files.writeString(csv, HEADER
        + "T4,2024-25,all,all,85,100,85.0,percent,ok,\n"
        + "T4_median,2024-25,all,all,,100,31.5,working_days,ok,\"interpolated, to one place\"\n");

    assertThat(PublishedMetrics.read(csv)).containsExactly(
        new MetricRow("T4", "2024-25", "all", "all", 85L, 100L, 85.0, "percent", "ok", ""),
        new MetricRow("T4_median", "2024-25", "all", "all", null, 100L, 31.5, "working_days", "ok",
            "interpolated, to one place"));
  }

  @Test
  void refusesAFileWhoseHeaderIsNotTheMetricTables(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("metrics.csv");
    Files.writeString(csv, "metric_id,period,value\nT4,2024-25,85.0\n");

    assertThatThrownBy(() -> PublishedMetrics.read(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read " + csv + ": its header is not [metric_id, period, breakdown");
  }
}
