package partnership.generate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One year's Children in Need census XML (statutory-facts.md §1), streamed child by child. A child is
 * in the year's file when one of their episodes was open at some time in the year; the file shows
 * each episode as it stood on the reference date, so an episode open across 31 March appears in both
 * years' files, open in the first.
 */
final class CinCensusWriter implements Closeable {

  private final String name;
  private final LocalDate referenceDate;
  private final LocalDate yearStart;
  private final OutputStream stream;
  private final XMLStreamWriter xml;
  private final SplittableRandom faults;
  private final double faultRate;
  private int depth;
  private long children;
  private long episodes;

  CinCensusWriter(Path root, LocalDate referenceDate, String laCode, long seed, double faultRate) {
    this.name = "csc/cin_census_" + referenceDate.getYear() + ".xml";
    this.referenceDate = referenceDate;
    this.yearStart = referenceDate.minusYears(1).plusDays(1);
    this.faults = new SplittableRandom(seed * 31 + name.hashCode());
    this.faultRate = faultRate;
    try {
      Path path = root.resolve(name);
      Files.createDirectories(path.getParent());
      this.stream = new BufferedOutputStream(Files.newOutputStream(path));
      // The JDK's own writer, not whichever StAX library the classpath brings, so that bytes repeat.
      this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      open("Message");
      open("Header");
      open("CollectionDetails");
      leaf("Collection", "CIN");
      leaf("Year", String.valueOf(referenceDate.getYear()));
      leaf("ReferenceDate", referenceDate.toString());
      end();
      open("Source");
      leaf("SourceLevel", "L");
      leaf("LEA", laCode);
      leaf("SoftwareCode", "partnership-generate");
      leaf("Release", "0.1.0");
      leaf("SerialNo", "001");
      // A fixed time after the reference date, not the clock, so that the same seed gives the same bytes.
      leaf("DateTime", referenceDate.plusMonths(2).atTime(9, 0) + ":00");
      end();
      end();
      open("Children");
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("Cannot start " + root.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  String name() {
    return name;
  }

  long children() {
    return children;
  }

  long episodes() {
    return episodes;
  }

  /** Writes the child when one of their episodes was open in the year. */
  void write(ChildHistory child) {
    List<CinEpisode> inYear = child.episodes.stream()
        .filter(e -> !e.referralDate.isAfter(referenceDate) && !e.closureDate.isBefore(yearStart))
        .toList();
    if (inYear.isEmpty()) {
      return;
    }
    try {
      open("Child");
      open("ChildIdentifiers");
      leaf("LAchildID", child.childId);
      leaf("PersonBirthDate", child.birthMonth().toString());
      // The 2025 census replaced GenderCurrent (1 male, 2 female) with Sex (M, F, U).
      if (referenceDate.getYear() >= 2025) {
        leaf("Sex", child.sex);
      } else {
        leaf("GenderCurrent", child.sex.equals("M") ? "1" : "2");
      }
      end();
      open("ChildCharacteristics");
      leaf("Ethnicity", child.ethnicity);
      open("Disabilities");
      leaf("Disability", child.disability);
      end();
      end();
      for (CinEpisode episode : inYear) {
        Fault fault = Fault.next(faults, faultRate);
        episode(episode, fault);
        if (fault == Fault.DUPLICATE_KEY) {
          episode(episode, null);
        }
      }
      end();
      children++;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  private void episode(CinEpisode episode, Fault fault) throws XMLStreamException {
    episodes++;
    String referralDate = episode.referralDate.toString();
    String source = episode.referralSource;
    String closureDate = date(episode.closureDate);
    if (fault == Fault.UNKNOWN_CODE) {
      source = "11";
    } else if (fault == Fault.BLANK_REQUIRED) {
      source = "";
    } else if (fault == Fault.IMPOSSIBLE_DATE) {
      referralDate = Fault.impossibleDate(referralDate);
    } else if (fault == Fault.END_BEFORE_START) {
      closureDate = episode.referralDate.minusDays(7).toString();
    }
    open("CINdetails");
    leaf("CINreferralDate", referralDate);
    leaf("ReferralSource", source);
    leaf("PrimaryNeedCode", episode.primaryNeedCode);
    optional("CINclosureDate", closureDate);
    optional("ReasonForClosure", closureDate.isEmpty() ? "" : episode.closureReason);
    optional("DateOfInitialCPC", date(episode.initialCpcDate()));
    for (CinEpisode.Assessment assessment : episode.assessments) {
      if (!assessment.startDate().isAfter(referenceDate)) {
        open("Assessments");
        leaf("AssessmentActualStartDate", assessment.startDate().toString());
        String authorised = date(assessment.authorisedDate());
        optional("AssessmentAuthorisationDate", authorised);
        if (!authorised.isEmpty()) {
          open("FactorsIdentifiedAtAssessment");
          for (String factor : assessment.factors()) {
            leaf("AssessmentFactors", factor);
          }
          end();
        }
        end();
      }
    }
    for (CinEpisode.PlanDates plan : episode.cinPlans) {
      if (!plan.startDate().isAfter(referenceDate)) {
        open("CINPlanDates");
        leaf("CINPlanStartDate", plan.startDate().toString());
        optional("CINPlanEndDate", date(plan.endDate()));
        end();
      }
    }
    for (CinEpisode.Section47 enquiry : episode.section47s) {
      if (!enquiry.startDate().isAfter(referenceDate)) {
        open("Section47");
        leaf("S47ActualStartDate", enquiry.startDate().toString());
        leaf("InitialCPCtarget", enquiry.icpcTargetDate().toString());
        String icpc = date(enquiry.icpcDate());
        optional("DateOfInitialCPC", icpc);
        // No conference was needed once the enquiry is over without one; until then it is undecided.
        boolean concluded = enquiry.icpcDate() == null && !enquiry.icpcTargetDate().isAfter(referenceDate);
        leaf("ICPCnotRequired", String.valueOf(concluded));
        end();
      }
    }
    leaf("ReferralNFA", String.valueOf(episode.referralNfa));
    for (CinEpisode.ProtectionPlan plan : episode.protectionPlans) {
      if (!plan.startDate().isAfter(referenceDate)) {
        open("ChildProtectionPlans");
        leaf("CPPstartDate", plan.startDate().toString());
        optional("CPPendDate", date(plan.endDate()));
        leaf("InitialCategoryOfAbuse", plan.initialCategory());
        leaf("LatestCategoryOfAbuse", plan.latestCategory());
        leaf("NumberOfPreviousCPP", String.valueOf(plan.previousPlans()));
        List<LocalDate> reviews = plan.reviewDates().stream().filter(d -> !d.isAfter(referenceDate)).toList();
        if (!reviews.isEmpty()) {
          open("Reviews");
          for (LocalDate review : reviews) {
            leaf("CPPreviewDate", review.toString());
          }
          end();
        }
        end();
      }
    }
    end();
  }

  private String date(LocalDate date) {
    return Formats.date(date, referenceDate);
  }

  private void open(String element) throws XMLStreamException {
    indent();
    xml.writeStartElement(element);
    depth++;
  }

  private void end() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  private void leaf(String element, String text) throws XMLStreamException {
    indent();
    xml.writeStartElement(element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void optional(String element, String text) throws XMLStreamException {
    if (!text.isEmpty()) {
      leaf(element, text);
    }
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  @Override
  public void close() throws IOException {
    try {
      end();
      end();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
      stream.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot finish " + name + ": " + e.getMessage(), e);
    }
  }
}
