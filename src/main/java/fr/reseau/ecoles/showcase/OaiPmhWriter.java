package fr.reseau.ecoles.showcase;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The OAI-PMH 2.0 envelope written with StAX (the JDK's streaming writer: escaping and namespaces
 * are the writer's job, never string concatenation): {@code <OAI-PMH>}, the response date, the
 * request echo, then either errors or the verb's element.
 */
final class OaiPmhWriter implements AutoCloseable {

  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private final StringWriter text = new StringWriter();
  private final XMLStreamWriter xml;

  OaiPmhWriter() {
    try {
      xml = OUTPUT.createXMLStreamWriter(text);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XMLStreamWriter xml() {
    return xml;
  }

  /** Opens the envelope: response date and the request (its arguments unless hidden). */
  void open(Instant now, String baseUrl, String verb, Map<String, String> arguments)
      throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(OAI);
    xml.writeStartElement(OAI, "OAI-PMH");
    xml.writeDefaultNamespace(OAI);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "schemaLocation", OAI + " " + OAI_SCHEMA);
    element("responseDate", datestamp(now));
    xml.writeStartElement(OAI, "request");
    if (verb != null) {
      xml.writeAttribute("verb", verb);
      for (Map.Entry<String, String> argument : arguments.entrySet()) {
        xml.writeAttribute(argument.getKey(), argument.getValue());
      }
    }
    xml.writeCharacters(baseUrl);
    xml.writeEndElement();
  }

  void error(OaiError error) throws XMLStreamException {
    xml.writeStartElement(OAI, "error");
    xml.writeAttribute("code", error.code());
    xml.writeCharacters(error.getMessage());
    xml.writeEndElement();
  }

  void start(String name) throws XMLStreamException {
    xml.writeStartElement(OAI, name);
  }

  void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  void element(String name, String value) throws XMLStreamException {
    xml.writeStartElement(OAI, name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** A record's header: identifier, datestamp, set; deleted ones say so. */
  void header(String identifier, Instant datestamp, String setSpec, boolean deleted)
      throws XMLStreamException {
    xml.writeStartElement(OAI, "header");
    if (deleted) {
      xml.writeAttribute("status", "deleted");
    }
    element("identifier", identifier);
    element("datestamp", datestamp(datestamp));
    element("setSpec", setSpec);
    xml.writeEndElement();
  }

  void resumptionToken(String token, long completeListSize, long cursor) throws XMLStreamException {
    xml.writeStartElement(OAI, "resumptionToken");
    xml.writeAttribute("completeListSize", Long.toString(completeListSize));
    xml.writeAttribute("cursor", Long.toString(cursor));
    if (token != null) {
      xml.writeCharacters(token);
    }
    xml.writeEndElement();
  }

  String finish() throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
    return text.toString();
  }

  static String datestamp(Instant instant) {
    return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  @Override
  public void close() throws XMLStreamException {
    xml.close();
  }
}
