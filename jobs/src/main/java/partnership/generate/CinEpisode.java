package partnership.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One children-in-need episode: a referral and what followed it, as the CIN census records it.
 * Dates may fall after the extract date; writers leave out what was not yet known then.
 */
final class CinEpisode {

  /** An assessment and the factors it identified. */
  record Assessment(LocalDate startDate, LocalDate authorisedDate, List<String> factors) {}

  /** A section 47 enquiry and its initial child protection conference, if one was held. */
  record Section47(LocalDate startDate, LocalDate icpcTargetDate, LocalDate icpcDate) {}

  /** A child protection plan. */
  record ProtectionPlan(
      LocalDate startDate,
      LocalDate endDate,
      String initialCategory,
      String latestCategory,
      int previousPlans,
      List<LocalDate> reviewDates) {}

  /** A children-in-need plan. */
  record PlanDates(LocalDate startDate, LocalDate endDate) {}

  final LocalDate referralDate;
  final String referralSource;
  final String primaryNeedCode;
  final boolean referralNfa;
  final List<Assessment> assessments = new ArrayList<>();
  final List<PlanDates> cinPlans = new ArrayList<>();
  final List<Section47> section47s = new ArrayList<>();
  final List<ProtectionPlan> protectionPlans = new ArrayList<>();
  LocalDate closureDate;
  String closureReason;

  CinEpisode(LocalDate referralDate, String referralSource, String primaryNeedCode, boolean referralNfa) {
    this.referralDate = referralDate;
    this.referralSource = referralSource;
    this.primaryNeedCode = primaryNeedCode;
    this.referralNfa = referralNfa;
  }

  /** The first initial child protection conference of the episode, or null. */
  LocalDate initialCpcDate() {
    return section47s.stream().map(Section47::icpcDate).filter(d -> d != null).findFirst().orElse(null);
  }
}
