package partnership.pseudonymise;

import partnership.ingest.csv.CsvReader;
import partnership.ingest.csv.CsvRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import partnership.ingest.InputFileException;

/** RFC 4180 reading and writing, as extracts.md's common rules for CSV extracts want. */
class CsvRoundTripTest {

  private static List<CsvRecord> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<CsvRecord> read(byte[] bytes) throws IOException {
    List<CsvRecord> rows = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), "test.csv")) {
      for (CsvRecord row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void readsPlainFieldsWithLfOrCrlf() throws IOException {
    assertThat(read("a,b,c\n1,,3\n")).containsExactly(
        new CsvRecord(1, List.of("a", "b", "c")), new CsvRecord(2, List.of("1", "", "3")));
    assertThat(read("a,b\r\n1,2\r\n")).containsExactly(
        new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("1", "2")));
  }

  @Test
  void readsALastLineWithoutLineEnd() throws IOException {
    assertThat(read("a,b\n1,2")).extracting(CsvRecord::fields)
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> rows = read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");
    assertThat(rows).extracting(CsvRecord::fields).containsExactly(
        List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "z"), List.of("last", "row"));
    // The record after a quoted line break starts on line 5: line numbers count physical lines.
    assertThat(rows).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
  }

  @Test
  void skipsAByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "nhs_number\n1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    assertThat(read(bytes).get(0).fields()).containsExactly("nhs_number");
  }

  @Test
  void refusesAQuoteThatIsNeverClosed() {
    assertThatThrownBy(() -> read("a\n\"open\n"))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("test.csv at line 2");
  }

  @Test
  void keepsAQuoteInsideAnUnquotedFieldAsText() throws IOException {
    // Not RFC 4180, but common in hand-edited files: the quote is data, and the row's values are then
    // checked like any other (a bad identifier is rejected by its own rule).
    assertThat(read("a,b\nx\"y,z\n")).extracting(CsvRecord::fields)
        .containsExactly(List.of("a", "b"), List.of("x\"y", "z"));
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    assertThatThrownBy(() -> read(new byte[] {'a', '\n', (byte) 0xFF, '\n'}))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("not_utf8");
  }

  @Test
  void writesWhatItReadsBack() throws IOException {
    List<List<String>> rows = List.of(List.of("a", "b,c"), List.of("say \"hi\"", "two\nlines"),
        List.of("", "plain"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter writer = new CsvWriter(bytes)) {
      for (List<String> row : rows) {
        writer.write(row);
      }
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("a,\"b,c\"\n\"say \"\"hi\"\"\",\"two\nlines\"\n,plain\n");
    assertThat(read(bytes.toByteArray())).extracting(CsvRecord::fields).isEqualTo(rows);
  }
}
