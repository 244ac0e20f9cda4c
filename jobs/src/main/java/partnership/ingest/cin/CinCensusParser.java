package partnership.ingest.cin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import partnership.ingest.InputFileException;
import partnership.ingest.RawRecord;

/**
 * The state of reading one CIN census file: a walk over its StAX events that turns each {@link CinBlock} into
 * a record.
 *
 * <p>Records of one {@code Child} are held until its end tag, then emitted: a referral's date may follow its
 * assessments in some schema years, and nested records copy it. Nothing larger than one child is held.
 * Elements that are neither a block, a group nor a field where they stand are skipped unread and counted;
 * stray text between elements is ignored.
 */
final class CinCensusParser {

  /** Identifier elements that are dropped unread; pseudonymisation should have removed them. */
  private static final Set<String> IDENTIFIERS = Set.of("UPN", "FormerUPN");

  private enum Kind { STRUCTURE, BLOCK, GROUP, FIELD }

  private record Frame(String element, Kind kind, OpenRecord record) {}

  private final String file;
  private final XMLStreamReader xml;
  private final Consumer<RawRecord> sink;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final XmlPath path = new XmlPath();
  private final List<OpenRecord> childRecords = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final Map<String, Long> recordsPerTable = new LinkedHashMap<>();
  private final Map<String, Long> droppedIdentifierFields = new TreeMap<>();
  private final Map<String, Long> skippedElements = new TreeMap<>();
  private OpenRecord header;
  private boolean childHasIdentifiers;
  private long childrenWithIdentifiers;

  CinCensusParser(String file, XMLStreamReader xml, Consumer<RawRecord> sink) {
    this.file = file;
    this.xml = xml;
    this.sink = sink;
    CinBlock.tables().forEach(block -> recordsPerTable.put(block.table(), 0L));
  }

  CinReadSummary parse() throws XMLStreamException {
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.DTD -> throw refuseDtd();
        case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          // Only a field's own text is kept; text elsewhere (the 2024 sample has a stray word) is ignored.
          if (!frames.isEmpty() && frames.peek().kind() == Kind.FIELD) {
            appendText(frames.peek().element());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> end();
        default -> { }
      }
    }
    requireReferenceDate("end of file");
    return new CinReadSummary(file, header.value(CinBlock.REFERENCE_DATE), header.value("Year"),
        header.value("LEA"), recordsPerTable, childrenWithIdentifiers, droppedIdentifierFields, skippedElements);
  }

  private void start(String name) throws XMLStreamException {
    Frame top = frames.peek();
    if (IDENTIFIERS.contains(name)) {
      droppedIdentifierFields.merge(name, 1L, Long::sum);
      childHasIdentifiers = true;
      skip();
      return;
    }
    CinBlock block = blockStarting(name, top);
    if (block != null) {
      startBlock(block, top);
    } else if (isStructure(name, top)) {
      path.enter(name, false);
      frames.push(new Frame(name, Kind.STRUCTURE, null));
    } else {
      Kind kind = kindInside(name, top);
      if (kind == null) {
        skippedElements.merge(name, 1L, Long::sum);
        skip();
        return;
      }
      text.setLength(0);
      frames.push(new Frame(name, kind, top.record()));
    }
  }

  private static CinBlock blockStarting(String name, Frame top) {
    if (top == null || top.kind() == Kind.GROUP || top.kind() == Kind.FIELD) {
      return null;
    }
    for (CinBlock block : CinBlock.values()) {
      if (block.element().equals(name) && block.parent().equals(top.element())) {
        return block;
      }
    }
    return null;
  }

  private static boolean isStructure(String name, Frame top) {
    if (top == null) {
      return "Message".equals(name);
    }
    return top.kind() == Kind.STRUCTURE && "Message".equals(top.element()) && "Children".equals(name);
  }

  private static Kind kindInside(String name, Frame top) {
    if (top == null || top.record() == null || top.kind() == Kind.FIELD) {
      return null;
    }
    CinBlock block = top.record().block();
    if (top.kind() == Kind.BLOCK && block.groups().contains(name)) {
      return Kind.GROUP;
    }
    return block.fields().contains(name) ? Kind.FIELD : null;
  }

  private void startBlock(CinBlock block, Frame top) {
    long line = xml.getLocation().getLineNumber();
    if (block == CinBlock.CHILD) {
      requireReferenceDate("line " + line);
      childHasIdentifiers = false;
    }
    path.enter(block.element(), block.table() != null);
    OpenRecord record = new OpenRecord(block, line, path.location(), top.record());
    if (block == CinBlock.HEADER) {
      header = record;
    } else {
      childRecords.add(record);
    }
    frames.push(new Frame(block.element(), Kind.BLOCK, record));
  }

  private void end() {
    Frame frame = frames.pop();
    switch (frame.kind()) {
      case FIELD -> frame.record().add(frame.element(), text.toString());
      case BLOCK -> {
        path.leave();
        if (frame.record().block() == CinBlock.CHILD) {
          emitChild();
        }
      }
      case STRUCTURE -> path.leave();
      case GROUP -> { }
    }
  }

  private void emitChild() {
    String referenceDate = header.value(CinBlock.REFERENCE_DATE);
    for (OpenRecord record : childRecords) {
      sink.accept(record.toRawRecord(referenceDate));
      recordsPerTable.merge(record.block().table(), 1L, Long::sum);
    }
    childRecords.clear();
    if (childHasIdentifiers) {
      childrenWithIdentifiers += 1;
    }
  }

  private void appendText(String field) {
    if ((long) text.length() + xml.getTextLength() > CinCensusReader.MAX_FIELD_CHARS) {
      throw new InputFileException(file, CinCensusReader.where(xml.getLocation()),
          CinCensusReader.RULE_FIELD_TOO_LONG, String.format(Locale.ROOT,
              "the text of a <%s> element runs on for more than %,d characters: is this a CIN census file?",
              field, CinCensusReader.MAX_FIELD_CHARS));
    }
    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
  }

  /** Moves past the current element's end tag without reading its text. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth += 1;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth -= 1;
      }
    }
  }

  private void requireReferenceDate(String location) {
    if (header == null || header.value(CinBlock.REFERENCE_DATE) == null) {
      throw new InputFileException(file, location, CinCensusReader.RULE_HEADER,
          "no Header/CollectionDetails/ReferenceDate before the first Child; every record needs it");
    }
  }

  private InputFileException refuseDtd() {
    Location at = xml.getLocation();
    return new InputFileException(file, CinCensusReader.where(at), CinCensusReader.RULE_DTD,
        "the file declares a DTD (<!DOCTYPE>); DTDs and entities are refused so that a file cannot make the "
            + "reader open other files or expand entities");
  }
}
