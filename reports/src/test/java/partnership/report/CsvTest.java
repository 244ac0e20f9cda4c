package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as the published files hold it, written and read back. */
class CsvTest {

  @Test
  void aFieldIsQuotedOnlyWhenItHoldsACommaQuoteOrLineBreak() {
    assertThat(Csv.quote("T4")).isEqualTo("T4");
    assertThat(Csv.quote(null)).isEmpty();
    assertThat(Csv.quote("needs csc/contacts.csv, police/referrals.csv"))
        .isEqualTo("\"needs csc/contacts.csv, police/referrals.csv\"");
    assertThat(Csv.quote("the \"front door\"")).isEqualTo("\"the \"\"front door\"\"\"");
    assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void recordsReadBackWhatWriteWrote(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("metrics.csv");
    List<String> header = List.of("metric_id", "numerator", "note");
    List<List<String>> lines = List.of(
        List.of("T4", "519040", ""),
        List.of("M7", "", "needs csc/contacts.csv, police/referrals.csv"),
        List.of("Q1", "3", "the \"front door\"\nand a second line"));

    Csv.write(file, header, lines);

    // The header, then each line's fields as given: the comma, the doubled quotes and the line break were quoted.
    assertThat(Csv.records(Files.readString(file, StandardCharsets.UTF_8)))
        .containsExactly(header, lines.get(0), lines.get(1), lines.get(2));
  }

  @Test
  void anEmptyTextHasNoRecords() {
    assertThat(Csv.records("")).isEmpty();
  }
}
