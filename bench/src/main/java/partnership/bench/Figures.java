package partnership.bench;

/** A metric row's figures; values are compared as published, to their decimal places. */
record Figures(Long numerator, Long denominator, Double value) {

  @Override
  public String toString() {
    return numerator + "/" + denominator + " = " + value;
  }
}
