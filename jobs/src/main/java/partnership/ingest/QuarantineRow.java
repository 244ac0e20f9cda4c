package partnership.ingest;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The schema of {@code quality/quarantine.parquet}: one row per rejected record, with its first broken rule. */
public final class QuarantineRow {

  public static final StructType SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("table", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("location", DataTypes.StringType, false)
      .add("column", DataTypes.StringType, true)
      .add("value", DataTypes.StringType, true)
      .add("rule", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false);

  private QuarantineRow() {}
}
