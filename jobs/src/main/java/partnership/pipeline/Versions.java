package partnership.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The versions a run used, for the manifest. */
final class Versions {

  private Versions() {}

  static Map<String, String> all(SparkSession spark) {
    Map<String, String> versions = new LinkedHashMap<>();
    String app = Versions.class.getPackage().getImplementationVersion();
    versions.put("partnership_analytics", app == null ? "development build" : app);
    versions.put("spark", spark.version());
    versions.put("java", System.getProperty("java.version"));
    versions.put("spark_master", spark.sparkContext().master());
    return versions;
  }
}
