package partnership.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One staging table a partner file yields: its columns, key and row checks.
 *
 * @param name the staging table, e.g. {@code stg_police__missing_episodes}
 * @param sourceTable for a CIN census file, the flattened record kind the reader emits
 *     ({@code cin_referrals}, ...); null for a CSV
 * @param key staging columns that identify a row; a second row with the same key is quarantined
 * @param columns the columns, in staging order
 * @param checks row checks across columns
 * @param overlaps spans that must not overlap within a group of rows
 */
public record TableContract(
    @JsonProperty(required = true) String name,
    String sourceTable,
    List<String> key,
    @JsonProperty(required = true) List<ColumnContract> columns,
    List<CheckContract> checks,
    List<OverlapContract> overlaps) {

  public TableContract {
    key = key == null ? List.of() : List.copyOf(key);
    columns = List.copyOf(columns);
    checks = checks == null ? List.of() : List.copyOf(checks);
    overlaps = overlaps == null ? List.of() : List.copyOf(overlaps);
  }
}
