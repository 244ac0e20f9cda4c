package partnership.report;

import java.util.List;
import java.util.Optional;

/** An England figure for a metric and period ({@code reference/benchmarks.csv}), drawn beside the partnership's. */
public record Benchmark(String metricId, String period, double value) {

  /** The England figure for a metric and period, if there is one. */
  static Optional<Double> find(List<Benchmark> benchmarks, String metricId, String period) {
    return benchmarks.stream()
        .filter(b -> b.metricId().equals(metricId) && b.period().equals(period))
        .map(Benchmark::value)
        .findFirst();
  }
}
