package partnership.ingest.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import partnership.contract.CheckContract;
import partnership.contract.ColumnContract;
import partnership.contract.OverlapContract;
import partnership.contract.TableContract;
import partnership.identity.RawIdentifiers;
import partnership.ingest.InputFileException;
import partnership.ingest.RawRecord;
import partnership.ingest.validate.Outcome.Accepted;
import partnership.ingest.validate.Outcome.Rejected;

/**
 * Checks records against one staging table's contract: required values, types and codes, row checks across
 * columns, overlapping spans and duplicate keys. Stateful only for the keys and spans seen so far, so one
 * instance serves one table of one file.
 */
public final class TableValidator {

  private final TableContract table;
  private final ValueParser parser;
  private final List<String> columnNames;
  private final KeySet keysSeen = new KeySet();
  private final Map<String, List<LocalDate[]>> spansSeen = new HashMap<>();

  public TableValidator(TableContract table, LocalDate today) {
    this.table = table;
    this.parser = new ValueParser(today);
    this.columnNames = table.columns().stream().map(ColumnContract::name).toList();
  }

  public TableContract table() {
    return table;
  }

  /**
   * Validates one record.
   *
   * @throws InputFileException when the record carries a raw identifier: that makes the whole file unusable
   */
  public Outcome validate(String file, RawRecord record) {
    Object[] values = new Object[table.columns().size()];
    for (int i = 0; i < values.length; i++) {
      ColumnContract column = table.columns().get(i);
      String source = column.source().get(0);
      String text = null;
      for (String field : column.source()) {
        String candidate = blankToNull(record.value(field));
        if (candidate != null) {
          source = field;
          text = candidate;
          break;
        }
      }
      if (text == null) {
        if (column.required()) {
          return new Rejected(column.name(), null, "required",
              source + " is blank but the contract requires a value");
        }
        continue;
      }
      if ("child_id".equals(column.type())) {
        refuseRawIdentifier(file, record, source, text);
      }
      ValueParser.Parsed parsed = parser.parse(column, text);
      if (parsed.rule() != null) {
        return new Rejected(column.name(), text, parsed.rule(), source + ": " + parsed.message());
      }
      values[i] = parsed.value();
    }
    List<String> warnings = new ArrayList<>();
    for (CheckContract check : table.checks()) {
      Object earlier = values[index(check.earlier())];
      Object later = values[index(check.later())];
      if (earlier != null && later != null && compare(later, earlier) < 0) {
        if (check.quarantines()) {
          return new Rejected(check.later(), later.toString(), check.rule(),
              check.later() + " " + later + " is before " + check.earlier() + " " + earlier);
        }
        warnings.add(check.rule());
      }
    }
    for (OverlapContract overlap : table.overlaps()) {
      Rejected rejected = overlapping(overlap, values);
      if (rejected != null) {
        return rejected;
      }
    }
    if (!table.key().isEmpty()) {
      StringBuilder key = new StringBuilder();
      for (String column : table.key()) {
        key.append(values[index(column)]).append('\u0001');
      }
      if (!keysSeen.add(key.toString())) {
        String value = key.toString().replace('\u0001', ' ').trim();
        return new Rejected(String.join(",", table.key()), value, "duplicate_key",
            "an earlier row of the file has the same " + String.join(", ", table.key()) + " (" + value + ")");
      }
    }
    return new Accepted(values, warnings);
  }

  /** The rejection of a row whose span overlaps an earlier, different span of its group; else null. */
  private Rejected overlapping(OverlapContract overlap, Object[] values) {
    LocalDate start = (LocalDate) values[index(overlap.start())];
    LocalDate end = (LocalDate) values[index(overlap.end())];
    if (start == null) {
      return null;
    }
    StringBuilder group = new StringBuilder(overlap.rule());
    for (String column : overlap.group()) {
      group.append('\u0001').append(values[index(column)]);
    }
    List<LocalDate[]> spans = spansSeen.computeIfAbsent(group.toString(), g -> new ArrayList<>());
    for (LocalDate[] span : spans) {
      boolean sameSpan = span[0].equals(start);
      boolean overlaps = start.isBefore(span[1] == null ? LocalDate.MAX : span[1])
          && span[0].isBefore(end == null ? LocalDate.MAX : end);
      if (sameSpan) {
        return null;
      }
      if (overlaps) {
        return new Rejected(overlap.start(), start.toString(), overlap.rule(), overlap.start() + " " + start
            + " starts while the span from " + span[0] + (span[1] == null ? " (still open)" : " to " + span[1])
            + " of the same " + String.join(", ", overlap.group()) + " is running");
      }
    }
    spans.add(new LocalDate[] {start, end});
    return null;
  }

  private static void refuseRawIdentifier(String file, RawRecord record, String field, String text) {
    String rule = RawIdentifiers.ruleBrokenBy(text);
    if (rule != null) {
      throw new InputFileException(file, record.location() + ", column " + field, rule,
          "the value " + RawIdentifiers.masked(text) + " looks like a raw "
              + ("raw_upn".equals(rule) ? "UPN" : "NHS number")
              + "; partners must send the partnership pseudonym (run `partnership pseudonymise` first)");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  private int index(String column) {
    int index = columnNames.indexOf(column);
    if (index < 0) {
      throw new IllegalStateException("Cannot check table " + table.name() + ": no column " + column);
    }
    return index;
  }

  private static String blankToNull(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
