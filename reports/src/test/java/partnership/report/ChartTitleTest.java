package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.junit.jupiter.api.Test;

/** A bar chart's title too long for one line wraps between words, never inside its period. */
class ChartTitleTest {

  private static final String M6_BY_RISK_GRADE =
      "Missing children unknown to children's services by police risk grade";

  @Test
  void thePeriodIsKeptWholeWhereverTheTitleWraps() {
    String title = Charts.titleIn(M6_BY_RISK_GRADE, "2024-25");

    assertThat(title).isEqualTo(M6_BY_RISK_GRADE + ", 2024\u201125");
    for (int width = 300; width <= ChartStyle.WIDTH; width += 4) {
      List<String> lines = wrapped(title, width);
      assertThat(lines.get(lines.size() - 1)).as("wrapped at %d px", width).endsWith("2024\u201125");
    }
  }

  @Test
  void anOrdinaryHyphenSplitsThePeriodAtSomeWidths() {
    String title = M6_BY_RISK_GRADE + ", 2024-25";

    assertThat(IntStream.rangeClosed(300, ChartStyle.WIDTH).mapToObj(width -> wrapped(title, width)))
        .anyMatch(lines -> lines.get(lines.size() - 1).equals("25"));
  }

  /** The lines JFreeChart wraps a title into (as TextTitle does) in the title's font, {@code width} pixels wide. */
  private static List<String> wrapped(String title, int width) {
    Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    Font font = new Font("DejaVu Sans", Font.BOLD, 22);
    g2.setFont(font);
    TextBlock block = TextUtils.createTextBlock(title, font, Color.BLACK, width,
        new G2TextMeasurer(g2));
    return ((List<?>) block.getLines()).stream().map(line -> text((TextLine) line)).toList();
  }

  private static String text(TextLine line) {
    return line.getFirstTextFragment() == null ? "" : line.getFirstTextFragment().getText();
  }
}
