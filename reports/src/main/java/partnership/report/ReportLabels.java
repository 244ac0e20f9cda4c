package partnership.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public report's words for the codes of the metric table, {@code schemas/report-labels.yaml}: breakdown
 * names and values ({@code initial_category} {@code NEG}: "initial category of abuse", "Neglect (NEG)") and
 * suffixed metric ids. Only the report and its charts use them; every other output keeps the codes. A code
 * without words is shown as written, never guessed at.
 *
 * @param breakdowns words for each breakdown name and its values
 * @param variants words for suffixed metric ids ({@code E1_known_to_csc}) whose catalogue entry has none
 */
public record ReportLabels(Map<String, Breakdown> breakdowns, Map<String, String> variants) {

  public static final String RESOURCE = "schemas/report-labels.yaml";

  /** No words at all: every code shown as written. */
  public static final ReportLabels NONE = new ReportLabels(Map.of(), Map.of());

  public ReportLabels {
    breakdowns = breakdowns == null ? Map.of() : Map.copyOf(breakdowns);
    variants = variants == null ? Map.of() : Map.copyOf(variants);
  }

  /**
   * One breakdown's words.
   *
   * @param name the breakdown as it reads after "by", in lower case ("initial category of abuse")
   * @param values words for each value that is a code, in reading order; a value not listed is shown as written
   */
  public record Breakdown(@JsonProperty(required = true) String name, Map<String, String> values) {

    public Breakdown {
      values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** Reads the words from a YAML file; unknown keys are an error. */
  public static ReportLabels read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static ReportLabels read(InputStream in, String source) {
    try {
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, ReportLabels.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** A breakdown's name as it reads after "by"; as written where it has no words. */
  public String name(String breakdown) {
    Breakdown words = breakdowns.get(breakdown);
    return words == null ? breakdown : words.name();
  }

  /** A breakdown's name as a column heading ("Initial category of abuse"); as written where it has no words. */
  public String column(String breakdown) {
    Breakdown words = breakdowns.get(breakdown);
    return words == null || words.name().isEmpty()
        ? breakdown : Character.toUpperCase(words.name().charAt(0)) + words.name().substring(1);
  }

  /** A breakdown value in words ("Neglect (NEG)"); as written where it has none. */
  public String value(String breakdown, String value) {
    Breakdown words = breakdowns.get(breakdown);
    return words == null ? value : words.values().getOrDefault(value, value);
  }

  /**
   * The section with each breakdown's rows in the order this file lists its values ("<= 3 months" before
   * "3-6 months" before "1-2 years"; police risk grades from no apparent risk to high), where every value in
   * the rows is listed; a breakdown with a value not listed keeps the metric table's order (age bands).
   */
  public <R extends TidyRow> MetricSection<R> inReadingOrder(MetricSection<R> section) {
    Map<String, List<R>> ordered = new LinkedHashMap<>();
    section.breakdowns().forEach((breakdown, rows) -> {
      Breakdown words = breakdowns.get(breakdown);
      List<String> listed = words == null ? List.of() : List.copyOf(words.values().keySet());
      boolean allListed = rows.stream().allMatch(row -> listed.contains(row.breakdownValue()));
      ordered.put(breakdown, allListed
          ? rows.stream().sorted(Comparator.comparingInt(row -> listed.indexOf(row.breakdownValue()))).toList()
          : rows);
    });
    return new MetricSection<>(section.id(), section.definition(), section.headline(), ordered, section.trend());
  }

  /** A section's title in the report: the catalogue's, with these words for a suffix the catalogue leaves bare. */
  public String title(MetricSection<?> section) {
    return section.titled(section.definition().title(), variants);
  }

  /**
   * A section's heading: the catalogue id a reader can look up ({@code T4}, never {@code T4_median}) and the
   * title.
   */
  public String heading(MetricSection<?> section) {
    return section.definition().id() + ": " + title(section);
  }

  /**
   * The section's title, then "by" and what its figures are split by ({@code by}, in words). A catalogue
   * title that already names a split (N1's "Child protection plans started, by category of abuse") loses that
   * clause first, so that a caption never reads "... by category of abuse by age band".
   */
  public String titleBy(MetricSection<?> section, String by) {
    return section.titled(section.definition().title().replaceFirst(", by .*$", ""), variants) + " by " + by;
  }
}
