package partnership.ingest.cin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import partnership.ingest.InputFileException;
import partnership.ingest.RawRecord;

/**
 * A streaming reader of DfE Children in Need census XML files (any schema year from 2017) that flattens each
 * file into text records of the tables {@code cin_children}, {@code cin_referrals}, {@code cin_assessments},
 * {@code cin_section47s} and {@code cin_child_protection_plans} (see {@link CinBlock} for their fields).
 *
 * <p>Values are trimmed text, empty as {@code null}, and are not validated here: typing and code checks
 * happen later from the contract. {@code UPN} and {@code FormerUPN} are skipped unread and only counted.
 * Elements this reader does not know (such as the 2026 {@code PreProceedingsandFGDM} block) are skipped and
 * counted in the summary.
 */
public final class CinCensusReader {

  /** The deepest nesting of elements read; deeper is refused as malformed. */
  static final int MAX_ELEMENT_DEPTH = 100;

  /** The longest text of one field read; longer is refused, so memory stays bounded (as a CSV record's). */
  static final int MAX_FIELD_CHARS = 1 << 24;

  /** The header or its reference date is missing. */
  public static final String RULE_HEADER = "cin_header";
  /** The file declares a DTD, which may hold external or expanding entities. */
  public static final String RULE_DTD = "xml_dtd";
  /** The file is not well-formed XML, or not in its declared encoding (UTF-8 by default). */
  public static final String RULE_MALFORMED = "xml_malformed";
  /** The file is UTF-8 (declared, or by default) but holds bytes that are not. */
  public static final String RULE_NOT_UTF8 = "not_utf8";
  /** A field's text is longer than {@link #MAX_FIELD_CHARS}. */
  public static final String RULE_FIELD_TOO_LONG = "field_too_long";
  /** The file cannot be opened or read at all. */
  public static final String RULE_UNREADABLE = "file_unreadable";

  /**
   * Streams one file, passing each record to {@code sink} as soon as its {@code Child} element has closed.
   *
   * <p>When this throws, records of the children before the fault have already reached the sink. The file is
   * then unusable as a whole: the caller must discard what the sink received for it (for example, collect into
   * a list and keep the list only when this returns), so that no partial file reaches staging.
   *
   * @param file the file to read
   * @param displayName how the file is named in messages and the summary (the path under the input folder)
   * @param sink receives every record, in document order of the elements that start them
   * @return what the file held
   * @throws InputFileException when the file declares a DTD ({@link #RULE_DTD}), is malformed
   *     ({@link #RULE_MALFORMED}, naming line and column), has bytes that are not UTF-8 ({@link #RULE_NOT_UTF8},
   *     naming the line), has no reference date ({@link #RULE_HEADER}), has a field longer than
   *     {@link #MAX_FIELD_CHARS} characters ({@link #RULE_FIELD_TOO_LONG}, naming line and column) or
   *     cannot be read ({@link #RULE_UNREADABLE})
   */
  public CinReadSummary read(Path file, String displayName, Consumer<RawRecord> sink) {
    try (InputStream in = Utf8CheckingStream.of(Files.newInputStream(file), displayName)) {
      // Given bytes, not characters, the parser honours the encoding declaration.
      XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
      try {
        return new CinCensusParser(displayName, xml, sink).parse();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new InputFileException(displayName, where(e.getLocation()), RULE_MALFORMED, reason(e));
    } catch (IOException e) {
      throw new InputFileException(displayName, null, RULE_UNREADABLE, "cannot open or read the file (" + e + ")");
    }
  }

  /**
   * A factory that never reads a DTD or resolves an entity, whatever the file says.
   *
   * <p>The JDK's own implementation is used, not whichever one the classpath offers (Spark brings others),
   * so that these settings and the error locations behave the same everywhere. The parser also refuses any
   * DOCTYPE outright; these settings are the second line of defence.
   */
  static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    // The constant is "javax.xml.stream.isSupportingExternalEntities".
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // A census nests six deep; millions of nested elements would only grow the parser's stack until memory ran
    // out (the JDK sets no limit of its own before Java 24).
    factory.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
    return factory;
  }

  static String where(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return null;
    }
    return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  /** The parser's message without the location prefix the JDK adds, since the location is reported apart. */
  private static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int start = message.indexOf("Message: ");
    return "not well-formed XML: " + (start < 0 ? message : message.substring(start + "Message: ".length()));
  }
}
