package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** A percentage axis never shows a tick above 100, however far it runs for the bars' labels. */
class PercentAxisTest {

  @Test
  void anAxisRunningTo113HasTicksUpTo100Only() {
    // Bars of 96.7-98.2 with the breakdown charts' 15% margin: the axis runs to about 113.
    assertThat(tickValues(new NumberAxis("Percentage"))).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0,
        70.0, 80.0, 90.0, 100.0, 110.0);
    assertThat(tickValues(new PercentAxis("Percentage"))).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0,
        70.0, 80.0, 90.0, 100.0);
  }

  private static List<Double> tickValues(NumberAxis axis) {
    axis.setRange(0, 113);
    axis.setTickUnit(new NumberTickUnit(10));
    Graphics2D g2 = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 700, 300),
          RectangleEdge.BOTTOM);
      return ticks.stream().map(tick -> ((ValueTick) tick).getValue()).toList();
    } finally {
      g2.dispose();
    }
  }
}
