package partnership.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One metric in the yearly report: its definition, its headline for the period, and each chart followed by
 * the table of its figures (the trend by year, then each breakdown). Cells holding counts carry the class
 * {@code count}, so a check can find every count a reader sees.
 */
final class MetricHtml {

  private static final String DASH = "\u2013";

  private final MetricSection<SuppressedRow> section;
  private final ReportLabels labels;
  private final Map<String, ChartImage> charts;
  private final List<Benchmark> benchmarks;
  private final String period;

  MetricHtml(MetricSection<SuppressedRow> section, ReportLabels labels, Map<String, ChartImage> charts,
      List<Benchmark> benchmarks, String period) {
    this.section = section;
    this.labels = labels;
    this.charts = charts;
    this.benchmarks = benchmarks;
    this.period = period;
  }

  void render(Html html) {
    MetricDefinition definition = section.definition();
    html.raw("<article class=\"metric\" " + Html.attr("id", "metric-" + section.id()) + ">\n")
        .element("h3", "", labels.heading(section))
        .raw("<p class=\"definition\"><strong>Definition:</strong> ").text(definition.definition()).raw("</p>\n")
        .raw("<dl class=\"terms\">\n")
        .element("dt", "", "Counted").element("dd", "", definition.numerator())
        .element("dt", "", "Out of").element("dd", "", definition.denominator())
        .element("dt", "", "Shown as").element("dd", "", Numbers.unitLabel(section.unit()))
        .raw("</dl>\n");
    headline(html, section, period);
    if (section.headline() != null) {
      trend(html);
    }
    section.breakdowns().forEach((breakdown, rows) -> breakdown(html, breakdown, rows));
    html.raw("</article>\n");
  }

  /** The sentence giving a metric's figure for the period, or why there is none. */
  static void headline(Html html, MetricSection<SuppressedRow> section, String period) {
    SuppressedRow row = section.headline();
    html.raw("<p class=\"headline\">").text("In " + period + ": ");
    if (row == null || !MetricRow.OK.equals(row.status())) {
      html.raw("<strong>").text(statusWords(section.status())).raw("</strong>. ").text(section.note()).raw("</p>\n");
      return;
    }
    html.raw("<strong>").raw(span(row.value(), row.unit())).text(unitAfter(row.value(), row.unit()))
        .raw("</strong>");
    if (!row.numerator().isEmpty()) {
      html.text(", from ").raw(span(row.numerator(), "count")).text(" (" + section.definition().numerator() + ")");
    }
    if (!row.denominator().isEmpty()) {
      html.text(" out of ").raw(span(row.denominator(), "count"))
          .text(" (" + section.definition().denominator() + ")");
    }
    html.raw(".</p>\n");
  }

  /** A table cell with a row's value, or the reason it has none. */
  static void valueCell(Html html, SuppressedRow row) {
    if (!MetricRow.OK.equals(row.status())) {
      html.element("td", "class=\"value\"", statusWords(row.status()));
    } else {
      html.element("td", cellClass(row.unit()), orDash(row.value()));
    }
  }

  private void trend(Html html) {
    List<SuppressedRow> years = new ArrayList<>(section.trend());
    years.add(section.headline());
    years.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.period(), b.period()));
    List<Optional<Double>> england =
        years.stream().map(year -> Benchmark.find(benchmarks, section.id(), year.period())).toList();
    boolean withEngland = england.stream().anyMatch(Optional::isPresent);
    figure(html, Charts.key(section.id(), MetricRow.ALL));
    html.raw("<table>\n").element("caption", "", labels.titleBy(section, "year"))
        .raw("<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Counted</th><th scope=\"col\">Out of</th>")
        .element("th", "scope=\"col\"", Numbers.unitLabel(section.unit()));
    if (withEngland) {
      html.element("th", "scope=\"col\"", "England");
    }
    html.raw("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < years.size(); i++) {
      SuppressedRow year = years.get(i);
      html.raw("<tr>").element("th", "scope=\"row\"", year.period());
      countCells(html, year);
      valueCell(html, year);
      if (withEngland) {
        html.element("td", "class=\"value\"",
            england.get(i).map(value -> Numbers.display(value, section.unit())).orElse(DASH));
      }
      html.raw("</tr>\n");
    }
    html.raw("</tbody>\n</table>\n");
  }

  private void breakdown(Html html, String breakdown, List<SuppressedRow> rows) {
    String name = labels.name(breakdown);
    html.element("h4", "", "By " + name);
    figure(html, Charts.key(section.id(), breakdown));
    html.raw("<table>\n").element("caption", "", labels.titleBy(section, name) + ", " + period)
        .raw("<thead><tr>").element("th", "scope=\"col\"", labels.column(breakdown))
        .raw("<th scope=\"col\">Counted</th><th scope=\"col\">Out of</th>")
        .element("th", "scope=\"col\"", Numbers.unitLabel(rows.get(0).unit()))
        .raw("</tr></thead>\n<tbody>\n");
    for (SuppressedRow row : rows) {
      html.raw("<tr>").element("th", "scope=\"row\"", labels.value(breakdown, row.breakdownValue()));
      countCells(html, row);
      valueCell(html, row);
      html.raw("</tr>\n");
    }
    html.raw("</tbody>\n</table>\n");
  }

  private void figure(Html html, String key) {
    ChartImage chart = charts.get(key);
    if (chart == null) {
      return;
    }
    html.raw("<figure>\n<img " + Html.attr("src", chart.file()) + " " + Html.attr("alt", chart.altText()) + " "
            + Html.attr("width", Integer.toString(chart.width())) + " "
            + Html.attr("height", Integer.toString(chart.height())) + ">\n")
        .element("figcaption", "", "Chart: the figures are in the table below. Figures shown as c are not drawn.")
        .raw("</figure>\n");
  }

  private static void countCells(Html html, SuppressedRow row) {
    html.element("td", "class=\"count\"", orDash(row.numerator()))
        .element("td", "class=\"count\"", orDash(row.denominator()));
  }

  private static String span(String shown, String unit) {
    return "<span " + cellClass(unit) + ">" + Html.escape(orDash(shown)) + "</span>";
  }

  private static String cellClass(String unit) {
    return "count".equals(unit) ? "class=\"count\"" : "class=\"value\"";
  }

  private static String orDash(String shown) {
    return shown.isEmpty() ? DASH : shown;
  }

  /** The unit words that follow a shown number ("%", " working days"); none after {@code c} or a blank. */
  private static String unitAfter(String shown, String unit) {
    String words = Numbers.unitWords(unit);
    if (Numbers.shown(shown) == null || words.isEmpty()) {
      return "";
    }
    return words.equals("%") ? words : " " + words;
  }

  static String statusWords(String status) {
    return status.replace('_', ' ');
  }
}
