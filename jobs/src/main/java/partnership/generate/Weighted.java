package partnership.generate;

import java.util.SplittableRandom;

/** A fixed set of codes with relative weights, drawn from by cumulative weight. */
final class Weighted {

  private final String[] codes;
  private final double[] cumulative;

  private Weighted(String[] codes, double[] cumulative) {
    this.codes = codes;
    this.cumulative = cumulative;
  }

  /** Codes and weights alternately: {@code of("NEG", 50, "EMO", 34, ...)}. */
  static Weighted of(Object... codesAndWeights) {
    int count = codesAndWeights.length / 2;
    String[] codes = new String[count];
    double[] cumulative = new double[count];
    double total = 0;
    for (int i = 0; i < count; i++) {
      codes[i] = (String) codesAndWeights[2 * i];
      total += ((Number) codesAndWeights[2 * i + 1]).doubleValue();
      cumulative[i] = total;
    }
    for (int i = 0; i < count; i++) {
      cumulative[i] /= total;
    }
    return new Weighted(codes, cumulative);
  }

  String pick(SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < codes.length - 1; i++) {
      if (u < cumulative[i]) {
        return codes[i];
      }
    }
    return codes[codes.length - 1];
  }
}
