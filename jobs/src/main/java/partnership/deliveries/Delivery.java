package partnership.deliveries;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import partnership.contract.Contract;
import partnership.ingest.TableQuality;

/**
 * One partner file as the delivery store holds it ({@code delivery.json} beside its staging tables): which
 * contract file it is, the digest of its bytes, the day it was delivered and what ingest found in it.
 *
 * @param partner the partner folder, e.g. {@code police}
 * @param file the contract's file name, e.g. {@code missing_episodes}; {@code cin_census} for every census year
 * @param sourceFile the path under the input folder it came as, e.g. {@code police/missing_episodes.csv}
 * @param sha256 the SHA-256 of its bytes: the same bytes sent again are recognised by it
 * @param delivered the delivery date, {@code yyyy-MM-dd}
 * @param runId the run that ingested it; orders two deliveries of the same file on the same day
 * @param referenceDate CIN census only: the census's ReferenceDate, what a later delivery of the same census
 *     year replaces; null for CSV files and for a census without records
 * @param quality ingest's counts per staging table of the file
 */
@JsonPropertyOrder({"partner", "file", "source_file", "sha256", "delivered", "run_id", "reference_date",
    "quality"})
public record Delivery(
    String partner,
    String file,
    String sourceFile,
    String sha256,
    String delivered,
    String runId,
    String referenceDate,
    List<TableQuality> quality) {

  /** Oldest first: by delivery date, then by the run that ingested it, then by file name. */
  public static final Comparator<Delivery> ORDER = Comparator.comparing(Delivery::delivered)
      .thenComparing(Delivery::runId)
      .thenComparing(Delivery::sourceFile);

  public LocalDate deliveredOn() {
    return LocalDate.parse(delivered);
  }

  /** The contract's file name without folder, wildcard or extension: {@code csc/cin_census*.xml} is cin_census. */
  public static String fileName(Contract contract) {
    String name = contract.file().substring(contract.file().lastIndexOf('/') + 1).replace("*", "");
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }
}
