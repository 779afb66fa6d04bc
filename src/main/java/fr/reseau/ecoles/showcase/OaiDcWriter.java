package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.academic.Production;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A published production as unqualified Dublin Core ({@code oai_dc}), the format every OAI-PMH
 * repository must offer: the same public fields as the ScoLOMFR record (docs/showcase.md).
 */
final class OaiDcWriter {

  static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final XMLStreamWriter xml;

  OaiDcWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  void write(Production p, String pageUrl) throws XMLStreamException {
    xml.writeStartElement("oai_dc", "dc", OAI_DC);
    xml.writeNamespace("oai_dc", OAI_DC);
    xml.writeNamespace("dc", DC);
    xml.writeNamespace("xsi", OaiPmhWriter.XSI);
    xml.writeAttribute("xsi", OaiPmhWriter.XSI, "schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
    dc("title", p.getTitle());
    for (String author : p.getAuthors()) {
      dc("creator", author);
    }
    dc("subject", p.getDiscipline());
    dc("subject", p.getLevel());
    for (String theme : p.getThemes()) {
      dc("subject", theme);
    }
    dc("description", p.getSummary());
    dc("publisher", "Académie " + p.getAcademie());
    if (p.getPublishedAt() != null) {
      dc("date", DAY.format(p.getPublishedAt()));
    }
    dc("type", "Text");
    dc("type", "scénario pédagogique");
    dc("format", "text/html");
    dc("identifier", pageUrl);
    dc("language", "fre");
    for (String resource : p.getResources()) {
      String url = ScolomfrWriter.Link.parse(resource).url();
      if (url != null) {
        dc("relation", url);
      }
    }
    dc(
        "rights",
        p.getLicence()
            + ScolomfrVocabulary.licenceUrl(p.getLicence()).map(url -> " " + url).orElse(""));
    xml.writeEndElement();
  }

  private void dc(String element, String value) throws XMLStreamException {
    if (!ScolomfrWriter.present(value)) {
      return;
    }
    xml.writeStartElement("dc", element, DC);
    xml.writeCharacters(value.strip());
    xml.writeEndElement();
  }
}
