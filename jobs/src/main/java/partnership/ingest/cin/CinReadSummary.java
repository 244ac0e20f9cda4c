package partnership.ingest.cin;

import java.util.Map;

/**
 * What reading one CIN census file found, for the quality report.
 *
 * @param file the file's display name
 * @param referenceDate {@code Header/CollectionDetails/ReferenceDate}, as text
 * @param collectionYear {@code Header/CollectionDetails/Year}, as text; {@code null} when absent
 * @param lea {@code Header/Source/LEA}, the local authority code, as text; {@code null} when absent
 * @param recordsPerTable records emitted per table name, every table listed (zero when none)
 * @param childrenWithIdentifiers children that carried a {@code UPN} or {@code FormerUPN} (dropped unread)
 * @param droppedIdentifierFields identifier element name to how many were dropped unread
 * @param skippedElements names of elements not read (blocks of other schema years, fields no table holds) to
 *     how many occurrences were skipped; a skipped block counts once, not its contents
 */
public record CinReadSummary(
    String file,
    String referenceDate,
    String collectionYear,
    String lea,
    Map<String, Long> recordsPerTable,
    long childrenWithIdentifiers,
    Map<String, Long> droppedIdentifierFields,
    Map<String, Long> skippedElements) {

  public CinReadSummary {
    recordsPerTable = Map.copyOf(recordsPerTable);
    droppedIdentifierFields = Map.copyOf(droppedIdentifierFields);
    skippedElements = Map.copyOf(skippedElements);
  }

  /** Records emitted to the given table. */
  public long records(String table) {
    return recordsPerTable.getOrDefault(table, 0L);
  }

  /** Children read, one {@code cin_children} record each. */
  public long children() {
    return records(CinBlock.CHILD.table());
  }
}
