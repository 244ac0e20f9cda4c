package partnership.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The contract of one partner file, read from {@code schemas/contracts/<partner>/<file>.yaml}: where the
 * file lives under the input folder, its format, and the staging tables it yields.
 *
 * @param file the path under the input folder; {@code *} matches any characters (CIN census: one file a year)
 * @param format {@code csv} (partner and SSDA903 CSVs) or {@code cin_xml} (the DfE CIN census)
 * @param partner {@code csc}, {@code police}, {@code health}, {@code education} or {@code housing}
 * @param required whether the run needs the file; an optional file that is absent makes its metrics
 *     "not available"
 * @param description what the file is, for the partners' analysts
 * @param identifierColumns source columns that are direct identifiers in this format (903 {@code UPN}):
 *     dropped unread, with a warning to the partner
 * @param ignoredColumns source columns the format defines but the pipeline does not use: dropped quietly
 * @param tables the staging tables the file yields (a CSV file yields one)
 */
public record Contract(
    @JsonProperty(required = true) String file,
    @JsonProperty(required = true) String format,
    @JsonProperty(required = true) String partner,
    boolean required,
    @JsonProperty(required = true) String description,
    List<String> identifierColumns,
    List<String> ignoredColumns,
    @JsonProperty(required = true) List<TableContract> tables) {

  public static final String CSV = "csv";
  public static final String CIN_XML = "cin_xml";

  public Contract {
    identifierColumns = identifierColumns == null ? List.of() : List.copyOf(identifierColumns);
    ignoredColumns = ignoredColumns == null ? List.of() : List.copyOf(ignoredColumns);
    tables = List.copyOf(tables);
  }

  /** True when {@code relativePath} (with forward slashes) is a file this contract covers. */
  public boolean matches(String relativePath) {
    String regex = java.util.Arrays.stream(file.split("\\*", -1))
        .map(java.util.regex.Pattern::quote)
        .reduce((a, b) -> a + "[^/]*" + b)
        .orElse("");
    return relativePath.matches(regex);
  }
}
