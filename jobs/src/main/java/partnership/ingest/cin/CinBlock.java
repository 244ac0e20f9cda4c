package partnership.ingest.cin;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A repeating element of the CIN census XML that this reader turns into one record: its element name, the
 * element it must sit directly inside, and the fields read within it.
 *
 * <p>Fields are matched by name anywhere directly inside the block or inside one of its groups, so the order
 * of elements may vary between schema years. A field belongs to the innermost open block, which is what keeps
 * {@code CINdetails/DateOfInitialCPC} apart from {@code CINdetails/Section47/DateOfInitialCPC}.
 */
public enum CinBlock {
  HEADER("Header", "Message", null,
      Set.of("CollectionDetails", "Source"),
      List.of(),
      List.of("Collection", "Year", "ReferenceDate", "SourceLevel", "LEA", "SoftwareCode", "Release",
          "SerialNo", "DateTime")),
  CHILD("Child", "Children", "cin_children",
      Set.of("ChildIdentifiers", "ChildCharacteristics"),
      List.of(),
      List.of("LAchildID", "PersonBirthDate", "GenderCurrent", "Sex", "Ethnicity")),
  REFERRAL("CINdetails", "Child", "cin_referrals",
      Set.of(),
      List.of("LAchildID"),
      List.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
          "ReferralNFA", "DateOfInitialCPC")),
  ASSESSMENT("Assessments", "CINdetails", "cin_assessments",
      Set.of("FactorsIdentifiedAtAssessment"),
      List.of("LAchildID", "CINreferralDate"),
      List.of("AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate",
          "AssessmentFactors")),
  SECTION47("Section47", "CINdetails", "cin_section47s",
      Set.of(),
      List.of("LAchildID", "CINreferralDate"),
      List.of("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")),
  CHILD_PROTECTION_PLAN("ChildProtectionPlans", "CINdetails", "cin_child_protection_plans",
      Set.of(),
      List.of("LAchildID", "CINreferralDate"),
      List.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse",
          "NumberOfPreviousCPP"));

  /** The header field attached to every record, so that later files can win over earlier ones. */
  public static final String REFERENCE_DATE = "ReferenceDate";

  private final String element;
  private final String parent;
  private final String table;
  private final Set<String> groups;
  private final List<String> inherited;
  private final List<String> fields;

  CinBlock(String element, String parent, String table, Set<String> groups, List<String> inherited,
      List<String> fields) {
    this.element = element;
    this.parent = parent;
    this.table = table;
    this.groups = groups;
    this.inherited = inherited;
    this.fields = fields;
  }

  /** The blocks that become records, in the order their tables are listed. */
  public static List<CinBlock> tables() {
    return Stream.of(values()).filter(block -> block.table != null).toList();
  }

  public String element() {
    return element;
  }

  /** The element this block must sit directly inside to be recognised. */
  public String parent() {
    return parent;
  }

  /** The table its records go to; {@code null} for the header, which is read but not emitted. */
  public String table() {
    return table;
  }

  /** Container elements inside the block whose contents are read as if they were the block's own. */
  public Set<String> groups() {
    return groups;
  }

  /** Fields copied from the enclosing blocks (the child's ID, the referral date). */
  public List<String> inherited() {
    return inherited;
  }

  /** Fields read from inside this block. */
  public List<String> fields() {
    return fields;
  }

  /** Every key of a record of this block, in order: inherited fields, own fields, then the reference date. */
  public List<String> columns() {
    return Stream.of(inherited, fields, List.of(REFERENCE_DATE)).flatMap(List::stream).toList();
  }
}
