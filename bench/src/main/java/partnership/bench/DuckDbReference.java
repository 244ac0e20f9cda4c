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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import partnership.metrics.Period;
import partnership.reference.BankHoliday;

/**
 * The benchmarked metrics' headlines computed by DuckDB from reference SQL ({@code duckdb/*.sql}) over the
 * staged Parquet a Spark run left behind: an independent implementation to check Spark's answers against,
 * and a fast engine to time Spark against.
 */
final class DuckDbReference {

  /** Metric id to how its value is made from numerator and denominator: scale and decimal places. */
  private static final Map<String, int[]> VALUE_RULES = Map.of(
      "T3", new int[] {100, 1}, "T4", new int[] {100, 1}, "T5", new int[] {100, 1},
      "N1", new int[] {100, 1}, "M1", new int[] {1, 2}, "M6", new int[] {100, 1});

  private DuckDbReference() {}

  /** The headline of each metric in {@code metricIds}, computed with {@code threads} DuckDB threads. */
  static Map<String, Headline> headlines(Path staging, Period period, List<BankHoliday> holidays,
      List<String> metricIds, int threads) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("set threads = " + threads);
      // Spark reads the staged timestamps in the session's Europe/London zone; so must DuckDB.
      statement.execute("set TimeZone = 'Europe/London'");
      registerStaging(statement, staging);
      statement.execute("create table period as select date '" + period.startDate() + "' as period_start_date, "
          + "date '" + period.endDate() + "' as period_end_date");
      statement.execute("create table bank_holidays (holiday_date date)");
      try (PreparedStatement insert = connection.prepareStatement("insert into bank_holidays values (?)")) {
        for (BankHoliday holiday : holidays) {
          insert.setObject(1, holiday.date());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      for (String step : resource("prelude").split(";\\s*\\n")) {
        if (!step.isBlank()) {
          statement.execute(step);
        }
      }
      Map<String, Headline> headlines = new LinkedHashMap<>();
      for (String id : metricIds) {
        int[] rule = VALUE_RULES.get(id);
        String sql = "select numerator, denominator, round(" + rule[0] + ".0 * numerator / nullif(denominator, 0), "
            + rule[1] + ") as value from (" + resource(id.toLowerCase()) + ")";
        try (ResultSet result = statement.executeQuery(sql)) {
          result.next();
          headlines.put(id, new Headline(result.getLong(1), result.getLong(2),
              (Double) result.getObject(3, Double.class)));
        }
      }
      return headlines;
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
