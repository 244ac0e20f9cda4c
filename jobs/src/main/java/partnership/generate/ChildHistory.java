package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A synthetic child and everything the partners recorded about them, earliest first within each list. */
final class ChildHistory {

  final String childId;
  final LocalDate birthDate;
  final String sex;
  final String ethnicity;
  final String disability;
  final List<Contact> contacts = new ArrayList<>();
  final List<PartnerReferral> policeReferrals = new ArrayList<>();
  final List<PartnerReferral> healthReferrals = new ArrayList<>();
  final List<CinEpisode> episodes = new ArrayList<>();
  final List<CarePeriod> carePeriods = new ArrayList<>();
  final List<HealthAssessment> healthAssessments = new ArrayList<>();
  final List<MissingEpisode> missingEpisodes = new ArrayList<>();
  final List<MissingEducation> missingEducation = new ArrayList<>();
  final List<TemporaryStay> temporaryStays = new ArrayList<>();
  int previousPlans;

  ChildHistory(String childId, LocalDate birthDate, String sex, String ethnicity, String disability) {
    this.childId = childId;
    this.birthDate = birthDate;
    this.sex = sex;
    this.ethnicity = ethnicity;
    this.disability = disability;
  }

  /** The first day on which the child is an adult: nothing is generated from then on. */
  LocalDate adulthood() {
    return birthDate.plusYears(18);
  }

  /** What partners' extracts keep of the date of birth: its month. */
  LocalDate birthMonth() {
    return birthDate.withDayOfMonth(1);
  }

  double ageAt(LocalDate date) {
    return (date.toEpochDay() - birthDate.toEpochDay()) / 365.25;
  }

  boolean isLookedAfterOn(LocalDate date) {
    return carePeriods.stream().anyMatch(period -> period.covers(date));
  }
}
