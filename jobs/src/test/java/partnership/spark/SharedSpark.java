package partnership.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession the whole test suite shares ({@code local[2]}, UI off, Europe/London).
 * Surefire runs every test class in one reused fork, so the session starts once.
 */
public final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = Sparks.session("local[2]", "target/spark-warehouse");
      session.conf().set("spark.sql.shuffle.partitions", "2");
    }
    return session;
  }
}
