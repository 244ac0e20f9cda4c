package partnership.pseudonymise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import partnership.ingest.InputFileException;

/**
 * How each column of a partner CSV is carried into the pseudonymised file, decided from the header.
 *
 * @param format what the file was taken for, for the summary: {@code "SSDA903 CSV"} or
 *     {@code "partner CSV"}
 * @param columns one per column of the source header, in order
 */
record CsvLayout(String format, List<Column> columns) {

  /** What happens to a column's values. */
  enum Treatment {
    KEEP,
    /** The identifier column, replaced by the child's pseudonym. */
    CHILD_ID,
    /** A direct identifier: not written. */
    DROP,
    POSTCODE_SECTOR,
    /** A partner CSV's date of birth, written as {@code birth_month} ({@code yyyy-mm}, extracts.md). */
    BIRTH_MONTH,
    /** A date of birth kept in its place and format, at the first of its month. */
    FIRST_OF_MONTH
  }

  /** A source column, its name in the output (null when dropped) and its treatment. */
  record Column(String source, String output, Treatment treatment) {}

  /** The SSDA903 id column (statutory-facts.md §2): it keeps its name and carries the pseudonym. */
  static final String SSDA903_CHILD = "CHILD";
  static final String CHILD_ID = "child_id";
  static final String BIRTH_MONTH = "birth_month";

  /**
   * The layout of a CSV: SSDA903 when its header has a {@code CHILD} column and no id column is named,
   * otherwise a partner CSV whose id column is {@code idColumn} or the one named like an NHS number.
   */
  static CsvLayout of(String file, List<String> header, String idColumn) {
    if (idColumn == null && header.contains(SSDA903_CHILD)) {
      return build(file, "SSDA903 CSV", header, header.indexOf(SSDA903_CHILD), SSDA903_CHILD,
          Treatment.FIRST_OF_MONTH);
    }
    return build(file, "partner CSV", header, partnerIdIndex(file, header, idColumn), CHILD_ID,
        Treatment.BIRTH_MONTH);
  }

  private static int partnerIdIndex(String file, List<String> header, String idColumn) {
    if (idColumn != null) {
      int index = header.indexOf(idColumn);
      if (index < 0) {
        throw new InputFileException(file, "line 1", "id-column",
            "the header has no column " + idColumn + " (named by --nhs-column)");
      }
      return index;
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (ColumnNames.isNhsNumber(header.get(i))) {
        candidates.add(i);
      }
    }
    if (candidates.size() != 1) {
      throw new InputFileException(file, "line 1", "id-column",
          (candidates.isEmpty() ? "no column is named like an NHS number (nhs_number, NHS Number)"
              : "several columns are named like an NHS number")
          + "; name the column with --nhs-column");
    }
    return candidates.get(0);
  }

  private static CsvLayout build(String file, String format, List<String> header, int idIndex,
      String idOutput, Treatment dateOfBirth) {
    List<Column> columns = new ArrayList<>();
    Set<String> outputs = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      Column column = i == idIndex ? new Column(name, idOutput, Treatment.CHILD_ID) : classify(name,
          dateOfBirth);
      if (column.output() != null && !outputs.add(column.output())) {
        throw new InputFileException(file, "line 1", "duplicate-column",
            "the output would have two columns " + column.output() + " (the second from " + name + ")");
      }
      columns.add(column);
    }
    return new CsvLayout(format, List.copyOf(columns));
  }

  private static Column classify(String name, Treatment dateOfBirth) {
    if (ColumnNames.isDirectIdentifier(name)) {
      return new Column(name, null, Treatment.DROP);
    } else if (ColumnNames.isDateOfBirth(name)) {
      return dateOfBirth == Treatment.BIRTH_MONTH ? new Column(name, BIRTH_MONTH, Treatment.BIRTH_MONTH)
          : new Column(name, name, Treatment.FIRST_OF_MONTH);
    } else if (ColumnNames.isOtherBirthDate(name)) {
      return new Column(name, name, Treatment.FIRST_OF_MONTH);
    } else if (ColumnNames.isPostcode(name)) {
      return new Column(name, name, Treatment.POSTCODE_SECTOR);
    }
    return new Column(name, name, Treatment.KEEP);
  }

  int idIndex() {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).treatment() == Treatment.CHILD_ID) {
        return i;
      }
    }
    throw new IllegalStateException("A layout always has an id column");
  }

  List<String> outputHeader() {
    return columns.stream().map(Column::output).filter(name -> name != null).toList();
  }

  List<String> dropped() {
    return columns.stream().filter(c -> c.treatment() == Treatment.DROP).map(Column::source).toList();
  }
}
