package partnership.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The publish stage's rendering: writes {@code inspector/} (restricted, unsuppressed) and {@code publication/}
 * (public, suppressed) under a period's output folder, from the tidy metric table alone.
 *
 * <p>Both folders are built in a staging folder beside them and moved into place only once complete and
 * valid, so a failed run leaves the last good outputs where they were.
 */
public final class Publication {

  public static final String INSPECTOR = "inspector";
  public static final String PUBLICATION = "publication";
  public static final String REPORT = "report.html";

  private Publication() {}

  /** Writes both folders, validating the extract against the schema on the classpath. */
  public static void write(Path periodDir, PublicationInput input) {
    write(periodDir, input, InspectorSchema.load());
  }

  /** Writes both folders, validating the extract against the given schema. */
  public static void write(Path periodDir, PublicationInput input, InspectorSchema schema) {
    Path staging;
    try {
      Files.createDirectories(periodDir);
      staging = Files.createTempDirectory(periodDir, ".publish-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a staging folder in " + periodDir + ": " + e.getMessage(), e);
    }
    try {
      Path inspector = staging.resolve(INSPECTOR);
      InspectorExtract.write(inspector, input, schema);
      InspectorCsv.write(inspector, input);
      writePublic(staging.resolve(PUBLICATION), input);
      List<String> smallCounts = OutputScan.smallCounts(staging.resolve(PUBLICATION), input.disclosureThreshold());
      if (!smallCounts.isEmpty()) {
        throw new IllegalStateException("Cannot publish " + input.period() + ": public files show counts from 1 to "
            + input.disclosureThreshold() + ": " + String.join("; ", smallCounts));
      }
      replace(inspector, periodDir.resolve(INSPECTOR));
      replace(staging.resolve(PUBLICATION), periodDir.resolve(PUBLICATION));
    } finally {
      delete(staging);
    }
  }

  private static void writePublic(Path publicationDir, PublicationInput input) {
    List<SuppressedRow> rows = new Disclosure(input.disclosureThreshold()).apply(input.rows());
    PublicationCsv.write(publicationDir, rows, input.catalogue());
    List<MetricSection<SuppressedRow>> sections = MetricSections.arrange(rows, input.catalogue(), input.period())
        .stream().map(input.catalogue().labels()::inReadingOrder).toList();
    Map<String, ChartImage> charts =
        Charts.drawAll(sections, input.catalogue().labels(), input.benchmarks(), input.period(), publicationDir);
    Path report = publicationDir.resolve(REPORT);
    try {
      Files.writeString(report, new ReportHtml(input, sections, charts).render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + report + ": " + e.getMessage(), e);
    }
  }

  /** Moves a finished folder over the old one; the old one is kept aside until the new one is in place. */
  private static void replace(Path finished, Path target) {
    Path old = target.resolveSibling("." + target.getFileName() + ".old");
    try {
      delete(old);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + finished + " to " + target + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + folder + ": " + e.getMessage(), e);
    }
  }
}
