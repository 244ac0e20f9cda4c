package partnership.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import partnership.contract.Contract;
import partnership.contract.Contracts;
import partnership.contract.TableContract;
import partnership.ingest.StagingSchema;

/**
 * The staging tables metric models read, with their schemas and the partner file each comes from, as the
 * contracts in {@code schemas/contracts/} define them. A metric's {@code needs} in the catalogue names files;
 * this maps them to tables, and gives an absent table's schema so models that read it still run on an empty
 * view.
 */
public final class StagingTables {

  /** A staging table: its name, its schema (own columns, then source_file and source_line) and its file. */
  public record Table(String name, StructType schema, String file) {}

  private static final Map<String, Table> TABLES = new LinkedHashMap<>();

  static {
    for (Contract contract : Contracts.load().all()) {
      for (TableContract table : contract.tables()) {
        TABLES.put(table.name(), new Table(table.name(), StagingSchema.of(table), contract.file()));
      }
    }
  }

  private StagingTables() {}

  public static List<Table> all() {
    return List.copyOf(TABLES.values());
  }

  public static Table get(String name) {
    Table table = TABLES.get(name);
    if (table == null) {
      throw new IllegalArgumentException("Cannot find staging table " + name + ": known are " + TABLES.keySet());
    }
    return table;
  }

  /** The tables read from a catalogue {@code needs} entry, e.g. the five {@code stg_cin__*} for the census. */
  public static List<Table> fromFile(String file) {
    List<Table> tables = TABLES.values().stream().filter(t -> t.file().equals(file)).toList();
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("Cannot map needs entry " + file + " to a staging table: known files are "
          + TABLES.values().stream().map(Table::file).distinct().toList());
    }
    return tables;
  }
}
