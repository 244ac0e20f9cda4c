package partnership.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and times read digit by digit: the values the java.time formatters accept, the same; nothing else. */
class IsoDigitsTest {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Test
  void theCommonShapesAreRead() {
    assertThat(IsoDigits.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDigits.localTimestamp("2024-07-01T10:30")).isEqualTo(LocalDateTime.of(2024, 7, 1, 10, 30));
    assertThat(IsoDigits.localTimestamp("2024-07-01T23:59:58"))
        .isEqualTo(LocalDateTime.of(2024, 7, 1, 23, 59, 58));
    assertThat(IsoDigits.localTimestamp("2024-07-01T00:00:05.250"))
        .isEqualTo(LocalDateTime.of(2024, 7, 1, 0, 0, 5, 250_000_000));
  }

  @Test
  void unrealValuesAndOtherShapesAreLeftToTheFormatters() {
    assertThat(IsoDigits.date("2023-02-29")).isNull();
    assertThat(IsoDigits.date("2024-13-01")).isNull();
    assertThat(IsoDigits.date("2024-7-01")).isNull();
    assertThat(IsoDigits.date("01/07/2024")).isNull();
    assertThat(IsoDigits.date("2024-07-01T10:30")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-02-30T10:00")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-07-01T24:00")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-07-01T10:60")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-07-01 10:30")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-07-01T10:30:15.25")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-07-02T09:00:00+01:00")).isNull();
    assertThat(IsoDigits.localTimestamp("2024-07-01")).isNull();
  }

  @Test
  void whatEitherAcceptsTheOtherReadsAlike() {
    List<String> dates = List.of("2024-02-29", "2023-02-29", "2024-12-31", "2024-00-10", "2024-04-31", "1950-01-01",
        "0000-01-01", "2024-1-01", "2024-01-1x", "+2024-01-01");
    for (String text : dates) {
      assertThat(IsoDigits.date(text)).as(text).isEqualTo(orNull(() -> LocalDate.parse(text, ISO_DATE)));
    }
    List<String> times = List.of("2024-07-01T10:30", "2024-07-01T10:30:00", "2024-07-01T10:30:00.000",
        "2024-07-01T23:59:59.999", "2024-07-01T24:00", "2024-07-01T10:61", "2024-07-01T10:30:60",
        "2024-02-29T00:00", "2023-02-29T00:00", "2024-07-01T1:30", "2024-07-01T10:30:0", "2024-07-01T10:30.000");
    for (String text : times) {
      assertThat(IsoDigits.localTimestamp(text)).as(text)
          .isEqualTo(orNull(() -> LocalDateTime.parse(text, ValueParser.LOCAL_TIMESTAMP)));
    }
  }

  private static <T> T orNull(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
