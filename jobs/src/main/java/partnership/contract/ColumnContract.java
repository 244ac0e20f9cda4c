package partnership.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One column of a staging table and the rules its text must pass.
 *
 * @param name the staging column name (business terms: {@code missing_start_date}, {@code is_from_care})
 * @param source the source field or fields (first non-blank wins: CIN {@code Sex} or {@code GenderCurrent});
 *     defaults to {@code name}
 * @param type {@code string}, {@code child_id}, {@code date}, {@code timestamp}, {@code month},
 *     {@code code}, {@code code_list}, {@code flag} (Y/N), {@code boolean} (true/false/1/0), {@code integer}
 * @param format for dates: a {@link java.time.format.DateTimeFormatter} pattern, {@code yyyy-MM-dd} unless set
 * @param required a blank value quarantines the row
 * @param codes allowed source codes for {@code code} and {@code code_list}
 * @param recode source code to staging value, for codes that change spelling at staging
 * @param description what the column holds
 */
public record ColumnContract(
    @JsonProperty(required = true) String name,
    List<String> source,
    @JsonProperty(required = true) String type,
    String format,
    boolean required,
    List<String> codes,
    Map<String, String> recode,
    @JsonProperty(required = true) String description) {

  public ColumnContract {
    source = source == null || source.isEmpty() ? List.of(name) : List.copyOf(source);
    codes = codes == null ? List.of() : List.copyOf(codes);
    recode = recode == null ? Map.of() : Map.copyOf(recode);
  }
}
