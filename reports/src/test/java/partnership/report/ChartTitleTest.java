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

/** A chart's title or not-drawn line too long for one line wraps between words, never inside a period. */
class ChartTitleTest {

  private static final String M6_BY_RISK_GRADE =
      "Missing children unknown to children's services by police risk grade";

  @Test
  void thePeriodIsKeptWholeWhereverTheTitleWraps() {
    String title = Charts.titleIn(M6_BY_RISK_GRADE, "2024-25");

    assertThat(title).isEqualTo(M6_BY_RISK_GRADE + ", 2024\u201125");
    for (int width = 300; width <= ChartStyle.WIDTH; width += 4) {
      List<String> lines = wrapped(title, ChartStyle.TITLE_FONT, width);
      assertThat(lines.get(lines.size() - 1)).as("wrapped at %d px", width).endsWith("2024\u201125");
    }
  }

  @Test
  void theNotDrawnLineKeepsEachPeriodAndAgeBandWhole() {
    List<String> periods = List.of("2020-21", "2021-22", "2022-23", "2023-24", "2024-25");
    String text = Charts.notDrawnText(periods);

    assertThat(text).isEqualTo("Not drawn (shown as c to protect privacy, or no figure): "
        + "2020\u201121, 2021\u201122, 2022\u201123, 2023\u201124, 2024\u201125");
    assertThat(Charts.notDrawnText(List.of("1-4", "10-15"))).endsWith(": 1\u20114, 10\u201115");
    for (int width = 200; width <= ChartStyle.WIDTH; width += 4) {
      List<String> lines = wrapped(text, ChartStyle.LABEL_FONT, width);
      assertThat(lines).as("wrapped at %d px", width).hasSizeGreaterThan(0)
          .noneMatch(line -> line.strip().endsWith("\u2011"));
      for (String period : periods) {
        assertThat(lines).as("%s wrapped at %d px", period, width)
            .anyMatch(line -> line.contains(period.replace('-', '\u2011')));
      }
    }
  }

  @Test
  void anOrdinaryHyphenSplitsThePeriodAtSomeWidths() {
    String title = M6_BY_RISK_GRADE + ", 2024-25";

    assertThat(IntStream.rangeClosed(300, ChartStyle.WIDTH)
        .mapToObj(width -> wrapped(title, ChartStyle.TITLE_FONT, width)))
        .anyMatch(lines -> lines.get(lines.size() - 1).equals("25"));
  }

  /** The lines JFreeChart wraps a text into (as TextTitle does) in {@code font}, {@code width} pixels wide. */
  private static List<String> wrapped(String text, Font font, int width) {
    Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    g2.setFont(font);
    TextBlock block = TextUtils.createTextBlock(text, font, Color.BLACK, width,
        new G2TextMeasurer(g2));
    return ((List<?>) block.getLines()).stream().map(line -> text((TextLine) line)).toList();
  }

  private static String text(TextLine line) {
    return line.getFirstTextFragment() == null ? "" : line.getFirstTextFragment().getText();
  }
}
