package partnership.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Children's social care's extracts (folder {@code csc/}): the CIN census for each year, the SSDA903
 * files, contacts and return home interviews, in the formats of extracts.md.
 */
final class SocialCareFiles implements Closeable {

  private final LocalDate windowStart;
  private final LocalDate periodEnd;
  private final List<CinCensusWriter> census = new ArrayList<>();
  private final CsvFile contacts;
  private final CsvFile returnInterviews;
  private final CsvFile header903;
  private final CsvFile episodes903;
  private final CsvFile missing903;
  private long contactIds;

  SocialCareFiles(GeneratorOptions options) {
    this.windowStart = options.windowStart();
    this.periodEnd = options.periodEnd();
    Path out = options.out();
    long seed = options.seed();
    double rate = options.faultRate();
    for (LocalDate referenceDate : options.referenceDates()) {
      census.add(new CinCensusWriter(out, referenceDate, options.laCode(), seed, rate));
    }
    contacts = new CsvFile(out, "csc/contacts.csv",
        List.of("contact_id", "child_id", "received_at", "source", "decision_at", "decision"),
        new CsvFile.Columns(5, "escalated", 2, 4, 1), seed, rate);
    returnInterviews = new CsvFile(out, "csc/return_interviews.csv",
        List.of("child_id", "missing_start_date", "returned_at", "offered_at", "completed_at", "accepted"),
        new CsvFile.Columns(5, "maybe", 2, 4, 0), seed, rate);
    // UPN is left out: pseudonymise removes it before files leave the council (extracts.md).
    header903 = new CsvFile(out, "csc/ssda903_header.csv",
        List.of("CHILD", "SEX", "DOB", "ETHNIC", "MOTHER", "MC_DOB"),
        new CsvFile.Columns(1, "3", 2, -1, 0), seed, rate);
    episodes903 = new CsvFile(out, "csc/ssda903_episodes.csv",
        List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
        new CsvFile.Columns(5, "X9", 1, 7, 0), seed, rate);
    missing903 = new CsvFile(out, "csc/ssda903_missing.csv",
        List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
        new CsvFile.Columns(2, "X", 3, 4, 0), seed, rate);
  }

  void write(ChildHistory child) {
    census.forEach(writer -> writer.write(child));
    for (Contact contact : child.contacts) {
      if (inWindow(contact.receivedAt().toLocalDate())) {
        String decisionAt = Formats.dateTime(contact.decisionAt(), periodEnd);
        contacts.write(
            String.format("CT%08d", ++contactIds),
            child.childId,
            Formats.dateTime(contact.receivedAt(), periodEnd),
            contact.source(),
            decisionAt,
            decisionAt.isEmpty() ? "" : contact.decision());
      }
    }
    for (MissingEpisode episode : child.missingEpisodes) {
      MissingEpisode.ReturnInterview interview = episode.interview();
      if (interview != null && inWindow(episode.returnedAt().toLocalDate())) {
        String offeredAt = Formats.dateTime(interview.offeredAt(), periodEnd);
        returnInterviews.write(
            child.childId,
            episode.lastSeenAt().toLocalDate().toString(),
            Formats.dateTime(episode.returnedAt(), periodEnd),
            offeredAt,
            Formats.dateTime(interview.completedAt(), periodEnd),
            offeredAt.isEmpty() || interview.accepted() == null ? "" : interview.accepted());
      }
    }
    writeLookedAfter(child);
  }

  private void writeLookedAfter(ChildHistory child) {
    String dob = Formats.ssda903(child.birthMonth(), periodEnd);
    boolean lookedAfter = false;
    for (CarePeriod period : child.carePeriods) {
      for (CarePeriod.Episode episode : period.episodes()) {
        if (!episode.startDate().isAfter(periodEnd) && !episode.endDate().isBefore(windowStart)) {
          lookedAfter = true;
          String end = Formats.ssda903(episode.endDate(), periodEnd);
          episodes903.write(
              child.childId,
              Formats.ssda903(episode.startDate(), periodEnd),
              episode.reasonNewEpisode(),
              episode.legalStatus(),
              episode.cinCode(),
              episode.placement(),
              episode.provider(),
              end,
              end.isEmpty() ? "" : episode.reasonEnded(),
              episode.reasonPlaceChange() == null ? "" : episode.reasonPlaceChange(),
              "",
              "",
              "");
        }
      }
    }
    if (lookedAfter) {
      header903.write(child.childId, child.sex.equals("M") ? "1" : "2", dob, child.ethnicity, "", "");
    }
    for (MissingEpisode episode : child.missingEpisodes) {
      if (episode.careRecord() != null && inWindow(episode.lastSeenAt().toLocalDate())) {
        missing903.write(
            child.childId,
            dob,
            episode.careRecord(),
            Formats.ssda903(episode.lastSeenAt().toLocalDate(), periodEnd),
            Formats.ssda903(episode.returnedAt().toLocalDate(), periodEnd));
      }
    }
  }

  private boolean inWindow(LocalDate date) {
    return !date.isBefore(windowStart) && !date.isAfter(periodEnd);
  }

  /** Each file's name and what it holds, for the summary. */
  List<FileSummary> summaries() {
    List<FileSummary> summaries = new ArrayList<>();
    for (CinCensusWriter writer : census) {
      summaries.add(new FileSummary(writer.name(), writer.children(), "children, " + writer.episodes() + " episodes"));
    }
    for (CsvFile file : List.of(contacts, returnInterviews, header903, episodes903, missing903)) {
      summaries.add(FileSummary.of(file));
    }
    return summaries;
  }

  @Override
  public void close() throws IOException {
    for (CinCensusWriter writer : census) {
      writer.close();
    }
    for (CsvFile file : List.of(contacts, returnInterviews, header903, episodes903, missing903)) {
      file.close();
    }
  }
}
