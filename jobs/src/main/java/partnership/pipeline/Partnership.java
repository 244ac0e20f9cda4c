package partnership.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import partnership.ingest.InputFileException;
import partnership.io.Json;

/** {@code <input>/partnership.json}: the partnership's name and its area code (the population it serves). */
public record Partnership(String name, String areaCode) {

  public static Partnership read(Path input) throws IOException {
    Path file = input.resolve("partnership.json");
    if (!Files.isRegularFile(file)) {
      throw new InputFileException("partnership.json", null, "partnership_missing",
          "the input folder " + input + " has no partnership.json (name and area_code of the partnership)");
    }
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputFileException("partnership.json", null, "json_malformed", "it is not valid JSON: "
          + e.getMessage());
    }
    String name = json.path("name").asText("");
    String area = json.path("area_code").asText("");
    if (name.isBlank() || !area.matches("E\\d{8}")) {
      throw new InputFileException("partnership.json", null, "partnership_fields",
          "it needs a name and an area_code such as E08000029 (got area_code '" + area + "')");
    }
    return new Partnership(name, area);
  }
}
