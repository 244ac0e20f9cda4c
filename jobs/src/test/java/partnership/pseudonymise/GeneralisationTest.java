package partnership.pseudonymise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is left of a date of birth, a postcode and an identifier shown in a rejects file. */
class GeneralisationTest {

  @Test
  void aDateOfBirthIsCutToTheFirstOfItsMonthInItsOwnFormat() {
    assertThat(BirthDates.firstOfMonth("2015-03-27")).isEqualTo("2015-03-01");
    assertThat(BirthDates.firstOfMonth("27/03/2015")).isEqualTo("01/03/2015");
    assertThat(BirthDates.firstOfMonth(" 27/03/2015 ")).isEqualTo("01/03/2015");
    assertThat(BirthDates.firstOfMonth("")).isEmpty();
  }

  @Test
  void aDateOfBirthBecomesABirthMonth() {
    assertThat(BirthDates.month("2015-03-27")).isEqualTo("2015-03");
    assertThat(BirthDates.month("27/03/2015")).isEqualTo("2015-03");
    assertThat(BirthDates.month("")).isEmpty();
  }

  @Test
  void whatIsNotADateCannotBeCut() {
    assertThat(BirthDates.firstOfMonth("27 March 2015")).isNull();
    assertThat(BirthDates.firstOfMonth("2015-3-27")).isNull();
    assertThat(BirthDates.month("27.03.2015")).isNull();
  }

  @Test
  void aPostcodeIsCutToItsSector() {
    assertThat(Postcodes.sector("B91 3QB")).isEqualTo("B91 3");
    assertThat(Postcodes.sector("b913qb")).isEqualTo("B91 3");
    assertThat(Postcodes.sector("SW1A 1AA")).isEqualTo("SW1A 1");
    assertThat(Postcodes.sector("M1 1AE")).isEqualTo("M1 1");
    assertThat(Postcodes.sector("B91 3")).isEqualTo("B91 3");
  }

  @Test
  void whatIsNotAPostcodeIsNotPassedOn() {
    assertThat(Postcodes.sector("12 High Street")).isEmpty();
    assertThat(Postcodes.sector("B91")).isEmpty();
    assertThat(Postcodes.sector("")).isEmpty();
    assertThat(Postcodes.sector(null)).isEmpty();
  }

  @Test
  void aMaskShowsOnlyTheLastThreeCharacters() {
    assertThat(Masks.mask("999 000 0018")).isEqualTo("*******018");
    assertThat(Masks.mask("9990000018")).isEqualTo("*******018");
    assertThat(Masks.mask("1234567")).isEqualTo("*******");
    assertThat(Masks.mask("")).isEmpty();
    assertThat(Masks.mask(null)).isEmpty();
  }

  @Test
  void columnNamesSayWhatIsADirectIdentifier() {
    for (String name : new String[] {"name", "Forename", "surname", "first_name", "Last Name",
        "address", "address_line_1", "nhs_number", "mother_nhs_number", "UPN", "FormerUPN"}) {
      assertThat(ColumnNames.isDirectIdentifier(name)).as(name).isTrue();
    }
    for (String name : new String[] {"child_id", "referral_id", "received_at", "concern", "UPNunknown",
        "LAchildID", "CHILD", "DOB", "postcode"}) {
      assertThat(ColumnNames.isDirectIdentifier(name)).as(name).isFalse();
    }
  }

  @Test
  void columnNamesSayWhichHoldOtherDatesOfBirth() {
    assertThat(ColumnNames.isOtherBirthDate("MC_DOB")).isTrue();
    assertThat(ColumnNames.isOtherBirthDate("ExpectedPersonBirthDate")).isTrue();
    assertThat(ColumnNames.isOtherBirthDate("mother_date_of_birth")).isTrue();
    assertThat(ColumnNames.isOtherBirthDate("DOB")).isFalse(); // the child's own: isDateOfBirth
    assertThat(ColumnNames.isOtherBirthDate("birth_month")).isFalse();
    assertThat(ColumnNames.isOtherBirthDate("birth_weight")).isFalse();
  }

  @Test
  void columnNamesSayWhichHoldsTheNhsNumber() {
    assertThat(ColumnNames.isNhsNumber("nhs_number")).isTrue();
    assertThat(ColumnNames.isNhsNumber("NHS Number")).isTrue();
    assertThat(ColumnNames.isNhsNumber("NHSNo")).isTrue();
    assertThat(ColumnNames.isNhsNumber("mother_nhs_number")).isFalse();
  }
}
