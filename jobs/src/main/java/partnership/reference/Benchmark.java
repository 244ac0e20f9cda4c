package partnership.reference;

/** One published comparison value from {@code reference/benchmarks.csv}, e.g. England's T4 for 2024-25. */
public record Benchmark(String metricId, String areaCode, String areaName, String period, double value) {}
