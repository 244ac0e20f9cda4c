package partnership.report;

/** An England figure for a metric and period ({@code reference/benchmarks.csv}), drawn beside the partnership's. */
public record Benchmark(String metricId, String period, double value) {}
