package partnership.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import partnership.contract.Contract;
import partnership.contract.Contracts;
import partnership.contract.TableContract;
import partnership.io.Digests;
import partnership.io.Folders;
import partnership.ingest.validate.TableValidator;
import partnership.pipeline.Progress;

/**
 * Stage 1, ingest: every partner file under the input folder is read against its contract; accepted rows
 * become typed staging Parquet, rejected rows go to {@code quality/quarantine.parquet} with their reasons.
 */
public final class IngestJob {

  /** The quality status of a file whose bytes were delivered before. */
  public static final String ALREADY_DELIVERED = "already_delivered";

  /** Folders of the input that are not partner data. */
  private static final List<String> NOT_PARTNER_DATA = List.of("reference/");

  private IngestJob() {}

  /**
   * The outcome of ingest.
   *
   * @param quality one entry per file and table
   * @param stagedTables staging table name to its Parquet folder, for every table with a delivered file
   * @param inputs every partner file read, with its digest
   * @param notDelivered contract file patterns with no file delivered
   * @param unrecognised files under the input folder that no contract covers (ignored)
   */
  public record Result(List<TableQuality> quality, Map<String, Path> stagedTables, List<InputFile> inputs,
      List<String> notDelivered, List<String> unrecognised) {

    public boolean anyRefused() {
      return quality.stream().anyMatch(q -> "refused".equals(q.status()));
    }
  }

  /** How the same bytes were delivered before, if they were: a file already delivered is not ingested again. */
  @FunctionalInterface
  public interface EarlierDeliveries {

    /** No earlier deliveries: every file is new. */
    EarlierDeliveries NONE = sha256 -> Optional.empty();

    /** E.g. {@code on 2026-11-01 as police/missing_episodes.csv}, when a file with this SHA-256 was delivered. */
    Optional<String> find(String sha256);
  }

  /** Ingests every file of the input folder as new. */
  public static Result run(Path input, Path periodDir, Contracts contracts, LocalDate today,
      Progress progress) throws IOException {
    return run(input, periodDir, contracts, today, progress, EarlierDeliveries.NONE);
  }

  /**
   * Ingests every file of the input folder except those already delivered, which are accounted for as such.
   * Each file's rows go to {@code <periodDir>/staging/<table>.parquet/<sha256>/}.
   */
  public static Result run(Path input, Path periodDir, Contracts contracts, LocalDate today,
      Progress progress, EarlierDeliveries earlier) throws IOException {
    Path stagingDir = periodDir.resolve("staging");
    Path quarantineDir = periodDir.resolve("quality").resolve("quarantine.parquet");
    Folders.deleteRecursively(stagingDir);
    Folders.deleteRecursively(quarantineDir);
    ParquetBatchWriter quarantine = new ParquetBatchWriter(QuarantineRow.SCHEMA, quarantineDir.toString());

    List<String> files = partnerFiles(input);
    List<TableQuality> quality = new ArrayList<>();
    List<InputFile> inputs = new ArrayList<>();
    Map<String, Path> staged = new LinkedHashMap<>();
    List<String> notDelivered = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    // Two files with the same bytes in one input folder: the second is a re-send of the first.
    Map<String, String> ingested = new LinkedHashMap<>();
    for (Contract contract : contracts.all()) {
      List<String> delivered = files.stream().filter(contract::matches).toList();
      if (delivered.isEmpty()) {
        notDelivered.add(contract.file());
        progress.stage("ingest", contract.file() + ": not delivered");
        continue;
      }
      for (String file : delivered) {
        covered.add(file);
        Path path = input.resolve(file);
        String sha256 = digestUnlessUnreadable(path);
        Optional<String> before = Optional.ofNullable(sha256).flatMap(earlier::find)
            .or(() -> Optional.ofNullable(ingested.get(sha256)).map(f -> "in this delivery as " + f));
        if (before.isPresent()) {
          String note = "already delivered " + before.get() + " (same SHA-256); not ingested again";
          contract.tables().forEach(t -> quality.add(new TableQuality(file, t.name(), ALREADY_DELIVERED, 0, 0, 0,
              new TreeMap<>(), new TreeMap<>(), List.of(note), sha256)));
          inputs.add(new InputFile(file, Files.size(path), sha256, 0, before.get(), null));
          progress.stage("ingest", file + ": " + note);
          continue;
        }
        Instant start = Instant.now();
        // Keys are unique within a file: a CIN episode open across 31 March is in two years' files.
        Map<String, TableValidator> validators = new LinkedHashMap<>();
        for (TableContract table : contract.tables()) {
          validators.put(table.name(), new TableValidator(table, today));
        }
        FileIngester ingester = new FileIngester(stagingDir, sha256, file, contract, validators, quarantine);
        List<TableQuality> fileQuality = ingester.ingest(path, sha256);
        quality.addAll(fileQuality);
        long records = fileQuality.stream().mapToLong(TableQuality::read).sum();
        inputs.add(new InputFile(file, Files.exists(path) ? Files.size(path) : 0, sha256, records, null,
            ingester.referenceDate()));
        for (TableQuality q : fileQuality) {
          if ("ok".equals(q.status())) {
            staged.put(q.table(), stagingDir.resolve(q.table() + ".parquet"));
            ingested.putIfAbsent(sha256, file);
          }
        }
        progress.stage("ingest", summary(file, fileQuality, Duration.between(start, Instant.now())));
      }
    }
    quarantine.close();
    List<String> unrecognised = files.stream().filter(f -> !covered.contains(f)).toList();
    unrecognised.forEach(f -> progress.stage("ingest", f + ": no contract covers this file; ignored"));
    return new Result(quality, staged, inputs, notDelivered, unrecognised);
  }

  /** The file's SHA-256, or null when it cannot be read: its ingester then refuses it, naming the fault. */
  private static String digestUnlessUnreadable(Path path) {
    try {
      return Digests.sha256(path);
    } catch (IOException e) {
      return null;
    }
  }

  /** Partner files under the input folder, as sorted relative paths with forward slashes. */
  static List<String> partnerFiles(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      throw new InputFileException(input.toString(), null, "input_folder", "the input folder does not exist");
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> input.relativize(p).toString().replace('\\', '/'))
          .filter(f -> f.contains("/") && NOT_PARTNER_DATA.stream().noneMatch(f::startsWith))
          .filter(f -> !f.substring(f.lastIndexOf('/') + 1).startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static String summary(String file, List<TableQuality> quality, Duration took) {
    long read = quality.stream().mapToLong(TableQuality::read).sum();
    long accepted = quality.stream().mapToLong(TableQuality::accepted).sum();
    long quarantined = quality.stream().mapToLong(TableQuality::quarantined).sum();
    String status = quality.stream().anyMatch(q -> "refused".equals(q.status()))
        ? "REFUSED: " + quality.get(0).notes().get(quality.get(0).notes().size() - 1) : "";
    return file + ": " + Progress.count(read) + " read, " + Progress.count(accepted) + " accepted, "
        + Progress.count(quarantined) + " quarantined (" + Progress.seconds(took) + ") " + status;
  }
}
