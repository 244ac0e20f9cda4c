package partnership.generate;

import java.util.List;

/**
 * What a generator run wrote.
 *
 * @param files each file and its row count, in the order written
 * @param childrenSimulated every synthetic child, including those who are adults by the window
 * @param lastYearPopulation children aged 0-17 at the mid-year of the last reporting year
 */
public record GenerationSummary(List<FileSummary> files, long childrenSimulated, long lastYearPopulation) {}
