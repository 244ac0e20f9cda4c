package partnership.generate;

/**
 * One file written by the generator.
 *
 * @param name the path under the output folder
 * @param rows data rows (children, for a CIN census file)
 * @param unit what a row is, for the summary line
 */
public record FileSummary(String name, long rows, String unit) {

  static FileSummary of(CsvFile file) {
    return new FileSummary(file.name(), file.rows(), "rows");
  }
}
