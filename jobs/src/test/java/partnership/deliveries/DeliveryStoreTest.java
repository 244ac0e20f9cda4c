package partnership.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import partnership.ingest.InputFileException;
import partnership.ingest.TableQuality;

/** The store's folders: a delivery lands whole, is found again by its bytes' digest, and a broken record is named. */
class DeliveryStoreTest {

  private static final String TABLE = "stg_police__missing_episodes";

  @TempDir Path store;
  @TempDir Path staging;

  @Test
  void anAddedDeliveryIsListedWithItsTablesAndFoundAgainByItsDigest() throws IOException {
    DeliveryStore.open(store).add(List.of(staged("abc123")));

    DeliveryStore reopened = DeliveryStore.open(store);

    Path folder = store.resolve("partner=police/file=missing_episodes/delivered=2026-11-01/sha256=abc123");
    assertThat(reopened.deliveries()).singleElement().satisfies(d -> {
      assertThat(d.delivery().quality()).extracting(TableQuality::accepted).containsExactly(2L);
      assertThat(d.tables()).isEqualTo(Map.of(TABLE, folder.resolve(TABLE + ".parquet")));
    });
    assertThat(folder.resolve(TABLE + ".parquet/part-0.parquet")).hasContent("rows");
    assertThat(reopened.earlier("abc123")).contains("on 2026-11-01 as police/missing_episodes.csv");
    assertThat(reopened.earlier("def456")).isEmpty();
  }

  @Test
  void aHalfWrittenDeliveryOfAKilledRunIsNotListedAndIsReplacedWhenStoredAgain() throws IOException {
    Path dateDir = store.resolve("partner=police/file=missing_episodes/delivered=2026-11-01");
    Files.createDirectories(dateDir.resolve(".partial-abc123"));
    Files.writeString(dateDir.resolve(".partial-abc123/delivery.json"), "{\"partner\": \"pol");

    assertThat(DeliveryStore.open(store).deliveries()).isEmpty();

    DeliveryStore.open(store).add(List.of(staged("abc123")));
    assertThat(DeliveryStore.open(store).deliveries()).hasSize(1);
    assertThat(dateDir.resolve(".partial-abc123")).doesNotExist();
  }

  @Test
  void anUnreadableDeliveryRecordIsNamedWithWhatToDo() throws IOException {
    Path record = store.resolve("partner=police/file=missing_episodes/delivered=2026-11-01/sha256=abc123/"
        + "delivery.json");
    Files.createDirectories(record.getParent());
    Files.writeString(record, "{\"partner\": \"pol");

    assertThatThrownBy(() -> DeliveryStore.open(store))
        .isInstanceOf(InputFileException.class)
        .hasMessageContaining(record.toString())
        .hasMessageContaining("delivery_store")
        .hasMessageContaining("move this delivery's folder away");
  }

  /** A delivery of police/missing_episodes.csv with one table folder in the run's staging. */
  private DeliveryTables staged(String sha256) throws IOException {
    Path folder = staging.resolve(TABLE + ".parquet").resolve(sha256);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("part-0.parquet"), "rows");
    TableQuality quality = new TableQuality("police/missing_episodes.csv", TABLE, "ok", 2, 2, 0, new TreeMap<>(),
        new TreeMap<>(), List.of(), sha256);
    Delivery delivery = new Delivery("police", "missing_episodes", "police/missing_episodes.csv", sha256,
        "2026-11-01", "20261101T070000abc", null, List.of(quality));
    return new DeliveryTables(delivery, Map.of(TABLE, folder));
  }
}
