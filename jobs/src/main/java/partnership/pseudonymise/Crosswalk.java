package partnership.pseudonymise;

import partnership.ingest.csv.CsvReader;
import partnership.ingest.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import partnership.ingest.InputFileException;

/**
 * The council's map from its local child id (the {@code LAchildID} of the CIN census, the {@code CHILD}
 * of SSDA903) to the child's NHS number: a CSV with the header {@code local_id,nhs_number}.
 */
public final class Crosswalk {

  private final Map<String, String> nhsNumbers;

  private Crosswalk(Map<String, String> nhsNumbers) {
    this.nhsNumbers = nhsNumbers;
  }

  /**
   * Reads a crosswalk file. NHS numbers are not checked here but where they are used, so that a bad one
   * rejects only the rows of that child.
   *
   * @throws InputFileException when the header is not {@code local_id,nhs_number}, a row has a blank
   *     local id, or one local id maps to two NHS numbers
   */
  public static Crosswalk read(Path file) throws IOException {
    String name = file.toString();
    Map<String, String> nhsNumbers = new HashMap<>();
    try (InputStream bytes = Files.newInputStream(file); CsvReader csv = new CsvReader(bytes, name)) {
      CsvRecord header = csv.next();
      if (header == null || !header.fields().equals(List.of("local_id", "nhs_number"))) {
        throw new InputFileException(name, "line 1", "crosswalk-header",
            "its header must be local_id,nhs_number");
      }
      for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
        if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
          continue;
        }
        String localId = row.fields().get(0).strip();
        if (row.fields().size() != 2 || localId.isEmpty()) {
          throw new InputFileException(name, "line " + row.line(), "crosswalk-row",
              "a row must be a local id and an NHS number");
        }
        String nhsNumber = row.fields().get(1);
        String earlier = nhsNumbers.putIfAbsent(localId, nhsNumber);
        if (earlier != null && !earlier.equals(nhsNumber)) {
          throw new InputFileException(name, "line " + row.line(), "crosswalk-duplicate",
              "local id " + Masks.mask(localId)
                  + " maps to two different NHS numbers");
        }
      }
    }
    return new Crosswalk(nhsNumbers);
  }

  /** The NHS number recorded for a local id, as written in the crosswalk; null when there is none. */
  String nhsNumberOf(String localId) {
    return nhsNumbers.get(localId.strip());
  }
}
