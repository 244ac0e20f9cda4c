package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorExtractTest {

  private final InspectorSchema schema = Fixtures.inspectorSchema();

  @Test
  void theWrittenExtractIsValidAgainstTheSchemaInSchemasFolder(@TempDir Path dir) throws Exception {
    InspectorExtract.write(dir, Fixtures.input(), schema);

    JsonNode extract = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
    schema.validate(extract, "the extract read back");
    assertThat(extract.get("classification").asText()).isEqualTo("restricted");
    assertThat(extract.get("generated_at").asText()).isEqualTo("2025-06-02T09:30:00Z");
    assertThat(extract.get("partnership").get("area_code").asText()).isEqualTo("E08000029");
  }

  @Test
  void theExtractIsUnsuppressedAndCarriesDefinitionsAndTrend() throws Exception {
    ObjectNode extract = InspectorExtract.build(Fixtures.input());

    JsonNode t2 = extract.get("metrics").get(0);
    assertThat(t2.get("id").asText()).isEqualTo("T2");
    assertThat(t2.get("numerator_definition").asText()).isEqualTo("referrals in the period");
    assertThat(t2.get("headline").get("numerator").asLong()).isEqualTo(43);
    // Unsuppressed: police's 3 referrals are there; breakdowns in reading order.
    assertThat(t2.get("breakdowns").findValuesAsText("breakdown_value"))
        .containsExactly("education", "health", "other", "police");
    assertThat(t2.get("breakdowns").get(3).get("numerator").asLong()).isEqualTo(3);
    assertThat(t2.get("trend").findValuesAsText("period")).containsExactly("2022-23", "2023-24");
    JsonNode t4Median = extract.get("metrics").get(2);
    assertThat(t4Median.get("id").asText()).isEqualTo("T4_median");
    assertThat(t4Median.get("definition_id").asText()).isEqualTo("T4");
    assertThat(t4Median.get("target").asDouble()).isEqualTo(45.0);
    assertThat(extract.get("data_quality").get(0).get("quarantined").asLong()).isEqualTo(3);
  }

  @Test
  void aMetricNotDeliveredKeepsItsStatusAndNote() throws Exception {
    ObjectNode extract = InspectorExtract.build(Fixtures.input());

    JsonNode e4 = extract.get("metrics").findParents("id").stream()
        .filter(m -> m.get("id").asText().equals("E4")).findFirst().orElseThrow();
    assertThat(e4.get("status").asText()).isEqualTo("not_available");
    assertThat(e4.get("headline").get("value").isNull()).isTrue();
    assertThat(e4.get("note").asText()).contains("temporary_accommodation.csv");
  }

  @Test
  void anExtractWithAChildIdDoesNotValidate() throws Exception {
    ObjectNode extract = InspectorExtract.build(Fixtures.input());
    ((ObjectNode) extract.get("metrics").get(0).get("breakdowns").get(0)).put("child_id", "a1b2c3");

    assertThatThrownBy(() -> schema.validate(extract, "inspector/metrics.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot write inspector/metrics.json")
        .hasMessageContaining("child_id");
  }

  @Test
  void anExtractMissingItsClassificationDoesNotValidate() throws Exception {
    ObjectNode extract = InspectorExtract.build(Fixtures.input());
    extract.put("classification", "public");
    extract.remove("generated_at");

    assertThatThrownBy(() -> schema.validate(extract, "inspector/metrics.json"))
        .hasMessageContaining("classification")
        .hasMessageContaining("generated_at");
  }
}
