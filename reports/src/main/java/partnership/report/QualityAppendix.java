package partnership.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The data-quality appendix of the yearly report: per partner file, rows read, accepted and set aside, and
 * why. Row counts get the same disclosure control as metric counts, with read as the total of accepted and
 * quarantined, and quarantined as the total of its reasons.
 */
final class QualityAppendix {

  private final JsonNode files;
  private final Disclosure disclosure;

  QualityAppendix(JsonNode files, Disclosure disclosure) {
    this.files = files;
    this.disclosure = disclosure;
  }

  void render(Html html) {
    html.element("h3", "", "Partner files")
        .element("p", "", "Every row a partner sent is either accepted or set aside (quarantined) with the rule "
            + "it broke. Set-aside rows are not in any figure. Partners receive the details so they can put "
            + "their records right.");
    if (files.isEmpty()) {
      html.element("p", "", "No partner files were read.");
      return;
    }
    html.raw("<table>\n").element("caption", "", "Rows read, accepted and set aside, by partner file")
        .raw("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Rows read</th><th scope=\"col\">Accepted</th>")
        .raw("<th scope=\"col\">Set aside</th><th scope=\"col\">Reasons</th></tr></thead>\n<tbody>\n");
    for (JsonNode file : files) {
      long read = file.path("read").asLong();
      long quarantined = file.path("quarantined").asLong();
      boolean[] hidden = disclosure.hidden(List.of(file.path("accepted").asLong(), quarantined),
          !disclosure.isSmall(read));
      html.raw("<tr>").element("th", "scope=\"row\"", file.path("file").asText())
          .element("td", "class=\"count\"", disclosure.count(read))
          .element("td", "class=\"count\"", shown(file.path("accepted").asLong(), hidden[0]))
          .element("td", "class=\"count\"", shown(quarantined, hidden[1]));
      reasons(html, file.path("by_rule"), !hidden[1]);
      html.raw("</tr>\n");
    }
    html.raw("</tbody>\n</table>\n");
  }

  private void reasons(Html html, JsonNode byRule, boolean totalShown) {
    List<String> rules = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = byRule.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> rule = it.next();
      rules.add(rule.getKey());
      counts.add(rule.getValue().asLong());
    }
    if (rules.isEmpty()) {
      html.element("td", "", "none");
      return;
    }
    boolean[] hidden = disclosure.hidden(counts, totalShown);
    html.raw("<td><ul class=\"reasons\">");
    for (int i = 0; i < rules.size(); i++) {
      html.raw("<li>").text(rules.get(i).replace('_', ' ') + ": ")
          .element("span", "class=\"count\"", shown(counts.get(i), hidden[i])).raw("</li>");
    }
    html.raw("</ul></td>\n");
  }

  private String shown(long count, boolean hidden) {
    return hidden ? Numbers.SUPPRESSED : Long.toString(count);
  }
}
