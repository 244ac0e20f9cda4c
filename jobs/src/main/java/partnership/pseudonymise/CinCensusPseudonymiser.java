package partnership.pseudonymise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Characters;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import partnership.ingest.InputFileException;

/**
 * Pseudonymises a DfE Children in Need census XML file (statutory-facts.md §1) as a stream, one
 * {@code Child} at a time: {@code LAchildID} becomes the child's pseudonym, {@code UPN},
 * {@code FormerUPN} and any other direct identifier element are removed, birth dates are cut to the
 * first of their month and postcodes to their sector. A child whose id cannot be pseudonymised is
 * written to the rejects file instead, whole.
 *
 * <p>Comments and processing instructions are not copied (free text can name a child). A file with a
 * DOCTYPE is refused, and the parser neither reads a DTD nor resolves external entities.
 */
final class CinCensusPseudonymiser {

  private static final String CHILD = "Child";
  private static final String LA_CHILD_ID = "LAchildID";

  private final ChildIds childIds;
  private final XMLEventFactory events = XMLEventFactory.newDefaultFactory();

  CinCensusPseudonymiser(ChildIds childIds) {
    this.childIds = childIds;
  }

  Summary pseudonymise(String file, InputStream in, OutputStream out, Rejects rejects)
      throws IOException {
    XMLEventReader reader = null;
    XMLStreamWriter writer = null;
    TreeSet<String> dropped = new TreeSet<>();
    long written = 0;
    try {
      reader = inputFactory().createXMLEventReader(in);
      writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      // Whitespace between elements is held back until the next event is known to be written, so that
      // a rejected child or a dropped comment leaves no blank line behind.
      String pendingWhitespace = "";
      while (reader.hasNext()) {
        XMLEvent event = reader.nextEvent();
        if (event.isCharacters() && event.asCharacters().isWhiteSpace()) {
          pendingWhitespace += event.asCharacters().getData();
          continue;
        }
        if (event.getEventType() == XMLEvent.DTD) {
          // A DTD can pull in other files or expand entities without bound; DfE files have none.
          throw new InputFileException(file, "line " + event.getLocation().getLineNumber(), "xml-doctype",
              "the file has a DOCTYPE, which is refused");
        }
        boolean isChild = event.isStartElement()
            && event.asStartElement().getName().getLocalPart().equals(CHILD);
        List<XMLEvent> copied = List.of(event);
        if (isChild) {
          ChildRecord child = readChild(reader, event, dropped);
          if (child.rejectReason == null) {
            copied = child.events;
            written++;
          } else {
            rejects.reject(child.line, child.rejectReason, child.identifier);
            copied = List.of();
          }
        } else if (!isCopied(event)) {
          copied = List.of();
        }
        if (!copied.isEmpty()) {
          writer.writeCharacters(pendingWhitespace);
          for (XMLEvent kept : copied) {
            write(writer, kept);
          }
        }
        pendingWhitespace = "";
      }
      writer.flush();
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? null : "line " + e.getLocation().getLineNumber();
      throw new InputFileException(file, where, "xml", "the file is not well-formed XML");
    } finally {
      close(reader, writer);
    }
    return new Summary("CIN census XML", "children", written, rejects.count(), List.copyOf(dropped));
  }

  /** One {@code Child} element, read whole: its events to write, or why it is rejected. */
  private static final class ChildRecord {
    final long line;
    final List<XMLEvent> events = new ArrayList<>();
    String identifier;
    int identifierIndex = -1;
    String rejectReason;

    ChildRecord(long line) {
      this.line = line;
    }

    void reject(String reason) {
      if (rejectReason == null) {
        rejectReason = reason;
      }
    }
  }

  private ChildRecord readChild(XMLEventReader reader, XMLEvent start,
      TreeSet<String> dropped) throws XMLStreamException {
    ChildRecord child = new ChildRecord(start.getLocation().getLineNumber());
    child.events.add(start);
    int depth = 1;
    while (depth > 0) {
      XMLEvent event = reader.nextEvent();
      if (event.isStartElement()) {
        String name = event.asStartElement().getName().getLocalPart();
        if (ColumnNames.isDirectIdentifier(name)) {
          skipElement(reader);
          dropWhitespaceBefore(child.events);
          dropped.add(name);
          continue;
        }
        child.events.add(event);
        // The three kinds of leaf element rewritten here are read to their end tag at once.
        if (name.equals(LA_CHILD_ID)) {
          readIdentifier(reader, child);
        } else if (ColumnNames.isDateOfBirth(name) || ColumnNames.isOtherBirthDate(name)) {
          replaceText(reader, child, name, BirthDates::firstOfMonth);
        } else if (ColumnNames.isPostcode(name)) {
          replaceText(reader, child, name, Postcodes::sector);
        } else {
          depth++;
        }
      } else if (event.isEndElement()) {
        depth--;
        child.events.add(event);
      } else if (event.isCharacters()) {
        child.events.add(event);
      }
    }
    if (child.identifierIndex < 0) {
      child.reject(LA_CHILD_ID + " is missing");
    }
    if (child.rejectReason == null) {
      ChildIds.Outcome outcome = childIds.resolve(child.identifier);
      if (outcome.rejectReason() == null) {
        child.events.set(child.identifierIndex, events.createCharacters(outcome.childId()));
      } else {
        child.reject(LA_CHILD_ID + ": " + outcome.rejectReason());
      }
    }
    return child;
  }

  /** Reads {@code LAchildID}'s text up to and including its end tag, leaving a slot for the pseudonym. */
  private void readIdentifier(XMLEventReader reader, ChildRecord child) throws XMLStreamException {
    String text = reader.getElementText();
    if (child.identifierIndex >= 0) {
      child.reject("the child has two " + LA_CHILD_ID + " elements");
    }
    child.identifier = text;
    child.identifierIndex = child.events.size();
    child.events.add(events.createCharacters(""));
    child.events.add(events.createEndElement("", "", LA_CHILD_ID));
  }

  private void replaceText(XMLEventReader reader, ChildRecord child, String name,
      UnaryOperator<String> cut) throws XMLStreamException {
    String value = cut.apply(reader.getElementText());
    if (value == null) {
      child.reject(name + " is not a date in yyyy-mm-dd");
      value = "";
    }
    child.events.add(events.createCharacters(value));
    child.events.add(events.createEndElement("", "", name));
  }

  private static void skipElement(XMLEventReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      XMLEvent event = reader.nextEvent();
      if (event.isStartElement()) {
        depth++;
      } else if (event.isEndElement()) {
        depth--;
      }
    }
  }

  /** Removes the indentation before a dropped element, so that no blank line is left in its place. */
  private static void dropWhitespaceBefore(List<XMLEvent> events) {
    XMLEvent last = events.get(events.size() - 1);
    if (last.isCharacters() && last.asCharacters().isWhiteSpace()) {
      events.remove(events.size() - 1);
    }
  }

  /** Comments, processing instructions and entity references are not copied. */
  private static boolean isCopied(XMLEvent event) {
    return switch (event.getEventType()) {
      case XMLEvent.START_DOCUMENT, XMLEvent.END_DOCUMENT, XMLEvent.START_ELEMENT, XMLEvent.END_ELEMENT,
          XMLEvent.CDATA, XMLEvent.CHARACTERS, XMLEvent.SPACE -> true;
      default -> false;
    };
  }

  private static void write(XMLStreamWriter writer, XMLEvent event) throws XMLStreamException {
    switch (event.getEventType()) {
      case XMLEvent.START_DOCUMENT -> {
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeCharacters("\n");
      }
      case XMLEvent.END_DOCUMENT -> {
        writer.writeEndDocument();
        writer.writeCharacters("\n");
      }
      case XMLEvent.START_ELEMENT -> writeStart(writer, event.asStartElement());
      case XMLEvent.END_ELEMENT -> writer.writeEndElement();
      case XMLEvent.CDATA -> writer.writeCData(event.asCharacters().getData());
      case XMLEvent.CHARACTERS, XMLEvent.SPACE -> writer.writeCharacters(event.asCharacters().getData());
      default -> throw new IllegalStateException("Cannot copy XML event " + event.getEventType());
    }
  }

  private static void writeStart(XMLStreamWriter writer, StartElement start) throws XMLStreamException {
    var name = start.getName();
    writer.writeStartElement(name.getPrefix(), name.getLocalPart(), name.getNamespaceURI());
    for (Iterator<Namespace> it = start.getNamespaces(); it.hasNext(); ) {
      Namespace namespace = it.next();
      if (namespace.isDefaultNamespaceDeclaration()) {
        writer.writeDefaultNamespace(namespace.getNamespaceURI());
      } else {
        writer.writeNamespace(namespace.getPrefix(), namespace.getNamespaceURI());
      }
    }
    for (Iterator<Attribute> it = start.getAttributes(); it.hasNext(); ) {
      Attribute attribute = it.next();
      var attributeName = attribute.getName();
      writer.writeAttribute(attributeName.getPrefix(), attributeName.getNamespaceURI(),
          attributeName.getLocalPart(), attribute.getValue());
    }
  }

  private static XMLInputFactory inputFactory() {
    // The JDK's own parser, whatever else is on Spark's classpath, with DTDs and external entities off.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private static void close(XMLEventReader reader, XMLStreamWriter writer) {
    try {
      if (reader != null) {
        reader.close();
      }
      if (writer != null) {
        writer.close();
      }
    } catch (XMLStreamException e) {
      // Closing releases parser state only; the streams themselves are closed by the caller.
    }
  }
}
