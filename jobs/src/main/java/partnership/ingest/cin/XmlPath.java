package partnership.ingest.cin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The path of open elements, rendered as a location such as
 * {@code /Message/Children/Child[3]/CINdetails[2]/Assessments[1]}.
 *
 * <p>Only elements that repeat carry a 1-based index among their same-named siblings; the single
 * {@code Message} and {@code Children} elements do not, which keeps the location short and readable.
 */
final class XmlPath {

  private record Step(String segment, Map<String, Integer> childCounts) {}

  private final Deque<Step> steps = new ArrayDeque<>();
  private final Map<String, Integer> rootCounts = new HashMap<>();

  void enter(String element, boolean indexed) {
    Map<String, Integer> siblings = steps.isEmpty() ? rootCounts : steps.peek().childCounts();
    int index = siblings.merge(element, 1, Integer::sum);
    String segment = indexed ? element + "[" + index + "]" : element;
    steps.push(new Step(segment, new HashMap<>()));
  }

  void leave() {
    steps.pop();
  }

  String location() {
    StringBuilder location = new StringBuilder();
    for (Iterator<Step> outward = steps.descendingIterator(); outward.hasNext(); ) {
      location.append('/').append(outward.next().segment());
    }
    return location.toString();
  }
}
