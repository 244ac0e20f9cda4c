package partnership.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The JSON Schema of the inspectors' extract, {@code schemas/inspector-metrics.schema.json}. */
public final class InspectorSchema {

  public static final String RESOURCE = "schemas/inspector-metrics.schema.json";

  private final JsonSchema schema;
  private final String source;

  private InspectorSchema(JsonSchema schema, String source) {
    this.schema = schema;
    this.source = source;
  }

  /** The schema shipped on the classpath (the jobs module packages {@code schemas/}). */
  public static InspectorSchema load() {
    try (InputStream in = InspectorSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + RESOURCE + " on the classpath");
      }
      return new InspectorSchema(factory().getSchema(in), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The schema in a file, e.g. the repository's {@code schemas/} folder in tests. */
  public static InspectorSchema read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new InspectorSchema(factory().getSchema(in), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Checks an extract, failing with every violation listed. */
  public void validate(JsonNode extract, String name) {
    Set<ValidationMessage> errors = schema.validate(extract);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Cannot write " + name + ": it does not match " + source + ": "
          + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
    }
  }

  private static JsonSchemaFactory factory() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  }
}
