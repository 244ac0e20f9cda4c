package partnership.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes rows produced on the driver straight into one Parquet file, {@code <directory>/part-00000.parquet}
 * (or another part number, when several writers fill one folder), in the layout Spark itself writes for the
 * schema, so Spark reads it back with that schema. No Spark job runs: a file streams through in the memory of
 * one row group (the batch), whatever its size.
 *
 * <p>Values are the Java types the validators produce: String, Integer, Long, Boolean, LocalDate, Instant
 * (timestamps, stored as microseconds in UTC) and List of String (arrays).
 */
public final class ParquetBatchWriter implements AutoCloseable {

  /** Row-group size: small enough that a partnership's file is a few groups, large enough for England's. */
  static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;

  private final StructType schema;
  private final Path file;
  private ParquetWriter<Object[]> writer;
  private long rows;

  public ParquetBatchWriter(StructType schema, String directory) {
    this(schema, directory, 0);
  }

  /** A writer of {@code <directory>/part-<part, 5 digits>.parquet}: Spark reads every part of the folder. */
  public ParquetBatchWriter(StructType schema, String directory, int part) {
    this.schema = schema;
    this.file = Path.of(directory).resolve(String.format(Locale.ROOT, "part-%05d.parquet", part));
  }

  public void add(Object... values) {
    try {
      open().write(values);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a row to " + file, e);
    }
    rows++;
  }

  public long rows() {
    return rows;
  }

  /** The folder the file is written in. */
  public Path folder() {
    return file.getParent();
  }

  /** Finishes the file; writes an empty one when nothing was ever added, so readers find a schema. */
  @Override
  public void close() {
    try {
      open().close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot finish " + file, e);
    }
  }

  private ParquetWriter<Object[]> open() throws IOException {
    if (writer == null) {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      writer = new Builder(new LocalOutputFile(file), schema)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withRowGroupSize(ROW_GROUP_BYTES)
          .build();
    }
    return writer;
  }

  /** The Parquet schema Spark writes for a Spark schema of flat columns and arrays of strings. */
  static MessageType parquetSchema(StructType schema) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : schema.fields()) {
      message.addField(parquetType(field));
    }
    return message.named("spark_schema");
  }

  private static Type parquetType(StructField field) {
    DataType type = field.dataType();
    Type.Repetition repetition = field.nullable()
        ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
    if (type instanceof ArrayType array && array.elementType().equals(DataTypes.StringType)) {
      return Types.buildGroup(repetition).as(LogicalTypeAnnotation.listType())
          .addField(Types.repeatedGroup()
              .addField(Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                  .named("element"))
              .named("list"))
          .named(field.name());
    }
    Types.PrimitiveBuilder<PrimitiveType> primitive;
    if (type.equals(DataTypes.StringType)) {
      primitive = Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType());
    } else if (type.equals(DataTypes.IntegerType)) {
      primitive = Types.primitive(PrimitiveTypeName.INT32, repetition);
    } else if (type.equals(DataTypes.LongType)) {
      primitive = Types.primitive(PrimitiveTypeName.INT64, repetition);
    } else if (type.equals(DataTypes.BooleanType)) {
      primitive = Types.primitive(PrimitiveTypeName.BOOLEAN, repetition);
    } else if (type.equals(DataTypes.DateType)) {
      primitive = Types.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.dateType());
    } else if (type.equals(DataTypes.TimestampType)) {
      primitive = Types.primitive(PrimitiveTypeName.INT64, repetition)
          .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
    } else {
      throw new IllegalArgumentException("Cannot write column " + field.name() + " of type " + type + " to Parquet");
    }
    return primitive.named(field.name());
  }

  private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
    private final StructType schema;

    Builder(LocalOutputFile file, StructType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema);
    }
  }

  /** Writes one {@code Object[]} row field by field; a null value is simply not written (optional field). */
  private static final class RowWriteSupport extends WriteSupport<Object[]> {
    private final StructType schema;
    private RecordConsumer consumer;

    RowWriteSupport(StructType schema) {
      this.schema = schema;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(parquetSchema(schema), new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
      StructField[] fields = schema.fields();
      if (row.length != fields.length) {
        throw new IllegalArgumentException(
            "Cannot write a row of " + row.length + " values to a table of " + fields.length + " columns");
      }
      consumer.startMessage();
      for (int i = 0; i < fields.length; i++) {
        if (row[i] != null) {
          consumer.startField(fields[i].name(), i);
          writeValue(fields[i], row[i]);
          consumer.endField(fields[i].name(), i);
        }
      }
      consumer.endMessage();
    }

    private void writeValue(StructField field, Object value) {
      if (value instanceof String text) {
        consumer.addBinary(Binary.fromString(text));
      } else if (value instanceof Integer number) {
        consumer.addInteger(number);
      } else if (value instanceof Long number) {
        consumer.addLong(number);
      } else if (value instanceof Boolean flag) {
        consumer.addBoolean(flag);
      } else if (value instanceof LocalDate date) {
        consumer.addInteger(Math.toIntExact(date.toEpochDay()));
      } else if (value instanceof Instant instant) {
        consumer.addLong(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
      } else if (value instanceof List<?> list) {
        writeList(list);
      } else {
        throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName()
            + " value to column " + field.name());
      }
    }

    private void writeList(List<?> list) {
      consumer.startGroup();
      if (!list.isEmpty()) {
        consumer.startField("list", 0);
        for (Object element : list) {
          consumer.startGroup();
          if (element != null) {
            consumer.startField("element", 0);
            consumer.addBinary(Binary.fromString((String) element));
            consumer.endField("element", 0);
          }
          consumer.endGroup();
        }
        consumer.endField("list", 0);
      }
      consumer.endGroup();
    }
  }
}
