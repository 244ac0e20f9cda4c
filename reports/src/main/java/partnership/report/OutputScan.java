package partnership.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Guards over written outputs, run by the publish stage before it moves them into place and by tests: no
 * child id in any file, and no count from 1 to the threshold in the public files.
 */
public final class OutputScan {

  /** An element of the report marked as holding a count, and its text. */
  private static final Pattern COUNT_CELL = Pattern.compile("class=\"count\"[^>]*>([^<]*)<");

  private OutputScan() {}

  /** Every file under {@code folder} that contains one of the child ids, as "file: child id". */
  public static List<String> childIds(Path folder, Collection<String> childIds) {
    List<String> findings = new ArrayList<>();
    for (Path file : files(folder)) {
      String text = new String(read(file), StandardCharsets.ISO_8859_1);
      for (String childId : childIds) {
        if (!childId.isEmpty() && text.contains(childId)) {
          findings.add(folder.relativize(file) + ": child id " + childId);
        }
      }
    }
    return findings;
  }

  /**
   * Every count from 1 to the threshold a reader could see in {@code publication/}: the count columns of
   * {@code metrics.csv} (and its value column for count metrics) and the count cells of {@code report.html}.
   */
  public static List<String> smallCounts(Path publicationDir, int threshold) {
    List<String> findings = new ArrayList<>();
    Path csv = publicationDir.resolve(PublicationCsv.FILE);
    List<List<String>> records = Csv.records(new String(read(csv), StandardCharsets.UTF_8));
    int unit = InspectorCsv.HEADER.indexOf("unit");
    for (int n = 1; n < records.size(); n++) {
      List<String> fields = records.get(n);
      for (String column : "count".equals(fields.get(unit))
          ? List.of("numerator", "denominator", "value") : List.of("numerator", "denominator")) {
        String shown = fields.get(InspectorCsv.HEADER.indexOf(column));
        if (isSmall(shown, threshold)) {
          findings.add(csv.getFileName() + " record " + (n + 1) + ": " + column + " " + shown);
        }
      }
    }
    Path report = publicationDir.resolve(Publication.REPORT);
    Matcher cell = COUNT_CELL.matcher(new String(read(report), StandardCharsets.UTF_8));
    while (cell.find()) {
      if (isSmall(cell.group(1).trim(), threshold)) {
        findings.add(report.getFileName() + " offset " + cell.start() + ": count " + cell.group(1));
      }
    }
    return findings;
  }

  private static boolean isSmall(String shown, int threshold) {
    if (!shown.matches("[0-9]+(\\.0+)?")) {
      return false;
    }
    double count = Double.parseDouble(shown);
    return count >= 1 && count <= threshold;
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
