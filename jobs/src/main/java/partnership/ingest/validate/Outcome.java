package partnership.ingest.validate;

import java.util.List;

/** What validation made of one record: accepted with typed values, or rejected with the first rule it broke. */
public sealed interface Outcome {

  /**
   * An accepted record.
   *
   * @param values typed values in the staging table's column order
   * @param warnings rules with severity {@code warn} the record broke (kept, reported as findings)
   */
  record Accepted(Object[] values, List<String> warnings) implements Outcome {}

  /**
   * A rejected record, bound for quarantine.
   *
   * @param column the staging column at fault (the source field name is in the message)
   * @param value the offending text, as read
   * @param rule the rule's name, as counted in the quality report
   * @param message a sentence saying what is wrong
   */
  record Rejected(String column, String value, String rule, String message) implements Outcome {}
}
