package partnership.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import partnership.contract.Contracts;
import partnership.contract.TableContract;
import partnership.ingest.InputFileException;
import partnership.ingest.RawRecord;
import partnership.ingest.validate.Outcome.Accepted;
import partnership.ingest.validate.Outcome.Rejected;

/** The row rules, run against the shipped contract of police/missing_episodes.csv and the CIN assessments. */
class TableValidatorTest {

  private static final String CHILD = "mfrggzdfmztwq2lknnwg23tpobyxe43uov3ho6dzpiytemzu";
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final Contracts CONTRACTS = Contracts.load();

  private static TableValidator validator(String file) {
    TableContract table = CONTRACTS.forFile(file).orElseThrow().tables().get(0);
    return new TableValidator(table, TODAY);
  }

  private static Map<String, String> episode() {
    Map<String, String> values = new HashMap<>();
    values.put("occurrence_id", "OCC-1");
    values.put("child_id", CHILD);
    values.put("reported_at", "2024-07-01T10:30");
    values.put("last_seen_at", "2024-07-01T08:00");
    values.put("returned_at", "2024-07-02T09:00:00+01:00");
    values.put("risk_grade", "medium");
    values.put("from_care", "N");
    return values;
  }

  private static Outcome validate(TableValidator validator, Map<String, String> values) {
    return validator.validate("police/missing_episodes.csv",
        new RawRecord("stg_police__missing_episodes", 2, "line 2", values));
  }

  @Test
  void aGoodRowIsTypedWithLondonLocalTimesAndOffsetsRespected() {
    Outcome outcome = validate(validator("police/missing_episodes.csv"), episode());
    assertThat(outcome).isInstanceOf(Accepted.class);
    Object[] values = ((Accepted) outcome).values();
    // 10:30 British Summer Time is 09:30 UTC; "+01:00" is explicit.
    assertThat(values[2]).isEqualTo(Instant.parse("2024-07-01T09:30:00Z"));
    assertThat(values[4]).isEqualTo(Instant.parse("2024-07-02T08:00:00Z"));
    assertThat(values[6]).isEqualTo(Boolean.FALSE);
    assertThat(values[7]).isNull();
  }

  @Test
  void impossibleDatesUnknownCodesAndBlankRequiredValuesAreRejectedWithTheirRule() {
    Map<String, String> feb30 = episode();
    feb30.put("reported_at", "2024-02-30T10:00");
    assertThat((Rejected) validate(validator("police/missing_episodes.csv"), feb30))
        .extracting(Rejected::rule, Rejected::column, Rejected::value)
        .containsExactly("timestamp_format", "reported_at", "2024-02-30T10:00");

    Map<String, String> code = episode();
    code.put("risk_grade", "severe");
    assertThat(((Rejected) validate(validator("police/missing_episodes.csv"), code)).rule()).isEqualTo("unknown_code");

    Map<String, String> blank = episode();
    blank.put("child_id", "  ");
    assertThat(((Rejected) validate(validator("police/missing_episodes.csv"), blank)).rule()).isEqualTo("required");

    Map<String, String> old = episode();
    old.put("reported_at", "1900-01-01T00:00");
    assertThat(((Rejected) validate(validator("police/missing_episodes.csv"), old)).rule())
        .isEqualTo("date_implausible");

    Map<String, String> future = episode();
    future.put("reported_at", "2025-06-02T00:00");
    assertThat(((Rejected) validate(validator("police/missing_episodes.csv"), future)).rule())
        .isEqualTo("date_in_future");
  }

  @Test
  void anEndBeforeItsStartIsQuarantinedOrKeptAsAFindingAsTheContractSays() {
    Map<String, String> backwards = episode();
    backwards.put("returned_at", "2024-07-01T07:59");
    assertThat(((Rejected) validate(validator("police/missing_episodes.csv"), backwards)).rule())
        .isEqualTo("returned_before_last_seen");

    // CIN rule 8608 is a finding only: metrics.md keeps the assessment in volumes.
    TableValidator assessments = new TableValidator(
        CONTRACTS.forFile("csc/cin_census_2025.xml").orElseThrow().tables().get(2), TODAY);
    Map<String, String> assessment = new HashMap<>();
    assessment.put("LAchildID", CHILD);
    assessment.put("CINreferralDate", "2024-05-01");
    assessment.put("AssessmentActualStartDate", "2024-05-10");
    assessment.put("AssessmentAuthorisationDate", "2024-05-09");
    assessment.put("AssessmentFactors", "16A, 10A");
    assessment.put("ReferenceDate", "2025-03-31");
    Outcome outcome = assessments.validate("csc/cin_census_2025.xml",
        new RawRecord("cin_assessments", 40, "/Message/Children/Child[1]/CINdetails[1]/Assessments[1]", assessment));
    assertThat(((Accepted) outcome).warnings()).containsExactly("dfe_8608_authorised_before_start");
    assertThat(((Accepted) outcome).values()[4]).isEqualTo(java.util.List.of("16A", "10A"));
  }

  @Test
  void aSecondRowWithTheSameKeyIsADuplicate() {
    TableValidator validator = validator("police/missing_episodes.csv");
    assertThat(validate(validator, episode())).isInstanceOf(Accepted.class);
    Rejected second = (Rejected) validate(validator, episode());
    assertThat(second.rule()).isEqualTo("duplicate_key");
    assertThat(second.column()).isEqualTo("occurrence_id");
  }

  @Test
  void aRawNhsNumberOrUpnRefusesTheWholeFileWithoutEchoingTheValue() {
    Map<String, String> nhs = episode();
    nhs.put("child_id", "999 000 0018");
    assertThatThrownBy(() -> validate(validator("police/missing_episodes.csv"), nhs))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining("police/missing_episodes.csv at line 2, column child_id")
        .hasMessageContaining("raw_nhs_number")
        .hasMessageNotContaining("0018");

    Map<String, String> upn = episode();
    upn.put("child_id", "A123456789012");
    assertThatThrownBy(() -> validate(validator("police/missing_episodes.csv"), upn))
        .hasMessageContaining("raw_upn")
        .hasMessageNotContaining("456789012");
  }

  private static Outcome placement(TableValidator validator, String child, String household, String placed,
      String left) {
    Map<String, String> values = new HashMap<>();
    values.put("child_id", child);
    values.put("household_id", household);
    values.put("placed_date", placed);
    values.put("left_date", left);
    values.put("accommodation_type", "bed_and_breakfast");
    values.put("out_of_area", "N");
    return validator.validate("housing/temporary_accommodation.csv",
        new RawRecord("stg_housing__temporary_accommodation", 2, "line 2", values));
  }

  @Test
  void aHouseholdPlacedTwiceAtOnceIsQuarantinedButSiblingsAndSameDayMovesAreNot() {
    TableValidator validator = validator("housing/temporary_accommodation.csv");
    String sibling = "nbswy3dpeb3w64tmmqqgq2lmnrxxe3djnzsxe33ogq2tmnzy";
    assertThat(placement(validator, CHILD, "H1", "2024-01-01", "2024-03-01")).isInstanceOf(Accepted.class);
    // The sibling of the same placement: same household, same start.
    assertThat(placement(validator, sibling, "H1", "2024-01-01", "2024-03-01")).isInstanceOf(Accepted.class);
    // A second placement of H1 starting inside the first.
    Rejected twice = (Rejected) placement(validator, CHILD, "H1", "2024-02-01", "2024-04-01");
    assertThat(twice.rule()).isEqualTo("household_placed_twice_at_once");
    assertThat(twice.message()).contains("2024-01-01 to 2024-03-01");
    // Moving on the day the first placement ended is not an overlap.
    assertThat(placement(validator, CHILD, "H1", "2024-03-01", null)).isInstanceOf(Accepted.class);
    // Nothing can start while an open placement (no left_date) is running.
    assertThat(((Rejected) placement(validator, CHILD, "H1", "2024-06-01", null)).rule())
        .isEqualTo("household_placed_twice_at_once");
  }
}
