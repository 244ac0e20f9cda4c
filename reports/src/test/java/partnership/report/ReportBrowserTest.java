package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the yearly report in a real headless browser, Debian's chromium. In CI chromium is installed by
 * {@code .ci/run}; elsewhere the test is skipped when it is missing.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Written into a copy of the page: once loaded, reports each image's load state into the DOM. */
  private static final String PROBE = "<script>window.addEventListener('load', function () {"
      + " var images = document.images, loaded = 0;"
      + " for (var i = 0; i < images.length; i++) { if (images[i].complete && images[i].naturalWidth > 0) loaded++; }"
      + " document.body.setAttribute('data-images', images.length + '/' + loaded); });</script>";

  @TempDir static Path out;

  @BeforeAll
  static void publish() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
        "chromium is not installed (apt-get install -y chromium); CI installs it");
    Publication.write(out, Fixtures.input(), Fixtures.inspectorSchema());
  }

  @Test
  void theReportRendersToANonTrivialScreenshot(@TempDir Path profile) throws Exception {
    // Kept under target/ so a person (or CI's artifacts) can look at the page as a reader would.
    Path screenshot = Files.createDirectories(Path.of("target")).resolve("report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);

    chromium(profile, "--screenshot=" + screenshot, "--window-size=1200,3000",
        out.resolve("publication/report.html").toUri().toString());

    assertThat(screenshot).isRegularFile();
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(3000);
    assertThat(distinctColours(image)).as("a rendered page, not a blank one").isGreaterThan(50);
  }

  @Test
  void everyImageOfTheReportLoadsInTheBrowser(@TempDir Path profile) throws Exception {
    Path report = out.resolve("publication/report.html");
    Path probed = report.resolveSibling("report-probed.html");
    Files.writeString(probed, Files.readString(report).replace("</body>", PROBE + "</body>"));

    String dom = chromium(profile, "--dump-dom", probed.toUri().toString());

    Matcher images = Pattern.compile("data-images=\"(\\d+)/(\\d+)\"").matcher(dom);
    assertThat(images.find()).as("the probe ran: %s", dom.length() > 300 ? dom.substring(0, 300) : dom).isTrue();
    int count = Integer.parseInt(images.group(1));
    assertThat(count).isEqualTo(ReportImages.sources(report).size()).isPositive();
    assertThat(Integer.parseInt(images.group(2))).as("images loaded of " + count).isEqualTo(count);
    assertThat(dom).contains("<h1>Northshire Safeguarding Children Partnership: keeping children safe, 2024-25</h1>");
  }

  /** Runs chromium headless with a fresh profile and returns what it printed. */
  private static String chromium(Path profile, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(arguments));
    Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit code for %s", command).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static long distinctColours(BufferedImage image) {
    return java.util.stream.IntStream.range(0, image.getHeight() / 10)
        .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth() / 10).map(x -> image.getRGB(x * 10, y * 10)))
        .distinct().count();
  }
}
