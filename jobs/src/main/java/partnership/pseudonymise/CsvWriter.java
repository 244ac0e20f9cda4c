package partnership.pseudonymise;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import partnership.report.Csv;

/**
 * A minimal RFC 4180 CSV writer: UTF-8 without a byte-order mark, LF line ends, a field quoted only
 * when it holds a comma, a quote, CR or LF, quotes doubled.
 *
 */
final class CsvWriter implements Closeable {

  private final Writer out;

  CsvWriter(OutputStream bytes) {
    this.out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
  }

  void write(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(Csv.quote(fields.get(i)));
    }
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
