package partnership.ingest;

import java.util.Map;

/**
 * One record as read from a partner file, every value still text, with where it came from.
 *
 * @param table the contract table it belongs to (a CSV file has one; a CIN census file has several)
 * @param line the 1-based line the record starts on (for XML, the line of its element)
 * @param location a human pointer to the record: {@code "line 12"} for CSV, an XML path such as
 *     {@code /Message/Children/Child[3]/CINdetails[2]/Assessments[1]} for XML
 * @param values source field name to text value; a field that is absent or empty maps to {@code null}
 */
public record RawRecord(String table, long line, String location, Map<String, String> values) {

  public String value(String field) {
    return values.get(field);
  }
}
