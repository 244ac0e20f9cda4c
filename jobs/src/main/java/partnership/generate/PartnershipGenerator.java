package partnership.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a synthetic partnership's extracts: family by family, each simulated from its own random
 * generator derived from the seed and the family's number and written out at once, so that memory
 * stays bounded however many children there are, and the same options give the same bytes.
 */
public final class PartnershipGenerator {

  private final GeneratorOptions options;

  public PartnershipGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * How many children are simulated: enough births over 18 + years years that about
   * {@code options.children()} are aged 0-17 in the last reporting year.
   */
  long childrenToSimulate() {
    return Math.round(options.children() * (18.0 + options.years()) / 18.0);
  }

  /** Generates every file, reporting progress to {@code progress}; returns what was written. */
  public GenerationSummary generate(Consumer<String> progress) throws IOException {
    long total = childrenToSimulate();
    Files.createDirectories(options.out());
    writePartnership();
    FamilySimulator families = new FamilySimulator(options);
    Identities identities = new Identities(options.seed());
    PopulationCounter population = new PopulationCounter(options);
    List<FileSummary> files = new ArrayList<>();
    files.add(new FileSummary("partnership.json", 1, "partnership"));
    try (SocialCareFiles socialCare = new SocialCareFiles(options);
        PartnerFiles partners = new PartnerFiles(options)) {
      long simulated = 0;
      long nextReport = total / 10;
      for (long index = 0; simulated < total; index++) {
        Family family = families.simulate(index, (int) Math.min(4, total - simulated), identities);
        for (ChildHistory child : family.children()) {
          population.add(child.birthDate);
          socialCare.write(child);
          partners.write(child, family.householdId());
        }
        simulated += family.children().size();
        if (simulated >= nextReport && nextReport > 0) {
          progress.accept(String.format("generated %,d of %,d children (%d%%)", simulated, total, 100 * simulated / total));
          nextReport += total / 10;
        }
      }
      files.addAll(socialCare.summaries());
      files.addAll(partners.summaries());
    }
    files.add(population.write(options.out()));
    return new GenerationSummary(files, total, population.lastYearTotal());
  }

  private void writePartnership() throws IOException {
    String json = "{\"name\": " + jsonString(options.name()) + ", \"area_code\": " + jsonString(options.areaCode()) + "}\n";
    Files.writeString(options.out().resolve("partnership.json"), json, StandardCharsets.UTF_8);
  }

  private static String jsonString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
