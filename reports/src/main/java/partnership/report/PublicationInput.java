package partnership.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the publish stage renders, all of it already computed.
 *
 * @param partnershipName the partnership as the public knows it
 * @param areaCode the ONS area code, e.g. {@code E08000029}
 * @param period the period published, e.g. {@code 2024-25}
 * @param generatedAt when the run made the outputs; written only into the inspectors' extract, so the
 *     other outputs stay byte-identical across runs
 * @param catalogue the metric catalogue, for definitions
 * @param rows the tidy metric table for the period and for earlier periods (rows of another period are
 *     the trend)
 * @param dataQuality the quality report: an array of {file, table, read, accepted, quarantined, by_rule}
 * @param disclosureThreshold the largest count shown as {@code c} in public outputs
 * @param benchmarks England figures
 */
public record PublicationInput(
    String partnershipName,
    String areaCode,
    String period,
    Instant generatedAt,
    MetricCatalogue catalogue,
    List<MetricRow> rows,
    JsonNode dataQuality,
    int disclosureThreshold,
    List<Benchmark> benchmarks) {

  public PublicationInput {
    Objects.requireNonNull(partnershipName, "partnershipName");
    Objects.requireNonNull(areaCode, "areaCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(dataQuality, "dataQuality");
    rows = List.copyOf(rows);
    benchmarks = List.copyOf(benchmarks);
    if (!dataQuality.isArray()) {
      throw new IllegalArgumentException("Cannot publish " + period + ": the data-quality summary is not a list");
    }
  }
}
