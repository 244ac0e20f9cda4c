package partnership.ingest.cin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import partnership.ingest.RawRecord;

/** What one read of a CIN census file gave, and the helpers tests use to get one. */
record CinReads(List<RawRecord> records, CinReadSummary summary) {

  /** A minimal valid header (reference date 2025-03-31, year 2025, LEA 999) to put before inline children. */
  static final String HEADER = """
      <Header>
        <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source>
      </Header>
      """;

  static CinReads read(Path file) {
    List<RawRecord> records = new ArrayList<>();
    CinReadSummary summary = new CinCensusReader().read(file, file.getFileName().toString(), records::add);
    return new CinReads(records, summary);
  }

  /** Reads a document made of {@link #HEADER} and the given children, written to a file in {@code dir}. */
  static CinReads readChildren(Path dir, String children) {
    return read(write(dir, "<Message>\n" + HEADER + "<Children>\n" + children + "</Children>\n</Message>\n"));
  }

  static Path write(Path dir, String xml) {
    return write(dir, xml.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, byte[] xml) {
    try {
      return Files.write(dir.resolve("cin_census.xml"), xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path fixture(String name) {
    URL url = CinReads.class.getResource("/fixtures/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  List<RawRecord> table(String table) {
    return records.stream().filter(record -> record.table().equals(table)).toList();
  }
}
