package partnership.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The images a written report refers to. */
final class ReportImages {

  private static final Pattern IMG_SRC = Pattern.compile("<img src=\"([^\"]*)\"");

  private ReportImages() {}

  static List<String> sources(Path report) throws Exception {
    Matcher img = IMG_SRC.matcher(Files.readString(report));
    List<String> sources = new ArrayList<>();
    while (img.find()) {
      sources.add(img.group(1));
    }
    return sources;
  }
}
