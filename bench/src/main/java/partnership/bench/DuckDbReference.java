package partnership.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import partnership.metrics.Period;
import partnership.reference.BankHoliday;
import partnership.report.MetricRow;

/**
 * Every row of the benchmarked metrics for one period, computed by DuckDB from reference SQL ({@code duckdb/*.sql})
 * over the staged Parquet a Spark run left behind and the child spine its link stage built: an independent
 * implementation to check Spark's answers against, and a fast engine to time Spark against. It computes each row's
 * figures only: the rows carry no unit, status or note.
 */
final class DuckDbReference {

  private DuckDbReference() {}

  /**
   * The rows of each metric in {@code metricIds} for {@code period}, computed with {@code threads} DuckDB threads;
   * {@code spine} is a folder of Parquet files holding the link stage's {@code int_child_spine}.
   */
  static List<MetricRow> rows(Path staging, Path spine, Period period, List<BankHoliday> holidays,
      List<String> metricIds, int threads) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("set threads = " + threads);
      // Spark reads the staged timestamps in the session's Europe/London zone; so must DuckDB.
      statement.execute("set TimeZone = 'Europe/London'");
      registerStaging(statement, staging);
      statement.execute("create view int_child_spine as select * from read_parquet('" + spine + "/*.parquet')");
      statement.execute("create table period as select date '" + period.startDate() + "' as period_start_date, "
          + "date '" + period.endDate() + "' as period_end_date");
      registerBankHolidays(connection, statement, holidays);
      for (String step : resource("prelude").split(";\\s*\\n")) {
        if (!step.isBlank()) {
          statement.execute(step);
        }
      }
      List<MetricRow> rows = new ArrayList<>();
      for (String id : metricIds) {
        rows.addAll(metricRows(statement, id, period));
      }
      return rows;
    }
  }

  /** The rows {@code duckdb/<id>.sql} returns, as rows of {@code period}. */
  private static List<MetricRow> metricRows(Statement statement, String id, Period period) throws SQLException {
    List<MetricRow> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(resource(id.toLowerCase()))) {
      while (result.next()) {
        rows.add(new MetricRow(result.getString("metric_id"), period.label(), result.getString("breakdown"),
            result.getString("breakdown_value"), result.getObject("numerator", Long.class),
            result.getObject("denominator", Long.class), result.getObject("value", Double.class), null, null, null));
      }
    }
    return rows;
  }

  private static void registerBankHolidays(Connection connection, Statement statement, List<BankHoliday> holidays)
      throws SQLException {
    statement.execute("create table bank_holidays (holiday_date date)");
    try (PreparedStatement insert = connection.prepareStatement("insert into bank_holidays values (?)")) {
      for (BankHoliday holiday : holidays) {
        insert.setObject(1, holiday.date());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** One view per staging table, named after its folder, over every Parquet file under it. */
  private static void registerStaging(Statement statement, Path staging) throws SQLException {
    try (Stream<Path> tables = Files.list(staging)) {
      for (Path table : tables.filter(Files::isDirectory).sorted().toList()) {
        String name = table.getFileName().toString().replace(".parquet", "");
        statement.execute("create view " + name + " as select * from read_parquet('" + table
            + "/**/*.parquet', union_by_name = true)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the staging tables in " + staging, e);
    }
  }

  private static String resource(String name) {
    String path = "duckdb/" + name + ".sql";
    try (InputStream in = DuckDbReference.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("Cannot find reference SQL " + path + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference SQL " + path, e);
    }
  }
}
