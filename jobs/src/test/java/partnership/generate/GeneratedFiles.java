package partnership.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a generated input folder back, for tests that check it as a partner's analyst would. */
final class GeneratedFiles {

  private static final DateTimeFormatter SSDA903 = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One flattened element of a CIN census episode: its path under CINdetails and its text. */
  record CinElement(String path, String text) {}

  /**
   * One CIN episode as the latest file holding it shows it.
   *
   * @param blocks the CINdetails children, each as its leaves, e.g. {@code Assessments/AssessmentAuthorisationDate}
   */
  record CinEpisodeRecord(String childId, String referralDate, List<List<CinElement>> blocks) {

    /** The text of a leaf directly under CINdetails, or null. */
    String value(String name) {
      return blocks.stream()
          .filter(elements -> elements.size() == 1 && elements.get(0).path().equals(name))
          .map(elements -> elements.get(0).text())
          .findFirst()
          .orElse(null);
    }

    /** The texts of one leaf path in each repeated block named {@code block} (e.g. Assessments). */
    List<Map<String, String>> blocks(String block) {
      List<Map<String, String>> result = new ArrayList<>();
      for (List<CinElement> elements : blocks) {
        if (!elements.isEmpty() && elements.get(0).path().startsWith(block + "/")) {
          Map<String, String> values = new LinkedHashMap<>();
          for (CinElement element : elements) {
            values.merge(element.path().substring(block.length() + 1), element.text(), (a, b) -> a + " " + b);
          }
          result.add(values);
        }
      }
      return result;
    }
  }

  private final Path root;

  GeneratedFiles(Path root) {
    this.root = root;
  }

  List<String> lines(String file) {
    try {
      return Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV's rows as column -> value (the generator never writes quoted commas in these files). */
  List<Map<String, String>> csv(String file) {
    List<String> lines = lines(file);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] values = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], values[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** Every CIN episode, keyed child|referral date; where several files hold it, the latest file's wins. */
  Map<String, CinEpisodeRecord> cinEpisodes() {
    Map<String, CinEpisodeRecord> episodes = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(root.resolve("csc"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("cin_census_")).sorted().toList()) {
        for (CinEpisodeRecord episode : readCensus(file)) {
          episodes.put(episode.childId() + "|" + episode.referralDate(), episode);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return episodes;
  }

  /** The LAchildID of every child in every CIN census file. */
  List<String> cinChildIds() {
    return cinEpisodes().values().stream().map(CinEpisodeRecord::childId).distinct().toList();
  }

  private static List<CinEpisodeRecord> readCensus(Path file) throws IOException {
    List<CinEpisodeRecord> episodes = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
      String childId = null;
      String referralDate = null;
      List<List<CinElement>> blocks = null;
      List<CinElement> block = null;
      List<String> path = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean justStarted = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          text.setLength(0);
          justStarted = true;
          if (name.equals("CINdetails")) {
            blocks = new ArrayList<>();
            path.clear();
          } else if (blocks != null) {
            if (path.isEmpty()) {
              block = new ArrayList<>();
              blocks.add(block);
            }
            path.add(name);
          }
        } else if (event == XMLStreamConstants.CHARACTERS) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          String value = text.toString().trim();
          if (name.equals("LAchildID")) {
            childId = value;
          } else if (name.equals("CINdetails")) {
            episodes.add(new CinEpisodeRecord(childId, referralDate, blocks));
            blocks = null;
          } else if (blocks != null) {
            if (path.size() == 1 && name.equals("CINreferralDate")) {
              referralDate = value;
            }
            if (justStarted) {
              block.add(new CinElement(String.join("/", path), value));
            }
            path.remove(path.size() - 1);
          }
          text.setLength(0);
          justStarted = false;
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return episodes;
  }

  static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return text.charAt(2) == '/' ? LocalDate.parse(text, SSDA903) : LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static LocalDateTime dateTime(String text) {
    try {
      return text == null || text.isEmpty() ? null : LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
