package partnership.ingest.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import partnership.contract.ColumnContract;
import partnership.contract.Contract;
import partnership.contract.TableContract;
import partnership.identity.RawIdentifiers;
import partnership.ingest.InputFileException;
import partnership.ingest.RawRecord;
import partnership.ingest.RecordSink;

/**
 * Reads a partner CSV against its contract's header rules and sends every data row on as a {@link RawRecord}.
 *
 * <p>Header rules (extracts.md, "Common rules for CSV extracts"): a column named like a direct identifier
 * makes the file unusable, unless the format itself defines it (903 {@code UPN}), in which case it is
 * dropped unread with a note; a missing required column makes the file unusable; unknown columns are dropped
 * with a note.
 */
public final class CsvSource {

  private CsvSource() {}

  /** Reads the file; returns the notes for the partner (columns dropped). */
  public static List<String> read(Path path, String file, Contract contract, RecordSink sink) throws IOException {
    TableContract table = contract.tables().get(0);
    List<String> notes = new ArrayList<>();
    try (CsvReader reader = new CsvReader(path, file)) {
      CsvRecord header = reader.next();
      if (header == null) {
        throw new InputFileException(file, "line 1", "empty_file", "the file is empty: it has no header row");
      }
      List<String> names = header.fields().stream().map(String::strip).toList();
      Set<String> known = new LinkedHashSet<>();
      table.columns().forEach(c -> known.addAll(c.source()));
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (contract.identifierColumns().contains(name)) {
          notes.add("identifier column " + name + " dropped unread: remove it before sending (pseudonymise does)");
        } else if (known.contains(name)) {
          int first = names.indexOf(name);
          if (first < i) {
            // Two columns of one name: which holds the data is anyone's guess, so neither is used.
            throw new InputFileException(file, "line 1, column " + (i + 1), "duplicate_column",
                "the column '" + name + "' is also column " + (first + 1) + " of the header");
          }
          kept.add(i);
        } else if (RawIdentifiers.isIdentifierColumn(name)) {
          throw new InputFileException(file, "line 1, column " + (i + 1), "identifier_column",
              "the column '" + name + "' holds a direct identifier; partners must remove it before sending");
        } else if (!contract.ignoredColumns().contains(name)) {
          notes.add("unknown column " + name + " dropped");
        }
      }
      requireColumns(file, table, names);
      Map<String, Integer> positions = new HashMap<>();
      kept.forEach(i -> positions.put(names.get(i), i));
      for (CsvRecord row = reader.next(); row != null; row = reader.next()) {
        if (row.isBlank()) {
          continue;
        }
        String location = "line " + row.line();
        if (row.fields().size() != names.size()) {
          sink.malformed(table.name(), row.line(), location, "column_count",
              "the row has " + row.fields().size() + " fields but the header has " + names.size(),
              String.join(",", row.fields()));
          continue;
        }
        sink.record(new RawRecord(table.name(), row.line(), location, new RowValues(positions, row.fields())));
      }
    }
    return notes;
  }

  /**
   * A row's values by column name, read through the positions of the header's kept columns: nothing is built
   * per row. Copying each row into a map of its own, and looking values up in that, was a sixth of the
   * contacts' ingest at England size (bench/README.md).
   */
  private static final class RowValues extends AbstractMap<String, String> {
    private final Map<String, Integer> positions;
    private final List<String> fields;

    RowValues(Map<String, Integer> positions, List<String> fields) {
      this.positions = positions;
      this.fields = fields;
    }

    @Override
    public String get(Object name) {
      Integer position = positions.get(name);
      return position == null ? null : fields.get(position);
    }

    @Override
    public boolean containsKey(Object name) {
      return positions.containsKey(name);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      Set<Entry<String, String>> entries = new LinkedHashSet<>();
      positions.forEach((name, position) -> entries.add(new SimpleImmutableEntry<>(name, fields.get(position))));
      return Collections.unmodifiableSet(entries);
    }
  }

  private static void requireColumns(String file, TableContract table, List<String> names) {
    List<String> missing = new ArrayList<>();
    for (ColumnContract column : table.columns()) {
      if (column.required() && column.source().stream().noneMatch(names::contains)) {
        missing.add(column.source().get(0));
      }
    }
    if (!missing.isEmpty()) {
      String hint = names.size() == 1 && names.get(0).matches(".*[;\t|].*")
          ? " (the header has one column: is the file separated by ';' or tabs instead of commas?)" : "";
      throw new InputFileException(file, "line 1", "missing_column",
          "required column(s) " + String.join(", ", missing) + " missing from the header" + hint);
    }
  }
}
