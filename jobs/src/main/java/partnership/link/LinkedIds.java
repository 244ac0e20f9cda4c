package partnership.link;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A child whose NHS number changed (adoption) carries two pseudonyms; {@code csc/linked_ids.csv} says which
 * belong together. Staging tables are read through {@link #resolve} so a previous pseudonym reads as the
 * current one everywhere downstream.
 */
public final class LinkedIds {

  public static final String TABLE = "stg_csc__linked_ids";

  private final Dataset<Row> links;

  /** @param linkedIds the staged {@code stg_csc__linked_ids} table */
  public LinkedIds(Dataset<Row> linkedIds) {
    this.links = linkedIds.select(col("previous_child_id").as("linked_previous_id"),
        col("child_id").as("linked_current_id")).distinct();
  }

  /** The table with {@code child_id} replaced by the current pseudonym where it is a previous one. */
  public Dataset<Row> resolve(Dataset<Row> table) {
    if (!Arrays.asList(table.columns()).contains("child_id")) {
      return table;
    }
    Column[] columns = Arrays.stream(table.columns())
        .map(c -> c.equals("child_id") ? coalesce(col("linked_current_id"), col("child_id")).as("child_id") : col(c))
        .toArray(Column[]::new);
    return join(table).select(columns);
  }

  /** The previous pseudonyms this table holds (to count how many children were merged). */
  public Dataset<Row> previousIdsIn(Dataset<Row> table) {
    return join(table).where(col("linked_previous_id").isNotNull()).select("linked_previous_id");
  }

  private Dataset<Row> join(Dataset<Row> table) {
    return table.join(broadcast(links), col("child_id").equalTo(col("linked_previous_id")), "left");
  }
}
