package partnership.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The inspectors' extract {@code inspector/metrics.json}: restricted, unsuppressed aggregates of the period
 * with their definitions, earlier periods' headlines and the data-quality summary. It is checked against
 * {@link InspectorSchema} before it is written.
 */
public final class InspectorExtract {

  public static final String SCHEMA_VERSION = "1.0";
  public static final String FILE = "metrics.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InspectorExtract() {}

  /** Builds, validates and writes the extract into {@code inspectorDir}. */
  public static void write(Path inspectorDir, PublicationInput input, InspectorSchema schema) {
    ObjectNode extract = build(input);
    Path file = inspectorDir.resolve(FILE);
    schema.validate(extract, file.toString());
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      Files.createDirectories(inspectorDir);
      Files.write(file, new ObjectMapper().writer(printer).writeValueAsBytes(extract));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The extract as JSON, not yet validated. */
  public static ObjectNode build(PublicationInput input) {
    ObjectNode extract = NODES.objectNode();
    extract.put("schema_version", SCHEMA_VERSION);
    extract.put("classification", "restricted");
    ObjectNode partnership = extract.putObject("partnership");
    partnership.put("name", input.partnershipName());
    partnership.put("area_code", input.areaCode());
    extract.put("period", input.period());
    extract.put("generated_at", DateTimeFormatter.ISO_INSTANT.format(input.generatedAt()));
    ArrayNode metrics = extract.putArray("metrics");
    MetricSections.arrange(input.rows(), input.catalogue(), input.period()).forEach(s -> metrics.add(metric(s)));
    extract.set("data_quality", input.dataQuality().deepCopy());
    return extract;
  }

  private static ObjectNode metric(MetricSection<MetricRow> section) {
    MetricDefinition definition = section.definition();
    ObjectNode metric = NODES.objectNode();
    metric.put("id", section.id());
    metric.put("definition_id", definition.id());
    metric.put("theme", definition.theme());
    metric.put("title", section.title());
    metric.put("definition", definition.definition());
    metric.put("numerator_definition", definition.numerator());
    metric.put("denominator_definition", definition.denominator());
    metric.put("unit", section.unit());
    if (definition.target() != null) {
      metric.put("target", definition.target());
    }
    metric.put("status", section.status());
    metric.put("note", section.note());
    if (section.headline() == null) {
      metric.putNull("headline");
    } else {
      figures(metric.putObject("headline"), section.headline());
    }
    ArrayNode breakdowns = metric.putArray("breakdowns");
    for (List<MetricRow> group : section.breakdowns().values()) {
      for (MetricRow row : group) {
        ObjectNode node = breakdowns.addObject();
        node.put("breakdown", row.breakdown());
        node.put("breakdown_value", row.breakdownValue());
        figures(node, row);
        node.put("unit", row.unit());
        node.put("status", row.status());
        node.put("note", row.note());
      }
    }
    ArrayNode trend = metric.putArray("trend");
    for (MetricRow row : section.trend()) {
      ObjectNode node = trend.addObject();
      node.put("period", row.period());
      figures(node, row);
      node.put("status", row.status());
      node.put("note", row.note());
    }
    return metric;
  }

  private static void figures(ObjectNode node, MetricRow row) {
    node.put("numerator", row.numerator());
    node.put("denominator", row.denominator());
    node.put("value", row.value());
  }
}
