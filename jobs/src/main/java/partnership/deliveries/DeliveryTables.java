package partnership.deliveries;

import java.nio.file.Path;
import java.util.Map;

/**
 * A delivery and the folders of its staging tables: in the store, or in the run's working folder while the
 * run that ingested it has not published yet.
 *
 * @param tables staging table name to its Parquet folder, for every table of the file
 */
public record DeliveryTables(Delivery delivery, Map<String, Path> tables) {

  public DeliveryTables {
    tables = Map.copyOf(tables);
  }
}
