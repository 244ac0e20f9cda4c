package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import partnership.reference.ReferenceData;
import partnership.report.MetricCatalogue;
import partnership.report.MetricDefinition;
import partnership.spark.SharedSpark;

/**
 * Every N, M and E metric model returns exactly the tidy columns and types of docs/data-model.md, before
 * the runner's casts, so that no model leans on them.
 */
class NeglectMissingEducationModelShapeTest {

  private static final SparkSession SPARK = SharedSpark.get();

  private static final StructType TIDY = StructType.fromDDL(
      "metric_id string, period string, breakdown string, breakdown_value string, numerator bigint,"
          + " denominator bigint, value double, unit string");

  @Test
  void everyModelReturnsTheTidyShapeOnEmptyInputs() {
    Views.clear(SPARK);
    StagingViews.registerStandIns(SPARK, Set.of());
    SqlFunctions.register(SPARK);
    MetricInputs.registerPeriods(SPARK, List.of(Period.parse("2024-25")));
    MetricInputs.registerSettings(SPARK, MetricSettings.DEFAULT);
    MetricInputs.registerPopulation(SPARK, ReferenceData.shipped().population(), MetricRuns.SOLIHULL);
    IntermediateModels.MODELS.forEach(model -> SqlModels.register(SPARK, "intermediate/" + model));

    List<String> models = MetricCatalogue.load().metrics().stream()
        .filter(m -> Set.of("neglect", "missing", "education_housing").contains(m.theme()))
        .map(MetricDefinition::models)
        .flatMap(List::stream)
        .toList();

    assertThat(models).hasSize(21);
    for (String model : models) {
      assertThat(SqlModels.run(SPARK, model).schema().simpleString()).as(model).isEqualTo(TIDY.simpleString());
    }
  }
}
