package partnership.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The partner file contracts shipped in {@code schemas/contracts/}, listed in {@code index.yaml}. */
public record Contracts(List<Contract> all) {

  private static final String DIR = "schemas/contracts/";

  /** Reads every contract named in {@code schemas/contracts/index.yaml}; unknown keys are an error. */
  public static Contracts load() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    List<Contract> contracts = new ArrayList<>();
    for (String name : read(yaml, DIR + "index.yaml", Index.class).contracts()) {
      contracts.add(read(yaml, DIR + name, Contract.class));
    }
    return new Contracts(List.copyOf(contracts));
  }

  /** The contract covering a path under the input folder, if any. */
  public Optional<Contract> forFile(String relativePath) {
    return all.stream().filter(c -> c.matches(relativePath)).findFirst();
  }

  private static <T> T read(ObjectMapper yaml, String resource, Class<T> type) {
    try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find contract " + resource + " on the classpath");
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read contract " + resource + ": " + e.getMessage(), e);
    }
  }

  /** {@code index.yaml}: the contract files, in the order files are ingested. */
  record Index(List<String> contracts) {}
}
