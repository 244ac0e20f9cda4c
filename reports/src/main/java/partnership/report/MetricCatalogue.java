package partnership.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metric catalogue, {@code schemas/metrics.yaml}, in catalogue order, with the public report's words for
 * the codes of the metric table ({@code schemas/report-labels.yaml}).
 */
public record MetricCatalogue(List<MetricDefinition> metrics, ReportLabels labels) {

  public static final String RESOURCE = "schemas/metrics.yaml";

  public MetricCatalogue {
    Objects.requireNonNull(labels, "labels");
  }

  /** A catalogue without words for codes: the report shows every code as written. */
  public MetricCatalogue(List<MetricDefinition> metrics) {
    this(metrics, ReportLabels.NONE);
  }

  /** Reads the catalogue and the report's words shipped on the classpath; unknown keys are an error. */
  public static MetricCatalogue load() {
    List<MetricDefinition> metrics;
    try (InputStream in = resource(RESOURCE)) {
      metrics = new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, Entries.class).metrics();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    try (InputStream in = resource(ReportLabels.RESOURCE)) {
      return new MetricCatalogue(metrics, ReportLabels.read(in, ReportLabels.RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ReportLabels.RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MetricCatalogue.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Cannot find " + name + " on the classpath");
    }
    return in;
  }

  public Optional<MetricDefinition> find(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Map<String, MetricDefinition> byId() {
    Map<String, MetricDefinition> map = new LinkedHashMap<>();
    metrics.forEach(m -> map.put(m.id(), m));
    return map;
  }

  /** The shape of {@code schemas/metrics.yaml}. */
  private record Entries(List<MetricDefinition> metrics) {}
}
