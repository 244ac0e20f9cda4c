package partnership.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.contract.Contract;
import partnership.contract.Contracts;
import partnership.contract.TableContract;
import partnership.metrics.StagingTables;
import partnership.spark.SharedSpark;

/** Which rows of several deliveries the current view keeps, for the files that are not superseded by key. */
class CurrentViewTest {

  private static final String REFERRALS = "stg_cin__referrals";

  @TempDir Path store;

  private final SparkSession spark = SharedSpark.get();

  @Test
  void aResentCensusYearReplacesThatYearWholeAndLeavesTheOtherYearsForTheIntermediateModels() {
    // May: the 2024 and 2025 censuses; A's referral of 2023-06-01 was open across both years.
    DeliveryTables census2024 = census("2025-05-01", "2024-03-31", "a2024", referral("A", "2023-06-01", "2024-03-31"));
    DeliveryTables census2025 = census("2025-05-01", "2025-03-31", "a2025", referral("A", "2023-06-01", "2025-03-31"),
        referral("B", "2024-10-01", "2025-03-31"));
    // June: the 2025 census corrected; it no longer holds A's referral, which no key of it matches.
    DeliveryTables corrected = census("2025-06-01", "2025-03-31", "b2025", referral("B", "2024-10-01", "2025-03-31"));
    List<DeliveryTables> all = List.of(corrected, census2024, census2025);

    // Every delivery: the 2024 census and the corrected 2025 one; the May 2025 census is replaced whole.
    assertThat(referralsOf(all, null)).containsExactlyInAnyOrder("A 2023-06-01 2024-03-31", "B 2024-10-01 2025-03-31");
    // As of May: both years' files, A's episode in both (int_cin__referrals takes the later reference date).
    assertThat(referralsOf(all, LocalDate.of(2025, 5, 31))).containsExactlyInAnyOrder(
        "A 2023-06-01 2024-03-31", "A 2023-06-01 2025-03-31", "B 2024-10-01 2025-03-31");
  }

  @Test
  void aNewerDeliveryOfAFileWithoutAKeyReplacesTheOlderDeliveryWhole() {
    TableContract table = new TableContract(REFERRALS, null, List.of(), List.of(), null, null);
    Contracts keyless = new Contracts(List.of(
        new Contract("csc/referrals.csv", Contract.CSV, "csc", false, "a file without a key", null, null,
            List.of(table))));
    DeliveryTables may = delivery("csc/referrals.csv", "2025-05-01", null, "may",
        referral("A", "2024-05-01", "2025-03-31"), referral("B", "2024-06-01", "2025-03-31"));
    DeliveryTables june = delivery("csc/referrals.csv", "2025-06-01", null, "june",
        referral("C", "2024-07-01", "2025-03-31"));

    CurrentView view = CurrentView.of(spark, keyless, List.of(may, june), null, store.resolve("view"));

    assertThat(view.tables().get(REFERRALS).collectAsList()).extracting(r -> r.<String>getAs("child_id"))
        .containsExactly("C");
    assertThat(view.deliveries()).extracting(Delivery::sha256).containsExactly("june");
  }

  private List<String> referralsOf(List<DeliveryTables> deliveries, LocalDate asOf) {
    CurrentView view = CurrentView.of(spark, Contracts.load(), deliveries, asOf, store.resolve("view"));
    return view.tables().get(REFERRALS).collectAsList().stream()
        .map(r -> r.getAs("child_id") + " " + r.getAs("referral_date") + " " + r.getAs("reference_date"))
        .toList();
  }

  private DeliveryTables census(String delivered, String referenceDate, String sha256, Row... referrals) {
    return delivery("csc/cin_census_" + referenceDate.substring(0, 4) + ".xml", delivered, referenceDate, sha256,
        referrals);
  }

  /** A delivery whose only table is stg_cin__referrals with the given rows, written to the store folder. */
  private DeliveryTables delivery(String file, String delivered, String referenceDate, String sha256,
      Row... referrals) {
    StructType schema = StagingTables.get(REFERRALS).schema();
    List<Row> rows = new ArrayList<>();
    for (Row r : referrals) {
      Object[] values = new Object[schema.size()];
      values[schema.fieldIndex("child_id")] = r.get(0);
      values[schema.fieldIndex("referral_date")] = r.get(1);
      values[schema.fieldIndex("reference_date")] = r.get(2);
      values[schema.fieldIndex("source_file")] = file;
      values[schema.fieldIndex("source_line")] = (long) rows.size() + 1;
      rows.add(RowFactory.create(values));
    }
    Path folder = store.resolve(sha256).resolve(REFERRALS + ".parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(folder.toString());
    Delivery d = new Delivery("csc", "cin_census", file, sha256, delivered, "run", referenceDate, List.of());
    return new DeliveryTables(d, Map.of(REFERRALS, folder));
  }

  private static Row referral(String child, String referralDate, String referenceDate) {
    return RowFactory.create(Arrays.asList(child, Date.valueOf(referralDate), Date.valueOf(referenceDate))
        .toArray());
  }
}
