package partnership.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import partnership.contract.ColumnContract;
import partnership.contract.Contract;
import partnership.contract.TableContract;
import partnership.io.Digests;
import partnership.io.Folders;
import partnership.ingest.cin.CinCensusReader;
import partnership.ingest.cin.CinSource;
import partnership.ingest.csv.CsvSource;
import partnership.ingest.validate.Outcome;
import partnership.ingest.validate.TableValidator;

/**
 * Ingests one partner file: reads it per its contract, validates every record, writes accepted rows to the
 * file's own folder of each staging table and rejected rows to quarantine, and counts both.
 *
 * <p>Each file writes under {@code <staging>/<table>.parquet/<fileKey>/}, so a file refused half-way (a raw
 * identifier on line 900) is removed whole and nothing of it is accepted.
 */
final class FileIngester implements RecordSink {

  /** The column a CIN census's records carry its ReferenceDate in. */
  private static final String REFERENCE_DATE = "reference_date";

  /** The longest value kept in quarantine, in characters. */
  private static final int MAX_VALUE = 200;

  private final Path stagingDir;
  private final String fileKey;
  private final String file;
  private final Contract contract;
  private final Map<String, TableValidator> validators;
  private final ParquetBatchWriter quarantine;
  private final Map<String, ParquetBatchWriter> writers = new LinkedHashMap<>();
  private final Map<String, Integer> referenceDateColumn = new HashMap<>();
  private final TreeSet<String> referenceDates = new TreeSet<>();
  private final Map<String, Counts> counts = new LinkedHashMap<>();

  FileIngester(Path stagingDir, String fileKey, String file, Contract contract,
      Map<String, TableValidator> validators, ParquetBatchWriter quarantine) {
    this.stagingDir = stagingDir;
    this.fileKey = fileKey;
    this.file = file;
    this.contract = contract;
    this.validators = validators;
    this.quarantine = quarantine;
    for (TableContract table : contract.tables()) {
      counts.put(sourceTable(table), new Counts(table.name()));
    }
  }

  /**
   * Reads and validates the file; returns one quality entry per table, with the file's digest.
   *
   * @param sha256 the file's digest, or null when it could not be read (the file is then refused, naming why)
   */
  List<TableQuality> ingest(Path path, String sha256) throws IOException {
    List<String> notes = new ArrayList<>();
    try {
      if (sha256 == null) {
        unlessUnreadable(() -> Digests.sha256(path));
      }
      notes.addAll(Contract.CIN_XML.equals(contract.format())
          ? CinSource.read(path, file, this)
          : unlessUnreadable(() -> CsvSource.read(path, file, contract, this)));
      // Every table of a delivered file gets a staging folder, empty when no record fed it.
      contract.tables().forEach(table -> writer(table).close());
    } catch (InputFileException e) {
      writers.values().forEach(ParquetBatchWriter::close);
      for (ParquetBatchWriter writer : writers.values()) {
        Folders.deleteRecursively(writer.folder());
      }
      return refused(e, sha256);
    }
    List<TableQuality> quality = new ArrayList<>();
    for (Counts c : counts.values()) {
      quality.add(new TableQuality(file, c.table, "ok", c.accepted + c.quarantined, c.accepted, c.quarantined,
          c.byRule, c.warnings, List.copyOf(notes), sha256));
    }
    return quality;
  }

  /** A read of the partner file: when it fails (a disk error, the file gone), the file is unusable. */
  private <T> T unlessUnreadable(FileRead<T> read) {
    try {
      return read.get();
    } catch (IOException e) {
      throw new InputFileException(file, null, CinCensusReader.RULE_UNREADABLE,
          "cannot open or read the file (" + e + ")");
    }
  }

  /** Something that reads the partner file. */
  @FunctionalInterface
  private interface FileRead<T> {
    T get() throws IOException;
  }

  @Override
  public void record(RawRecord record) {
    Counts c = counts(record.table());
    TableValidator validator = validators.get(c.table);
    Outcome outcome;
    try {
      outcome = validator.validate(file, record);
    } catch (InputFileException e) {
      c.quarantined++;
      c.byRule.merge(e.rule(), 1L, Long::sum);
      throw e;
    }
    if (outcome instanceof Outcome.Accepted accepted) {
      Object[] values = accepted.values();
      noteReferenceDate(validator.table(), values);
      Object[] row = java.util.Arrays.copyOf(values, values.length + 2);
      row[values.length] = file;
      row[values.length + 1] = record.line();
      writer(validator.table()).add(row);
      c.accepted++;
      accepted.warnings().forEach(w -> c.warnings.merge(w, 1L, Long::sum));
    } else if (outcome instanceof Outcome.Rejected rejected) {
      quarantine(c, record.line(), record.location(), rejected.column(), rejected.value(), rejected.rule(),
          rejected.message());
    }
  }

  @Override
  public void malformed(String table, long line, String location, String rule, String message, String value) {
    quarantine(counts(table), line, location, null, value, rule, message);
  }

  private void quarantine(Counts c, long line, String location, String column, String value, String rule,
      String message) {
    quarantine.add(file, c.table, line, location, column, abbreviate(value), rule, message);
    c.quarantined++;
    c.byRule.merge(rule, 1L, Long::sum);
  }

  private List<TableQuality> refused(InputFileException e, String sha256) {
    List<TableQuality> quality = new ArrayList<>();
    for (Counts c : counts.values()) {
      TreeMap<String, Long> byRule = new TreeMap<>(c.byRule);
      long read = c.accepted + c.quarantined;
      if (c.accepted > 0) {
        byRule.merge(e.rule(), c.accepted, Long::sum);
      }
      quality.add(new TableQuality(file, c.table, "refused", read, 0, read, byRule, new TreeMap<>(),
          List.of(e.getMessage()), sha256));
    }
    return quality;
  }

  /** The value as quarantine keeps it: enough to find the row, not a 10 MB line copied whole. */
  private static String abbreviate(String value) {
    return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "...";
  }

  private Counts counts(String table) {
    Counts c = counts.get(table);
    if (c == null) {
      c = counts.values().stream().filter(x -> x.table.equals(table)).findFirst()
          .orElseThrow(() -> new IllegalStateException("Cannot place a record of " + table + " from " + file));
    }
    return c;
  }

  /** The distinct reference dates of the accepted records, comma-separated; null when none carried one. */
  String referenceDate() {
    return referenceDates.isEmpty() ? null : String.join(",", referenceDates);
  }

  private void noteReferenceDate(TableContract table, Object[] values) {
    int at = referenceDateColumn.computeIfAbsent(table.name(),
        name -> table.columns().stream().map(ColumnContract::name).toList().indexOf(REFERENCE_DATE));
    if (at >= 0 && values[at] != null) {
      referenceDates.add(values[at].toString());
    }
  }

  private ParquetBatchWriter writer(TableContract table) {
    return writers.computeIfAbsent(table.name(), name -> new ParquetBatchWriter(StagingSchema.of(table),
        stagingDir.resolve(name + ".parquet").resolve(fileKey).toString()));
  }

  private static String sourceTable(TableContract table) {
    return table.sourceTable() == null ? table.name() : table.sourceTable();
  }

  /** Running counts of one table of the file. */
  private static final class Counts {
    final String table;
    long accepted;
    long quarantined;
    final TreeMap<String, Long> byRule = new TreeMap<>();
    final TreeMap<String, Long> warnings = new TreeMap<>();

    Counts(String table) {
      this.table = table;
    }
  }
}
