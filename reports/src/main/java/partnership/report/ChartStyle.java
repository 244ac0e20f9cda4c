package partnership.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;

/**
 * How every chart looks: the Okabe-Ito colour-blind-safe palette, series told apart by line style as well as
 * colour, and fonts no smaller than 14 px at the chart's own size, so charts read on screen and in print.
 */
final class ChartStyle {

  static final Color PARTNERSHIP = new Color(0x00, 0x72, 0xB2);
  static final Color ENGLAND = new Color(0xE6, 0x9F, 0x00);
  static final Color TARGET = Color.BLACK;
  static final Color GRID = new Color(0xBB, 0xBB, 0xBB);

  static final Stroke SOLID = new BasicStroke(3.5f);
  static final Stroke DASHED =
      new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 8f}, 0f);
  /** The outline of a hollow marker. */
  static final Stroke OUTLINE = new BasicStroke(2.5f);
  static final Stroke DOTTED =
      new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 5f}, 0f);

  static final int WIDTH = 960;
  static final int HEIGHT = 540;

  private static final String FONT = "DejaVu Sans";
  /** The chart's title (JFreeChart's extra-large font). */
  static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 22);
  static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 16);

  private ChartStyle() {}

  static void apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("partnership");
    theme.setExtraLargeFont(TITLE_FONT);
    theme.setLargeFont(new Font(FONT, Font.BOLD, 18));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 16));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 15));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    for (Object subtitle : chart.getSubtitles()) {
      if (subtitle instanceof TextTitle text) {
        text.setFont(LABEL_FONT);
      }
    }
    chart.setAntiAlias(true);
  }

  static void save(JFreeChart chart, Path file, int width, int height) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        ChartUtils.writeChartAsPNG(out, chart, width, height);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write chart " + file + ": " + e.getMessage(), e);
    }
  }
}
