package partnership.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One entry of the metric catalogue ({@code schemas/metrics.yaml}): what a metric means, in words an
 * analyst and a member of the public can read, and which SQL models compute it.
 *
 * @param id stable id, e.g. {@code T4}
 * @param theme {@code timeliness}, {@code neglect}, {@code missing}, {@code education_housing},
 *     {@code health} or {@code quality}
 * @param title a short name for tables and chart titles
 * @param definition the definition as metrics.md words it, carried into every output
 * @param numerator what the headline numerator counts
 * @param denominator what the headline denominator counts
 * @param unit the headline value's unit: {@code percent}, {@code rate_per_10000}, {@code ratio},
 *     {@code count}, {@code working_days}, {@code hours} or {@code days}
 * @param needs the partner files the metric reads, as paths under the input folder (globs allowed)
 * @param models the SQL models under {@code sql/} that emit its rows
 * @param target the statutory target line for charts (45 working days, ...), or null
 * @param variants words for the suffixes of the metric's other ids where the suffix alone is not plain
 *     ({@code r} of {@code T4r}), for titles; a suffix not listed is shown as written ({@code T4_median}: median)
 */
public record MetricDefinition(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String theme,
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) String definition,
    @JsonProperty(required = true) String numerator,
    @JsonProperty(required = true) String denominator,
    @JsonProperty(required = true) String unit,
    @JsonProperty(required = true) List<String> needs,
    @JsonProperty(required = true) List<String> models,
    Double target,
    Map<String, String> variants) {

  public MetricDefinition {
    variants = variants == null ? Map.of() : Map.copyOf(variants);
  }
}
