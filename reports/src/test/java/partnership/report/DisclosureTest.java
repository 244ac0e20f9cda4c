package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private final Disclosure disclosure = new Disclosure(5);

  static MetricRow row(String id, String breakdown, String value, Long numerator, Long denominator, Double v,
      String unit) {
    return new MetricRow(id, "2024-25", breakdown, value, numerator, denominator, v, unit, MetricRow.OK, null);
  }

  static MetricRow headline(String id, Long numerator, Long denominator, Double value, String unit) {
    return row(id, "all", "all", numerator, denominator, value, unit);
  }

  @Test
  void countsFromOneToTheThresholdBecomeCAndZeroStays() {
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("T3", 3L, 40L, 7.5, "percent"),
        headline("T4", 0L, 40L, 0.0, "percent"),
        headline("T5", 5L, 6L, 83.3, "percent"),
        headline("T6", 6L, 6L, 100.0, "percent")));

    assertThat(out).extracting(SuppressedRow::numerator, SuppressedRow::denominator, SuppressedRow::value)
        .containsExactly(
            tuple("c", "40", "c"),
            tuple("0", "40", "0.0"),
            tuple("c", "6", "c"),
            tuple("6", "6", "100.0"));
  }

  @Test
  void oneSmallCellHidesTheNextSmallestWhenTheTotalIsShown() {
    // 43 referrals by source; police (3) alone is small, so education (8), the next smallest, goes too:
    // otherwise 43 - 12 - 8 - 20 = 3 gives police back.
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("T2", 43L, 47000L, 9.1, "rate_per_10000"),
        row("T2", "source", "police", 3L, 43L, 7.0, "percent"),
        row("T2", "source", "health", 12L, 43L, 27.9, "percent"),
        row("T2", "source", "education", 8L, 43L, 18.6, "percent"),
        row("T2", "source", "other", 20L, 43L, 46.5, "percent")));

    assertThat(out).extracting(SuppressedRow::breakdownValue, SuppressedRow::numerator, SuppressedRow::value)
        .containsExactly(
            tuple("all", "43", "9.1"),
            tuple("police", "c", "c"),
            tuple("health", "12", "27.9"),
            tuple("education", "c", "c"),
            tuple("other", "20", "46.5"));
  }

  @Test
  void twoSmallCellsProtectEachOther() {
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("T2", 33L, 47000L, 7.0, "rate_per_10000"),
        row("T2", "source", "police", 3L, 33L, 9.1, "percent"),
        row("T2", "source", "health", 2L, 33L, 6.1, "percent"),
        row("T2", "source", "education", 8L, 33L, 24.2, "percent"),
        row("T2", "source", "other", 20L, 33L, 60.6, "percent")));

    assertThat(out).extracting(SuppressedRow::numerator).containsExactly("33", "c", "c", "8", "20");
  }

  @Test
  void zerosStayVisibleAndAreNeverTheSecondaryCell() {
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("T2", 23L, 47000L, 4.9, "rate_per_10000"),
        row("T2", "source", "police", 0L, 23L, 0.0, "percent"),
        row("T2", "source", "health", 3L, 23L, 13.0, "percent"),
        row("T2", "source", "education", 9L, 23L, 39.1, "percent"),
        row("T2", "source", "other", 11L, 23L, 47.8, "percent")));

    assertThat(out).extracting(SuppressedRow::numerator, SuppressedRow::value)
        .containsExactly(
            tuple("23", "4.9"),
            tuple("0", "0.0"),
            tuple("c", "c"),
            tuple("c", "c"),
            tuple("11", "47.8"));
  }

  @Test
  void withoutAShownTotalOnlyTheSmallCellIsHidden() {
    // No headline row and a denominator per row: nothing to subtract from.
    List<SuppressedRow> out = disclosure.apply(List.of(
        row("T4", "age_band", "0-4", 3L, 10L, 30.0, "percent"),
        row("T4", "age_band", "5-9", 10L, 12L, 83.3, "percent"),
        row("T4", "age_band", "10-15", 12L, 14L, 85.7, "percent")));

    assertThat(out).extracting(SuppressedRow::numerator).containsExactly("c", "10", "12");
  }

  @Test
  void denominatorsThatDifferByRowAreSecondarySuppressedAgainstTheHeadlineDenominator() {
    // Children by risk grade are 4, 12 and 15 (31 in all): 4 is small, 12 goes with it; both ratios are c.
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("M1", 57L, 31L, 1.84, "ratio"),
        row("M1", "risk_grade", "high", 7L, 4L, 1.75, "ratio"),
        row("M1", "risk_grade", "medium", 20L, 12L, 1.67, "ratio"),
        row("M1", "risk_grade", "low", 30L, 15L, 2.0, "ratio")));

    assertThat(out).extracting(SuppressedRow::numerator, SuppressedRow::denominator, SuppressedRow::value)
        .containsExactly(
            tuple("57", "31", "1.84"),
            tuple("7", "c", "c"),
            tuple("20", "c", "c"),
            tuple("30", "15", "2.00"));
  }

  @Test
  void aRateWithASmallNumeratorIsC() {
    List<SuppressedRow> out = disclosure.apply(List.of(headline("N2", 4L, 47000L, 0.9, "rate_per_10000")));

    assertThat(out).extracting(SuppressedRow::numerator, SuppressedRow::denominator, SuppressedRow::value)
        .containsExactly(tuple("c", "47000", "c"));
  }

  @Test
  void aCountMetricWithoutNumeratorIsJudgedOnItsValue() {
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("M8", null, null, 3.0, "count"), headline("E5", null, null, 7.0, "count")));

    assertThat(out).extracting(SuppressedRow::value).containsExactly("c", "7");
  }

  @Test
  void onTiesTheFirstInReadingOrderIsTheSecondaryCell() {
    List<SuppressedRow> out = disclosure.apply(List.of(
        headline("M1", 19L, 10L, 1.9, "ratio"),
        row("M1", "age_band", "10-15", 8L, 10L, 0.8, "ratio"),
        row("M1", "age_band", "5-9", 8L, 10L, 0.8, "ratio"),
        row("M1", "age_band", "0-4", 3L, 10L, 0.3, "ratio")));

    assertThat(out).extracting(SuppressedRow::breakdownValue, SuppressedRow::numerator)
        .containsExactly(tuple("all", "19"), tuple("10-15", "8"), tuple("5-9", "c"), tuple("0-4", "c"));
  }

  @Test
  void aMetricWithoutFigureKeepsItsStatusAndNote() {
    MetricRow missing = new MetricRow("E4", "2024-25", "all", "all", null, null, null, "rate_per_10000",
        MetricRow.NOT_AVAILABLE, "housing/temporary_accommodation.csv was not delivered");

    assertThat(disclosure.apply(List.of(missing))).containsExactly(new SuppressedRow("E4", "2024-25", "all", "all",
        "", "", "", "rate_per_10000", MetricRow.NOT_AVAILABLE, "housing/temporary_accommodation.csv was not delivered"));
  }

  @Test
  void aThresholdFromConfigurationMovesTheLine() {
    List<SuppressedRow> out = new Disclosure(10).apply(List.of(headline("T3", 10L, 11L, 90.9, "percent")));

    assertThat(out).extracting(SuppressedRow::numerator, SuppressedRow::denominator).containsExactly(tuple("c", "11"));
  }
}
