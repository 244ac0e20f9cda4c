package partnership.ingest.cin;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import partnership.ingest.RawRecord;

/**
 * A block whose element has started but whose record is not yet emitted, collecting its field values.
 *
 * <p>A field that occurs more than once keeps every non-empty value, joined with a comma in document order:
 * that is the contract for {@code AssessmentFactors}, and for a field that should occur once it lets
 * validation see the fault instead of a value silently chosen here.
 */
final class OpenRecord {

  private final CinBlock block;
  private final long line;
  private final String location;
  private final OpenRecord parent;
  private final Map<String, StringJoiner> values = new HashMap<>();

  OpenRecord(CinBlock block, long line, String location, OpenRecord parent) {
    this.block = block;
    this.line = line;
    this.location = location;
    this.parent = parent;
  }

  CinBlock block() {
    return block;
  }

  void add(String field, String text) {
    String value = text.strip();
    if (!value.isEmpty()) {
      values.computeIfAbsent(field, name -> new StringJoiner(",")).add(value);
    }
  }

  /** The value of one of this block's fields, or of an enclosing block's; {@code null} when absent or empty. */
  String value(String field) {
    if (block.fields().contains(field)) {
      StringJoiner joined = values.get(field);
      return joined == null ? null : joined.toString();
    }
    return parent == null ? null : parent.value(field);
  }

  RawRecord toRawRecord(String referenceDate) {
    // LinkedHashMap because a record lists every column, absent ones as null, in the block's column order.
    Map<String, String> row = new LinkedHashMap<>();
    for (String column : block.columns()) {
      row.put(column, CinBlock.REFERENCE_DATE.equals(column) ? referenceDate : value(column));
    }
    return new RawRecord(block.table(), line, location, Collections.unmodifiableMap(row));
  }
}
