package partnership.report;

/**
 * A chart written beside the report.
 *
 * @param file the PNG's path relative to {@code publication/}, e.g. {@code charts/trend-t2.png}
 * @param altText what the chart shows, for readers who cannot see it
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record ChartImage(String file, String altText, int width, int height) {}
