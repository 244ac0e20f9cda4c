package partnership.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A chart's axis of percentages: no tick or grid line above 100, though the axis runs on past it to leave room
 * for the figures written beyond bars and points near 100. A reader is never shown "110" percent.
 */
final class PercentAxis extends NumberAxis {

  private static final double HUNDRED = 100;

  PercentAxis(String label) {
    super(label);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<ValueTick> ticks = new ArrayList<>(super.refreshTicks(g2, state, dataArea, edge));
    ticks.removeIf(tick -> tick.getValue() > HUNDRED);
    return ticks;
  }
}
