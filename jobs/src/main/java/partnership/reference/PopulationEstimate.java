package partnership.reference;

/**
 * One row of {@code reference/population.csv}: the ONS mid-year estimate of children in one age band
 * ({@code 0-4}, {@code 5-9}, {@code 10-15}, {@code 16-17}) of one area in one year.
 */
public record PopulationEstimate(String areaCode, int year, String ageBand, long population) {}
