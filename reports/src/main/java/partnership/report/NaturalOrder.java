package partnership.report;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * An ordering of labels that reads runs of digits as numbers, so age bands, timeliness bands and periods
 * sort as a reader expects ({@code 0-4, 5-9, 10-15}; {@code 1-10, 11-20, 61+}) whatever order the metric
 * table arrived in. Outputs must be byte-identical across runs, so every list is put in this order.
 */
public final class NaturalOrder implements Comparator<String> {

  public static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (Character.isDigit(a) && Character.isDigit(b)) {
        int endA = digitsEnd(left, i);
        int endB = digitsEnd(right, j);
        int byNumber = new BigInteger(left.substring(i, endA)).compareTo(new BigInteger(right.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (a != b) {
          return Character.compare(a, b);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(left.length() - i, right.length() - j);
    return byLength != 0 ? byLength : left.compareTo(right);
  }

  private static int digitsEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
