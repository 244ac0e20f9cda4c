package partnership.metrics;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import partnership.reference.BankHoliday;

/**
 * The working-day calendar, the {@code int_calendar} view: one row per date of the years the bank-holiday
 * file covers, with a running working-day number, so metric models count working days by joining it twice
 * ({@code sql/intermediate/int_calendar.sql}).
 *
 * @param firstDate the first date the calendar holds (1 January of the first holiday year)
 * @param lastDate the last date (31 December of the last holiday year)
 */
public record Calendar(LocalDate firstDate, LocalDate lastDate) {

  public static final String VIEW = "int_calendar";

  /**
   * Registers {@code bank_holidays} and {@code int_calendar}. The calendar is checkpointed: every timeliness
   * model joins it, and its running count (one partition) is then computed once per run.
   */
  public static Calendar register(SparkSession spark, List<BankHoliday> holidays) {
    spark.createDataset(holidays.stream().map(BankHoliday::date).toList(), Encoders.LOCALDATE())
        .toDF("holiday_date")
        .createOrReplaceTempView("bank_holidays");
    Dataset<Row> calendar = Materialised.small(SqlModels.run(spark, "intermediate/" + VIEW));
    calendar.createOrReplaceTempView(VIEW);
    Row bounds = calendar.selectExpr("min(date)", "max(date)").first();
    return new Calendar(bounds.<java.sql.Date>getAs(0).toLocalDate(), bounds.<java.sql.Date>getAs(1).toLocalDate());
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDate) && !date.isAfter(lastDate);
  }

  /** Fails unless the calendar holds {@code date}: a working-day count outside it would be silently wrong. */
  public void requireCovers(LocalDate date, String what) {
    if (!covers(date)) {
      throw new IllegalArgumentException(
          "Cannot count working days for " + date + " (" + what + "): the calendar covers " + firstDate + " to "
              + lastDate + "; add the years' bank holidays to reference/bank-holidays.json");
    }
  }
}
