package partnership.link;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the link stage leaves the metrics: its linkage statistics and the child spine it computed them from,
 * materialised, so the metric stage reads it instead of computing {@code int_child_spine} a second time.
 */
public record Linked(LinkageStats stats, Dataset<Row> spine) {}
