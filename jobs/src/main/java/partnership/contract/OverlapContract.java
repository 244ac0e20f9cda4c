package partnership.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Spans of one group that must not overlap: a household placed twice at once, a child missing twice at once
 * (903 rule 574). Rows of the group with the same start are the same span (siblings of one household
 * placement); a row whose span overlaps an earlier, different span of its group is quarantined.
 *
 * @param rule the rule's name as reported
 * @param group the staging columns that make a group, e.g. {@code household_id}
 * @param start the column where a span starts
 * @param end the column where it ends; blank means still open
 */
public record OverlapContract(
    @JsonProperty(required = true) String rule,
    @JsonProperty(required = true) List<String> group,
    @JsonProperty(required = true) String start,
    @JsonProperty(required = true) String end) {}
