package partnership.report;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn from suppressed rows only, so a suppressed figure is never plotted: the trend of
 * each headline over the periods delivered (with England and the statutory target where there are ones), and
 * a bar chart of each breakdown.
 *
 * <p>A breakdown whose rows share one denominator is a distribution (referrals by source, assessments by
 * timeliness band), and a breakdown of ratios or counts counts things (episodes by risk grade): their bars
 * are the counts. Otherwise each row is a figure of its own group (the percentage within 45 days in each age
 * band): its bars are the values.
 */
public final class Charts {

  private static final Set<String> DURATIONS = Set.of("working_days", "hours", "days");

  private Charts() {}

  /** The key of a metric's chart in the map {@link #drawAll} returns: its trend has breakdown {@code all}. */
  public static String key(String metricId, String breakdown) {
    return metricId + "|" + breakdown;
  }

  /** Draws every chart into {@code publicationDir/charts/}, keyed by {@link #key}. */
  public static Map<String, ChartImage> drawAll(List<MetricSection<SuppressedRow>> sections, ReportLabels labels,
      List<Benchmark> benchmarks, String period, Path publicationDir) {
    Map<String, ChartImage> charts = new LinkedHashMap<>();
    for (MetricSection<SuppressedRow> section : sections) {
      if (section.headline() != null && MetricRow.OK.equals(section.status())) {
        drawTrend(section, labels, benchmarks, publicationDir)
            .ifPresent(chart -> charts.put(key(section.id(), MetricRow.ALL), chart));
      }
      section.breakdowns().forEach((breakdown, rows) ->
          drawBreakdown(section, labels, breakdown, rows, period, publicationDir)
              .ifPresent(chart -> charts.put(key(section.id(), breakdown), chart)));
    }
    return charts;
  }

  /** {@code quarter} (2024-25-Q3), {@code year} (2024-25) or {@code month} (2024-12). */
  static String periodKind(String period) {
    if (period.contains("-Q")) {
      return "quarter";
    }
    int first = Integer.parseInt(period.substring(2, 4));
    int second = Integer.parseInt(period.substring(5, 7));
    return second == (first + 1) % 100 ? "year" : "month";
  }

  private static Optional<ChartImage> drawTrend(
      MetricSection<SuppressedRow> section, ReportLabels labels, List<Benchmark> benchmarks, Path publicationDir) {
    // One kind of period on an axis: the trend of a year is over years, of a quarter over quarters.
    String kind = periodKind(section.headline().period());
    List<SuppressedRow> years = new ArrayList<>(section.trend().stream()
        .filter(row -> periodKind(row.period()).equals(kind)).toList());
    years.add(section.headline());
    years.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.period(), b.period()));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double highest = 0;
    List<String> notDrawn = new ArrayList<>();
    for (SuppressedRow year : years) {
      Double value = Numbers.shown(year.value());
      data.addValue(value, "Partnership", year.period());
      if (value == null) {
        notDrawn.add(year.period());
      } else {
        highest = Math.max(highest, value);
      }
    }
    if (notDrawn.size() == years.size()) {
      return Optional.empty();
    }
    List<Double> englandValues = years.stream()
        .map(year -> Benchmark.find(benchmarks, section.id(), year.period()).orElse(null)).toList();
    boolean england = englandValues.stream().anyMatch(Objects::nonNull);
    if (england) {
      for (int i = 0; i < years.size(); i++) {
        Double value = englandValues.get(i);
        data.addValue(value, "England", years.get(i).period());
        highest = Math.max(highest, value == null ? 0 : value);
      }
    }
    String unit = section.unit();
    JFreeChart chart = ChartFactory.createLineChart(labels.title(section), "Year", Numbers.unitLabel(unit), data,
        PlotOrientation.VERTICAL, true, false, false);
    notDrawnSubtitle(chart, notDrawn);
    CategoryPlot plot = chart.getCategoryPlot();
    useValueAxisOf(plot, unit);
    ChartStyle.apply(chart);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, ChartStyle.PARTNERSHIP);
    renderer.setSeriesStroke(0, ChartStyle.SOLID);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    renderer.setSeriesPaint(1, ChartStyle.ENGLAND);
    renderer.setSeriesStroke(1, ChartStyle.DASHED);
    // England's squares hollow and a little larger, under the partnership's circles: where the two figures are
    // (nearly) equal both stay visible, the circle inside the square, instead of the square hiding the circle.
    renderer.setSeriesShape(1, new Rectangle2D.Double(-8, -8, 16, 16));
    renderer.setSeriesShapesFilled(1, false);
    renderer.setSeriesOutlineStroke(1, ChartStyle.OUTLINE);
    renderer.setUseOutlinePaint(false);
    plot.setRenderer(renderer);
    plot.setRowRenderingOrder(SortOrder.DESCENDING);
    // The legend follows the drawing order; turned back so it reads Partnership, then England.
    chart.getLegend().setSortOrder(SortOrder.DESCENDING);
    Double target = section.definition().target();
    // A target is a time limit (45 working days, 72 hours): it belongs only on a chart of durations.
    boolean drawTarget = target != null && DURATIONS.contains(unit);
    if (drawTarget) {
      ValueMarker marker = new ValueMarker(target, ChartStyle.TARGET, ChartStyle.DOTTED);
      marker.setLabel("Statutory limit: " + Numbers.plain(target) + " " + Numbers.unitWords(unit));
      marker.setLabelFont(ChartStyle.LABEL_FONT);
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(marker);
      highest = Math.max(highest, target);
    }
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(0, highest > 0 ? highest * 1.15 : 1);
    String file = "charts/trend-" + slug(section.id()) + ".png";
    ChartStyle.save(chart, publicationDir.resolve(file), ChartStyle.WIDTH, ChartStyle.HEIGHT);
    String alt = "Line chart of " + labels.titleBy(section, "year") + ", " + years.get(0).period() + " to "
        + years.get(years.size() - 1).period() + ", in " + Numbers.unitLabel(unit).toLowerCase(Locale.ROOT)
        + ": the partnership as a solid blue line with circles"
        + (england ? "; England as a dashed orange line with hollow squares" : "")
        + (drawTarget ? "; the statutory limit of " + Numbers.plain(target) + " " + Numbers.unitWords(unit)
            + " as a dotted black line" : "")
        + ". Suppressed figures are not drawn. The figures are in the table that follows.";
    return Optional.of(new ChartImage(file, alt, ChartStyle.WIDTH, ChartStyle.HEIGHT));
  }

  private static Optional<ChartImage> drawBreakdown(MetricSection<SuppressedRow> section, ReportLabels labels,
      String breakdown, List<SuppressedRow> rows, String period, Path publicationDir) {
    if (rows.size() < 2) {
      return Optional.empty();
    }
    String unit = rows.get(0).unit();
    boolean sharedDenominator = rows.stream().map(SuppressedRow::denominator).distinct().count() == 1
        && !rows.get(0).denominator().isEmpty();
    boolean counts = rows.stream().noneMatch(row -> row.numerator().isEmpty())
        && (sharedDenominator || "ratio".equals(unit) || "count".equals(unit));
    String by = labels.name(breakdown);
    String title = labels.titleBy(section, by);
    List<String> categories = rows.stream().map(row -> labels.value(breakdown, row.breakdownValue())).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> notDrawn = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Double value = Numbers.shown(counts ? rows.get(i).numerator() : rows.get(i).value());
      data.addValue(value, title, categories.get(i));
      if (value == null) {
        notDrawn.add(categories.get(i));
      }
    }
    if (notDrawn.size() == rows.size()) {
      return Optional.empty();
    }
    String measure = counts ? "Number" : Numbers.unitLabel(unit);
    JFreeChart chart = ChartFactory.createBarChart(titleIn(title, period), labels.column(breakdown), measure, data,
        PlotOrientation.HORIZONTAL, false, false, false);
    notDrawnSubtitle(chart, notDrawn);
    CategoryPlot plot = chart.getCategoryPlot();
    useValueAxisOf(plot, counts ? "count" : unit);
    ChartStyle.apply(chart);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.PARTNERSHIP);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", labelFormat(counts ? "count" : unit)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.LABEL_FONT);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setUpperMargin(0.15);
    if (counts) {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    int height = Math.max(360, 200 + 56 * rows.size());
    String file = "charts/" + slug(section.id()) + "-" + slug(breakdown) + ".png";
    ChartStyle.save(chart, publicationDir.resolve(file), ChartStyle.WIDTH, height);
    String alt = "Bar chart of " + title + " in " + period + ": "
        + (counts ? "the number in each " : "the " + measure.toLowerCase(Locale.ROOT) + " for each ")
        + by + ", one bar each for " + String.join(", ", categories)
        + ". Suppressed figures are not drawn. The figures are in the table that follows.";
    return Optional.of(new ChartImage(file, alt, ChartStyle.WIDTH, height));
  }

  /** Percentages get a {@link PercentAxis}, before the chart's style is applied to it. */
  private static void useValueAxisOf(CategoryPlot plot, String unit) {
    if ("percent".equals(unit)) {
      plot.setRangeAxis(new PercentAxis(plot.getRangeAxis().getLabel()));
    }
  }

  /** A bar chart's title with its period: a title too long for one line wraps between words, never in "2024-25". */
  static String titleIn(String title, String period) {
    return title + ", " + unbroken(period);
  }

  /** Says under the title which figures are left out, so a missing bar or point is not read as zero. */
  private static void notDrawnSubtitle(JFreeChart chart, List<String> notDrawn) {
    if (!notDrawn.isEmpty()) {
      chart.addSubtitle(new TextTitle(notDrawnText(notDrawn)));
    }
  }

  /** The not-drawn line: a long list wraps between its periods or categories, never inside "2022-23" or "10-15". */
  static String notDrawnText(List<String> notDrawn) {
    return "Not drawn (shown as c to protect privacy, or no figure): "
        + String.join(", ", notDrawn.stream().map(Charts::unbroken).toList());
  }

  /** The text with each hyphen non-breaking (U+2011, drawn by DejaVu Sans), so a line never wraps after one. */
  private static String unbroken(String text) {
    return text.replace('-', '\u2011');
  }

  private static NumberFormat labelFormat(String unit) {
    switch (unit) {
      case "count":
        return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.UK));
      case "percent":
      case "rate_per_10000":
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK));
      case "ratio":
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.UK));
      default:
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    }
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
