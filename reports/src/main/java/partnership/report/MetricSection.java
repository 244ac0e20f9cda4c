package partnership.report;

import java.util.List;
import java.util.Map;

/**
 * One metric id's rows arranged for rendering: the period's headline, its breakdowns (each in reading
 * order) and the headlines of earlier periods.
 *
 * @param id the metric id of the rows, e.g. {@code T4} or {@code T4_median}
 * @param definition the catalogue entry the id belongs to
 * @param headline the period's headline row, or null when the metric table has none
 * @param breakdowns the period's other rows by breakdown name, in reading order
 * @param trend the headline rows of the other periods, in period order
 */
public record MetricSection<R extends TidyRow>(
    String id, MetricDefinition definition, R headline, Map<String, List<R>> breakdowns, List<R> trend) {

  /**
   * The title, naming the variant when the id is a suffixed one: in the catalogue's words for it where it
   * has some ({@code T4r}: "... (clock started at the referral date)"), else as written ({@code T4_median}:
   * "... (median)").
   */
  public String title() {
    return titled(definition.title(), Map.of());
  }

  /**
   * A title for the section from {@code base} (the catalogue's title, or a shorter form of it), naming the
   * variant of a suffixed id: in the catalogue's words for its suffix, else in {@code wordsById}'s for the
   * whole id, else the suffix as written with spaces.
   */
  public String titled(String base, Map<String, String> wordsById) {
    if (id.equals(definition.id())) {
      return base;
    }
    String suffix = id.substring(definition.id().length()).replaceFirst("^_", "");
    String words = definition.variants().get(suffix);
    if (words == null) {
      words = wordsById.getOrDefault(id, suffix.replace('_', ' '));
    }
    return base + " (" + words + ")";
  }

  public String status() {
    return headline == null ? MetricRow.NOT_AVAILABLE : headline.status();
  }

  public String note() {
    return headline == null ? "No rows for this metric in the metric table for the period." : headline.note();
  }

  public String unit() {
    return headline == null ? definition.unit() : headline.unit();
  }
}
