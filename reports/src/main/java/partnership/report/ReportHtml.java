package partnership.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public yearly report {@code publication/report.html}: one page a member of the public can read, built
 * from suppressed rows only. Charts are PNG files beside it ({@code charts/*.png}), each followed by a table
 * of its figures; the stylesheet is inlined, so the page and its {@code charts/} folder are all it needs.
 * Every metric appears with its definition under its priority; a data-quality appendix closes it.
 */
public final class ReportHtml {

  /** The multi-agency findings no single partner can see; E2 and E6 stand beside the missing-episode ones. */
  static final List<String> FINDINGS = List.of("N6", "M6", "M7", "E2", "E6", "T7");

  private static final List<Part> PARTS = List.of(
      new Part("neglect", "Priority 1: Neglect",
          "Neglect is the ongoing failure to meet a child's basic needs. In England about half of all child "
              + "protection plans start because of it."),
      new Part("missing", "Priority 2: Children who go missing",
          "A child who goes missing from home or care may be at risk of harm and exploitation."),
      new Part("timeliness", "Priority 3: How quickly the front door responds",
          "How quickly concerns about a child reach children's services and are acted on."),
      new Part("education_housing", "Children missing education and in temporary accommodation", ""),
      new Part("health", "Health", ""));

  private final PublicationInput input;
  private final List<MetricSection<SuppressedRow>> sections;
  private final Map<String, ChartImage> charts;
  private final Disclosure disclosure;
  private final ReportLabels labels;
  private final Optional<String> previousPeriod;

  ReportHtml(PublicationInput input, List<MetricSection<SuppressedRow>> sections, Map<String, ChartImage> charts) {
    this.input = input;
    this.sections = sections;
    this.charts = charts;
    this.disclosure = new Disclosure(input.disclosureThreshold());
    this.labels = input.catalogue().labels();
    this.previousPeriod = sections.stream().flatMap(s -> s.trend().stream()).map(SuppressedRow::period)
        .filter(p -> p.length() == input.period().length() && NaturalOrder.INSTANCE.compare(p, input.period()) < 0)
        .max(NaturalOrder.INSTANCE);
  }

  /** The whole page. */
  public String render() {
    Html html = new Html();
    String heading = input.partnershipName() + ": keeping children safe, " + input.period();
    html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", "", heading)
        .raw("<style>\n").raw(stylesheet()).raw("</style>\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header>\n")
        .element("h1", "", heading)
        .element("p", "class=\"lede\"", "The yearly report of the " + input.partnershipName() + " (area "
            + input.areaCode() + ") for " + input.period() + ": how the council's children's services, the NHS and "
            + "the police are doing on the partnership's three priorities, neglect, children who go missing and "
            + "how quickly the front door responds.")
        .raw("</header>\n");
    contents(html);
    html.raw("<main id=\"main\">\n");
    about(html);
    changes(html);
    findings(html);
    for (Part part : PARTS) {
      List<MetricSection<SuppressedRow>> members = ofTheme(part.theme());
      if (!members.isEmpty()) {
        html.raw("<section class=\"part\" " + Html.attr("id", part.theme()) + ">\n").element("h2", "", part.title());
        if (!part.intro().isEmpty()) {
          html.element("p", "", part.intro());
        }
        members.forEach(section -> renderMetric(section, html));
        html.raw("</section>\n");
      }
    }
    html.raw("<section class=\"part\" id=\"data-quality\">\n").element("h2", "", "Appendix: data quality");
    ofTheme("quality").forEach(section -> renderMetric(section, html));
    new QualityAppendix(input.dataQuality(), disclosure).render(html);
    html.raw("</section>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private void contents(Html html) {
    html.raw("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n")
        .raw("<li><a href=\"#about\">About these figures</a></li>\n")
        .raw("<li><a href=\"#changes\">What changed since last year</a></li>\n")
        .raw("<li><a href=\"#findings\">What the partners see together</a></li>\n");
    for (Part part : PARTS) {
      if (!ofTheme(part.theme()).isEmpty()) {
        html.raw("<li><a " + Html.attr("href", "#" + part.theme()) + ">").text(part.title()).raw("</a></li>\n");
      }
    }
    html.raw("<li><a href=\"#data-quality\">Appendix: data quality</a></li>\n</ol>\n</nav>\n");
  }

  private void about(Html html) {
    html.raw("<section id=\"about\">\n").element("h2", "", "About these figures")
        .element("p", "", "The figures come from records that children's services, the NHS and the police share "
            + "with the partnership. Children are never named: the records are joined using a code in place of "
            + "any name or number, and this report shows only totals.")
        .element("p", "", "To protect children's privacy, any number from 1 to " + input.disclosureThreshold()
            + " is shown as c. Where a total is shown, a second number is also shown as c, so that the first "
            + "cannot be worked out by subtraction. A percentage or rate built on a number shown as c is also c. "
            + "Zero is shown as 0. Charts leave out every figure shown as c.")
        .element("p", "", "Not available means a partner's data for the measure was not delivered; not "
            + "applicable means there was nothing to count. Neither means zero. Each measure has its definition "
            + "beside it; every chart is followed by a table of its figures. The same figures are in the file "
            + "metrics.csv beside this report.")
        .raw("</section>\n");
  }

  private void changes(Html html) {
    html.raw("<section id=\"changes\">\n").element("h2", "", "What changed since last year");
    if (previousPeriod.isEmpty()) {
      html.element("p", "", "This is the first year in this report, so there is no earlier year to compare with.")
          .raw("</section>\n");
      return;
    }
    String previous = previousPeriod.get();
    html.element("p", "", "Each measure's headline figure in " + previous + " and in " + input.period() + ".")
        .raw("<table>\n").element("caption", "", "Headline figures, " + previous + " and " + input.period())
        .raw("<thead><tr><th scope=\"col\">Measure</th>")
        .element("th", "scope=\"col\"", previous).element("th", "scope=\"col\"", input.period())
        .raw("<th scope=\"col\">Change</th><th scope=\"col\">Shown as</th></tr></thead>\n<tbody>\n");
    for (MetricSection<SuppressedRow> section : sections) {
      SuppressedRow now = section.headline();
      Optional<SuppressedRow> before =
          section.trend().stream().filter(row -> row.period().equals(previous)).findFirst();
      if (now == null || before.isEmpty()) {
        continue;
      }
      html.raw("<tr>").raw("<th scope=\"row\"><a " + Html.attr("href", "#metric-" + section.id()) + ">")
          .text(labels.heading(section)).raw("</a></th>\n");
      MetricHtml.valueCell(html, before.get());
      MetricHtml.valueCell(html, now);
      html.element("td", "", change(before.get(), now)).element("td", "", Numbers.unitLabel(now.unit()))
          .raw("</tr>\n");
    }
    html.raw("</tbody>\n</table>\n</section>\n");
  }

  /** Higher, lower or the same, in words: the direction of the two shown figures, never a new number. */
  private static String change(SuppressedRow before, SuppressedRow now) {
    Double was = MetricRow.OK.equals(before.status()) ? Numbers.shown(before.value()) : null;
    Double is = MetricRow.OK.equals(now.status()) ? Numbers.shown(now.value()) : null;
    if (was == null || is == null) {
      return "cannot be compared";
    }
    int direction = Double.compare(is, was);
    return direction > 0 ? "higher" : direction < 0 ? "lower" : "the same";
  }

  private void findings(Html html) {
    html.raw("<section id=\"findings\">\n").element("h2", "", "What the partners see together")
        .element("p", "", "These measures join the records of more than one partner. No single partner can see "
            + "them on its own: they are the reason the partnership brings its data together.");
    for (String id : FINDINGS) {
      Optional<MetricSection<SuppressedRow>> found = sections.stream().filter(s -> s.id().equals(id)).findFirst();
      if (found.isEmpty()) {
        continue;
      }
      MetricSection<SuppressedRow> section = found.get();
      html.raw("<div class=\"finding\">\n").element("h3", "", labels.heading(section))
          .element("p", "", section.definition().definition());
      MetricHtml.headline(html, section, input.period());
      html.raw("<p><a " + Html.attr("href", "#metric-" + section.id()) + ">")
          .text("All figures for " + section.id()).raw("</a></p>\n</div>\n");
    }
    html.raw("</section>\n");
  }

  private void renderMetric(MetricSection<SuppressedRow> section, Html html) {
    new MetricHtml(section, labels, charts, input.benchmarks(), input.period()).render(html);
  }

  private List<MetricSection<SuppressedRow>> ofTheme(String theme) {
    return sections.stream().filter(s -> s.definition().theme().equals(theme)).toList();
  }

  private static String stylesheet() {
    try (InputStream in = ReportHtml.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("Cannot find partnership/report/report.css on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read partnership/report/report.css: " + e.getMessage(), e);
    }
  }

  private record Part(String theme, String title, String intro) {}
}
