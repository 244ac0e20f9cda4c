package partnership.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row check across two columns: {@code later} must not be before {@code earlier} when both are present.
 *
 * @param rule the rule's name as reported ({@code returned_before_last_seen}, {@code dfe_8608}, ...)
 * @param earlier the column that comes first in time
 * @param later the column that must not come before it
 * @param severity {@code quarantine} (the row is rejected) or {@code warn} (kept, counted as a finding:
 *     metrics.md keeps such records in volumes and leaves them out of timeliness rates)
 */
public record CheckContract(
    @JsonProperty(required = true) String rule,
    @JsonProperty(required = true) String earlier,
    @JsonProperty(required = true) String later,
    @JsonProperty(required = true) String severity) {

  public boolean quarantines() {
    return "quarantine".equals(severity);
  }
}
