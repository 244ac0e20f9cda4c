package partnership.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The other partners' extracts: police and health (statutory partners), and the council's education
 * and housing services, each with the optional {@code birth_month} column.
 */
final class PartnerFiles implements Closeable {

  private final LocalDate windowStart;
  private final LocalDate periodEnd;
  private final CsvFile policeMissing;
  private final CsvFile policeReferrals;
  private final CsvFile healthReferrals;
  private final CsvFile healthAssessments;
  private final CsvFile missingEducation;
  private final CsvFile temporaryAccommodation;
  private long occurrenceIds;
  private long policeReferralIds;
  private long healthReferralIds;

  PartnerFiles(GeneratorOptions options) {
    this.windowStart = options.windowStart();
    this.periodEnd = options.periodEnd();
    Path out = options.out();
    long seed = options.seed();
    double rate = options.faultRate();
    policeMissing = new CsvFile(out, "police/missing_episodes.csv",
        List.of("occurrence_id", "child_id", "reported_at", "last_seen_at", "returned_at", "risk_grade", "from_care",
            "birth_month"),
        new CsvFile.Columns(5, "severe", 3, 4, 1), seed, rate);
    policeReferrals = new CsvFile(out, "police/referrals.csv",
        List.of("referral_id", "child_id", "created_at", "shared_at", "concern", "birth_month"),
        new CsvFile.Columns(4, "radicalisation", 2, 3, 1), seed, rate);
    healthReferrals = new CsvFile(out, "health/referrals.csv",
        List.of("referral_id", "child_id", "created_at", "shared_at", "setting", "concern", "birth_month"),
        new CsvFile.Columns(4, "pharmacy", 2, 3, 1), seed, rate);
    healthAssessments = new CsvFile(out, "health/initial_health_assessments.csv",
        List.of("child_id", "looked_after_start_date", "requested_date", "completed_date"),
        new CsvFile.Columns(-1, null, 1, 3, 0), seed, rate);
    missingEducation = new CsvFile(out, "education/children_missing_education.csv",
        List.of("child_id", "cme_start_date", "cme_end_date", "reason", "birth_month"),
        new CsvFile.Columns(3, "excluded", 1, 2, 0), seed, rate);
    temporaryAccommodation = new CsvFile(out, "housing/temporary_accommodation.csv",
        List.of("child_id", "household_id", "placed_date", "left_date", "accommodation_type", "out_of_area",
            "birth_month"),
        new CsvFile.Columns(4, "caravan", 2, 3, 0), seed, rate);
  }

  void write(ChildHistory child, String householdId) {
    String birthMonth = Formats.month(child.birthDate);
    for (MissingEpisode episode : child.missingEpisodes) {
      if (episode.reportedToPolice() && inWindow(episode.reportedAt().toLocalDate())) {
        policeMissing.write(
            String.format("MP%08d", ++occurrenceIds),
            child.childId,
            Formats.dateTime(episode.reportedAt(), periodEnd),
            Formats.dateTime(episode.lastSeenAt(), periodEnd),
            Formats.dateTime(episode.returnedAt(), periodEnd),
            episode.riskGrade(),
            episode.fromCare() ? "Y" : "N",
            birthMonth);
      }
    }
    for (PartnerReferral referral : child.policeReferrals) {
      if (inWindow(referral.createdAt().toLocalDate())) {
        policeReferrals.write(
            String.format("PPN%08d", ++policeReferralIds),
            child.childId,
            Formats.dateTime(referral.createdAt(), periodEnd),
            Formats.dateTime(referral.sharedAt(), periodEnd),
            referral.concern(),
            birthMonth);
      }
    }
    for (PartnerReferral referral : child.healthReferrals) {
      if (inWindow(referral.createdAt().toLocalDate())) {
        healthReferrals.write(
            String.format("HR%08d", ++healthReferralIds),
            child.childId,
            Formats.dateTime(referral.createdAt(), periodEnd),
            Formats.dateTime(referral.sharedAt(), periodEnd),
            referral.setting(),
            referral.concern(),
            birthMonth);
      }
    }
    for (HealthAssessment assessment : child.healthAssessments) {
      if (inWindow(assessment.lookedAfterStartDate())) {
        healthAssessments.write(
            child.childId,
            assessment.lookedAfterStartDate().toString(),
            Formats.date(assessment.requestedDate(), periodEnd),
            Formats.date(assessment.completedDate(), periodEnd));
      }
    }
    for (MissingEducation spell : child.missingEducation) {
      if (overlapsWindow(spell.startDate(), spell.endDate())) {
        missingEducation.write(
            child.childId,
            spell.startDate().toString(),
            Formats.date(spell.endDate(), periodEnd),
            spell.reason(),
            birthMonth);
      }
    }
    for (TemporaryStay stay : child.temporaryStays) {
      if (overlapsWindow(stay.placedDate(), stay.leftDate())) {
        temporaryAccommodation.write(
            child.childId,
            householdId,
            stay.placedDate().toString(),
            Formats.date(stay.leftDate(), periodEnd),
            stay.accommodationType(),
            stay.outOfArea() ? "Y" : "N",
            birthMonth);
      }
    }
  }

  private boolean inWindow(LocalDate date) {
    return !date.isBefore(windowStart) && !date.isAfter(periodEnd);
  }

  private boolean overlapsWindow(LocalDate start, LocalDate end) {
    return !start.isAfter(periodEnd) && !end.isBefore(windowStart);
  }

  List<FileSummary> summaries() {
    return files().stream().map(FileSummary::of).toList();
  }

  private List<CsvFile> files() {
    return List.of(
        policeMissing, policeReferrals, healthReferrals, healthAssessments, missingEducation, temporaryAccommodation);
  }

  @Override
  public void close() throws IOException {
    for (CsvFile file : files()) {
      file.close();
    }
  }
}
