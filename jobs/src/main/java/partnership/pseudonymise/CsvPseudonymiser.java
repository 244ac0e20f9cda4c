package partnership.pseudonymise;

import partnership.ingest.csv.CsvReader;
import partnership.ingest.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import partnership.ingest.InputFileException;

/** Pseudonymises a partner or SSDA903 CSV row by row, as its {@link CsvLayout} says. */
final class CsvPseudonymiser {

  private final ChildIds childIds;
  private final String idColumn;

  /** {@code idColumn} names the identifier column of a partner CSV; null to find it by name. */
  CsvPseudonymiser(ChildIds childIds, String idColumn) {
    this.childIds = childIds;
    this.idColumn = idColumn;
  }

  Summary pseudonymise(String file, InputStream in, OutputStream out, Rejects rejects)
      throws IOException {
    long written = 0;
    try (CsvReader reader = new CsvReader(in, file); CsvWriter writer = new CsvWriter(out)) {
      CsvRecord header = reader.next();
      if (header == null) {
        throw new InputFileException(file, "line 1", "csv-header", "the file is empty");
      }
      CsvLayout layout = CsvLayout.of(file, header.fields(), idColumn);
      writer.write(layout.outputHeader());
      int idIndex = layout.idIndex();
      for (CsvRecord row = reader.next(); row != null; row = reader.next()) {
        List<String> fields = row.fields();
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
          continue; // a blank line holds no record
        }
        if (fields.size() != layout.columns().size()) {
          rejects.reject(row.line(), "the row has " + fields.size() + " fields where the header has "
              + layout.columns().size(), idIndex < fields.size() ? fields.get(idIndex) : null);
          continue;
        }
        String identifier = fields.get(idIndex);
        String rejectReason = transform(layout, fields);
        if (rejectReason != null) {
          rejects.reject(row.line(), rejectReason, identifier);
        } else {
          writer.write(output(layout, fields));
          written++;
        }
      }
      return new Summary(layout.format(), "rows", written, rejects.count(), layout.dropped());
    }
  }

  /** Replaces each field in place by what is written for it; returns why the row is rejected, or null. */
  private String transform(CsvLayout layout, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      CsvLayout.Column column = layout.columns().get(i);
      String value = fields.get(i);
      if (column.treatment() == CsvLayout.Treatment.CHILD_ID) {
        ChildIds.Outcome outcome = childIds.resolve(value);
        if (outcome.rejectReason() != null) {
          return column.source() + ": " + outcome.rejectReason();
        }
        fields.set(i, outcome.childId());
        continue;
      }
      String result = switch (column.treatment()) {
        case POSTCODE_SECTOR -> Postcodes.sector(value);
        case BIRTH_MONTH -> BirthDates.month(value);
        case FIRST_OF_MONTH -> BirthDates.firstOfMonth(value);
        default -> value;
      };
      if (result == null) {
        return column.source() + ": not a date in yyyy-mm-dd or dd/mm/yyyy";
      }
      fields.set(i, result);
    }
    return null;
  }

  private static List<String> output(CsvLayout layout, List<String> fields) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (layout.columns().get(i).treatment() != CsvLayout.Treatment.DROP) {
        out.add(fields.get(i));
      }
    }
    return out;
  }
}
