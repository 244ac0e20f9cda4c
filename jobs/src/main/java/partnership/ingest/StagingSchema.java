package partnership.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import partnership.contract.ColumnContract;
import partnership.contract.TableContract;

/** The Spark schema of a staging table, from its contract, plus where each row came from. */
public final class StagingSchema {

  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";

  private StagingSchema() {}

  public static StructType of(TableContract table) {
    List<StructField> fields = new ArrayList<>();
    for (ColumnContract column : table.columns()) {
      fields.add(DataTypes.createStructField(column.name(), sparkType(column.type()), true));
    }
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, false));
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(String contractType) {
    return switch (contractType) {
      case "string", "child_id", "code" -> DataTypes.StringType;
      case "date", "month" -> DataTypes.DateType;
      case "timestamp" -> DataTypes.TimestampType;
      case "code_list" -> DataTypes.createArrayType(DataTypes.StringType, true);
      case "flag", "boolean" -> DataTypes.BooleanType;
      case "integer" -> DataTypes.IntegerType;
      default -> throw new IllegalStateException("Cannot map contract type " + contractType + " to Spark");
    };
  }
}
