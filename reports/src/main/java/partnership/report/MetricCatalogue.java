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
import java.util.Optional;

/** The metric catalogue, {@code schemas/metrics.yaml}, in catalogue order. */
public record MetricCatalogue(List<MetricDefinition> metrics) {

  public static final String RESOURCE = "schemas/metrics.yaml";

  /** Reads the catalogue shipped on the classpath; unknown keys are an error. */
  public static MetricCatalogue load() {
    try (InputStream in = MetricCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + RESOURCE + " on the classpath");
      }
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, MetricCatalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  public Optional<MetricDefinition> find(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Map<String, MetricDefinition> byId() {
    Map<String, MetricDefinition> map = new LinkedHashMap<>();
    metrics.forEach(m -> map.put(m.id(), m));
    return map;
  }
}
