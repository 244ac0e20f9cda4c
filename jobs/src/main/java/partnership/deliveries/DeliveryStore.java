package partnership.deliveries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import partnership.contract.Contract;
import partnership.contract.Contracts;
import partnership.ingest.IngestJob;
import partnership.ingest.InputFile;
import partnership.ingest.InputFileException;
import partnership.ingest.TableQuality;
import partnership.io.Folders;
import partnership.io.Json;

/**
 * The delivery store: every partner file ever ingested, one folder per delivery,
 * {@code <root>/partner=<partner>/file=<file>/delivered=<yyyy-MM-dd>/sha256=<digest>/}, holding
 * {@code delivery.json} ({@link Delivery}) and a {@code <table>.parquet/} per staging table of the file. It
 * outlives the runs: a run adds the files it ingested just before it publishes, and its metrics read the
 * store's current view ({@link CurrentView}). docs/deliveries.md describes it.
 */
public final class DeliveryStore {

  /** The record of a delivery, in its folder. */
  static final String RECORD = "delivery.json";
  private static final String PARTIAL = ".partial-";

  private final Path root;
  private final List<DeliveryTables> deliveries;

  private DeliveryStore(Path root, List<DeliveryTables> deliveries) {
    this.root = root;
    this.deliveries = List.copyOf(deliveries);
  }

  /** Lists the deliveries of the store at {@code root}; writes nothing (a store not yet created is empty). */
  public static DeliveryStore open(Path root) throws IOException {
    List<DeliveryTables> found = new ArrayList<>();
    if (Files.isDirectory(root)) {
      List<Path> records;
      try (Stream<Path> walk = Files.find(root, 5, (p, attributes) -> p.endsWith(RECORD))) {
        records = walk.filter(p -> !root.relativize(p).toString().contains(PARTIAL)).sorted().toList();
      }
      for (Path record : records) {
        Delivery delivery = read(record);
        Map<String, Path> tables = new LinkedHashMap<>();
        delivery.quality().forEach(q -> tables.put(q.table(), record.resolveSibling(q.table() + ".parquet")));
        found.add(new DeliveryTables(delivery, tables));
      }
    }
    return new DeliveryStore(root, found);
  }

  public Path root() {
    return root;
  }

  /** Every delivery in the store, in folder order. */
  public List<DeliveryTables> deliveries() {
    return deliveries;
  }

  /** How the same bytes were delivered before, e.g. {@code on 2026-11-01 as police/missing_episodes.csv}. */
  public Optional<String> earlier(String sha256) {
    return deliveries.stream().map(DeliveryTables::delivery).filter(d -> d.sha256().equals(sha256))
        .findFirst().map(d -> "on " + d.delivered() + " as " + d.sourceFile());
  }

  /**
   * The files this run ingested as new deliveries of {@code delivered}, with their tables still in the
   * run's staging folder; files refused or already delivered are not among them.
   */
  public static List<DeliveryTables> newDeliveries(IngestJob.Result ingest,
      Contracts contracts, Path stagingDir, LocalDate delivered, String runId) {
    List<DeliveryTables> added = new ArrayList<>();
    for (InputFile input : ingest.inputs()) {
      List<TableQuality> quality = ingest.quality().stream().filter(q -> q.file().equals(input.file())).toList();
      if (input.alreadyDelivered() != null || quality.stream().anyMatch(q -> !"ok".equals(q.status()))) {
        continue;
      }
      Contract contract = contracts.forFile(input.file()).orElseThrow();
      Map<String, Path> tables = new LinkedHashMap<>();
      quality.forEach(q -> tables.put(q.table(), stagingDir.resolve(q.table() + ".parquet").resolve(input.sha256())));
      String referenceDate = Contract.CIN_XML.equals(contract.format()) ? input.referenceDate() : null;
      added.add(new DeliveryTables(new Delivery(contract.partner(), Delivery.fileName(contract), input.file(),
          input.sha256(), delivered.toString(), runId, referenceDate, quality), tables));
    }
    return added;
  }

  /**
   * Copies new deliveries into the store. Each lands in a hidden folder first and is renamed into place, so
   * a run killed half-way leaves no half delivery; the caller holds the lock that covers the store.
   */
  public void add(List<DeliveryTables> added) throws IOException {
    for (DeliveryTables each : added) {
      Delivery d = each.delivery();
      Path dateDir = root.resolve("partner=" + d.partner()).resolve("file=" + d.file())
          .resolve("delivered=" + d.delivered());
      Path target = dateDir.resolve("sha256=" + d.sha256());
      Path partial = dateDir.resolve(PARTIAL + d.sha256());
      Folders.deleteRecursively(partial);
      for (Map.Entry<String, Path> table : each.tables().entrySet()) {
        copy(table.getValue(), partial.resolve(table.getKey() + ".parquet"));
      }
      Json.write(partial.resolve(RECORD), d);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static Delivery read(Path record) {
    try {
      return Json.MAPPER.readValue(record.toFile(), Delivery.class);
    } catch (IOException e) {
      throw new InputFileException(record.toString(), null, "delivery_store",
          "the delivery store's record is unreadable (" + e.getMessage().lines().findFirst().orElse("")
              + "); restore the store from backup or move this delivery's folder away");
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
