package partnership.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.ingest.InputFileException;

class CsvReaderTest {

  @TempDir Path dir;

  private List<CsvRecord> readAll(byte[] bytes) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.write(file, bytes);
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(file, "police/f.csv")) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }

  private List<CsvRecord> readAll(String text) throws IOException {
    return readAll(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void byteOrderMarkIsSkippedSoTheFirstHeaderKeepsItsName() throws IOException {
    List<CsvRecord> records = readAll("\uFEFFchild_id,risk_grade\nabc,low\n");
    assertThat(records.get(0).fields()).containsExactly("child_id", "risk_grade");
    assertThat(records.get(1).fields()).containsExactly("abc", "low");
  }

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndNewlinesAndLinesCountFromTheRecordStart() throws IOException {
    List<CsvRecord> records = readAll("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,row");
    assertThat(records).hasSize(4);
    assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"");
    assertThat(records.get(1).line()).isEqualTo(2);
    assertThat(records.get(2).fields()).containsExactly("two\nlines", "z");
    assertThat(records.get(2).line()).isEqualTo(3);
    // The record after a two-line record starts on line 5; a last line without a newline is still read.
    assertThat(records.get(3).line()).isEqualTo(5);
    assertThat(records.get(3).fields()).containsExactly("last", "row");
  }

  @Test
  void recordsAcrossManyBuffersOfTextAreReadWhole() throws IOException {
    // 20,000 records of 20-120 characters: the reader's 65,536-character buffer ends inside every kind of
    // field (plain, quoted, doubled quote, CRLF) somewhere in the file.
    StringBuilder text = new StringBuilder("id,said,padding\r\n");
    for (int i = 0; i < 20_000; i++) {
      text.append(i).append(",\"say \"\"").append(i).append("\"\"\",").append("x".repeat(i % 97)).append("\r\n");
    }
    List<CsvRecord> records = readAll(text.toString());

    assertThat(records).hasSize(20_001);
    for (int i = 0; i < 20_000; i++) {
      CsvRecord record = records.get(i + 1);
      assertThat(record.line()).isEqualTo(i + 2);
      assertThat(record.fields()).containsExactly(String.valueOf(i), "say \"" + i + "\"", "x".repeat(i % 97));
    }
  }

  @Test
  void bytesThatAreNotUtf8FarIntoTheFileNameTheirLine() {
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 2; i < 5_000; i++) {
      text.append("row").append(i).append(",value\n");
    }
    byte[] start = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "bad,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[start.length + bad.length];
    System.arraycopy(start, 0, bytes, 0, start.length);
    System.arraycopy(bad, 0, bytes, start.length, bad.length);

    assertThatThrownBy(() -> readAll(bytes))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("police/f.csv at line 5000")
        .hasMessageContaining("not_utf8");
  }

  @Test
  void emptyFieldsAndBlankLinesAreKept() throws IOException {
    List<CsvRecord> records = readAll("a,b,c\n,,\n\n");
    assertThat(records.get(1).fields()).containsExactly("", "", "");
    assertThat(records.get(2).isBlank()).isTrue();
  }

  @Test
  void aQuoteLeftOpenIsAnErrorNamingTheLineItOpenedOn() {
    assertThatThrownBy(() -> readAll("a,b\nx,y\n\"open,z\nmore\n"))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("police/f.csv at line 3")
        .hasMessageContaining("quote_not_closed");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorNamingTheLine() {
    byte[] latin1 = "a,b\nok,row\nbad,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> readAll(latin1))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("not_utf8");
  }

  @Test
  void aFileThatIsNotUtf8FromItsFirstByteIsClosedWhenRefused() {
    // Refused in the constructor, before the caller holds a reader it could close.
    boolean[] closed = {false};
    ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[] {(byte) 0xFF, 'a', '\n'}) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThatThrownBy(() -> new CsvReader(bytes, "police/f.csv"))
        .isInstanceOf(InputFileException.class)
        .hasMessage("Cannot read police/f.csv at line 1: the bytes are not valid UTF-8 (save the file as UTF-8)"
            + " [rule not_utf8]");
    assertThat(closed[0]).isTrue();
  }

  @Test
  void aQuoteLeftOpenOnAnEndlessStreamStopsAtTheRecordLimit() throws IOException {
    // Line 2 opens a quote and the bytes never end: without a limit the field would grow until memory ran out.
    InputStream endless = new InputStream() {
      private final byte[] start = "a,b\nx,\"".getBytes(StandardCharsets.US_ASCII);
      private int at;

      @Override
      public int read() {
        return at < start.length ? start[at++] : 'y';
      }
    };
    try (CsvReader reader = new CsvReader(endless, "police/f.csv")) {
      assertThat(reader.next().fields()).containsExactly("a", "b");
      assertThatThrownBy(reader::next)
          .isInstanceOf(InputFileException.class)
          .hasMessage("Cannot read police/f.csv at line 2: a quoted field opened on this line runs on for more than"
              + " 16,777,216 characters: a quote left open? [rule quote_not_closed]");
    }
  }

  @Test
  void aRecordWithoutLineBreaksStopsAtTheRecordLimit() throws IOException {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'z';
      }
    };
    try (CsvReader reader = new CsvReader(endless, "police/f.csv")) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(InputFileException.class)
          .hasMessage("Cannot read police/f.csv at line 1: the record on this line is longer than 16,777,216"
              + " characters: is this a CSV file? [rule record_too_long]");
    }
  }
}
