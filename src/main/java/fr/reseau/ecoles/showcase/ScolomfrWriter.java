package fr.reseau.ecoles.showcase;

import static fr.reseau.ecoles.showcase.ScolomfrVocabulary.FRENCH;
import static fr.reseau.ecoles.showcase.ScolomfrVocabulary.SOURCE;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.showcase.ScolomfrVocabulary.Concept;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A published production as a ScoLOMFR record: IEEE LOM XML ({@code lom:}) with the LOMFR and
 * ScoLOMFR extension elements ({@code lomfr:}, {@code scolomfr:}) and the ScoLOMFR vocabularies
 * (docs/showcase.md, "ScoLOMFR"), written with StAX so that every text is escaped by the writer.
 * Only published content goes out: title, summary, discipline, level, themes, duration, tools,
 * steps, links, authors' names and licence; never the group, the process or a member's account.
 */
final class ScolomfrWriter {

  static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
  static final String LOMFR = "http://www.lom-fr.fr/xsd/LOMFR";
  static final String SCOLOMFR = "http://www.lom-fr.fr/xsd/SCOLOMFR";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final XMLStreamWriter xml;

  ScolomfrWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes {@code <lom:lom>} and its content; pageUrl is the production's public page. */
  void write(Production p, String pageUrl, String recordUrl) throws XMLStreamException {
    xml.setPrefix("lom", LOM);
    xml.setPrefix("lomfr", LOMFR);
    xml.setPrefix("scolomfr", SCOLOMFR);
    xml.writeStartElement("lom", "lom", LOM);
    xml.writeNamespace("lom", LOM);
    xml.writeNamespace("lomfr", LOMFR);
    xml.writeNamespace("scolomfr", SCOLOMFR);
    general(p, pageUrl);
    lifeCycle(p);
    metaMetadata(recordUrl);
    technical(p, pageUrl);
    educational(p);
    rights(p);
    for (String resource : p.getResources()) {
      relation(resource);
    }
    classification(
        ScolomfrVocabulary.PURPOSE_DOMAIN,
        ScolomfrVocabulary.DOMAIN_SOURCE,
        p.getDiscipline(),
        ScolomfrVocabulary.discipline(p.getDiscipline()));
    classification(
        ScolomfrVocabulary.PURPOSE_LEVEL,
        ScolomfrVocabulary.LEVEL_SOURCE,
        p.getLevel(),
        ScolomfrVocabulary.level(p.getLevel()));
    xml.writeEndElement();
  }

  private void general(Production p, String pageUrl) throws XMLStreamException {
    start("general");
    identifier("URI", pageUrl);
    langString("title", p.getTitle());
    text(LOM, "language", FRENCH);
    if (present(p.getSummary())) {
      langString("description", p.getSummary());
    }
    for (String theme : p.getThemes()) {
      langString("keyword", theme);
    }
    vocabulary(LOMFR, "documentType", ScolomfrVocabulary.DOCUMENT_TEXT, false);
    xml.writeEndElement();
  }

  private void lifeCycle(Production p) throws XMLStreamException {
    start("lifeCycle");
    vocabulary(LOM, "status", ScolomfrVocabulary.STATUS_FINAL, true);
    for (String author : p.getAuthors()) {
      start("contribute");
      vocabulary(LOM, "role", ScolomfrVocabulary.ROLE_AUTHOR, true);
      text(LOM, "entity", vcard(author, p.getAcademie()));
      if (p.getPublishedAt() != null) {
        start("date");
        text(LOM, "dateTime", DAY.format(p.getPublishedAt()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void metaMetadata(String recordUrl) throws XMLStreamException {
    start("metaMetadata");
    identifier("URI", recordUrl);
    start("contribute");
    vocabulary(LOM, "role", ScolomfrVocabulary.ROLE_CREATOR, true);
    text(LOM, "entity", vcard("Vitrine de la mutualisation", null));
    xml.writeEndElement();
    text(LOM, "metadataSchema", SOURCE);
    text(LOM, "language", FRENCH);
    xml.writeEndElement();
  }

  private void technical(Production p, String pageUrl) throws XMLStreamException {
    start("technical");
    text(LOM, "format", ScolomfrVocabulary.FORMAT_HTML);
    text(LOM, "location", pageUrl);
    if (!p.getDigitalTools().isEmpty()) {
      langString(
          "otherPlatformRequirements",
          "Outils numériques : " + String.join(", ", p.getDigitalTools()));
    }
    xml.writeEndElement();
  }

  private void educational(Production p) throws XMLStreamException {
    start("educational");
    vocabulary(LOM, "learningResourceType", ScolomfrVocabulary.SCENARIO, true);
    vocabulary(LOM, "intendedEndUserRole", ScolomfrVocabulary.TEACHER, true);
    Optional<Concept> context = ScolomfrVocabulary.context(p.getLevel());
    if (context.isPresent()) {
      vocabulary(LOM, "context", context.get(), true);
    }
    Optional<String> duration = ScolomfrVocabulary.isoDuration(p.getDuration());
    if (duration.isPresent()) {
      start("typicalLearningTime");
      text(LOM, "duration", duration.get());
      xml.writeEndElement();
    } else if (present(p.getDuration())) {
      langString("description", "Durée : " + p.getDuration());
    }
    List<String> steps = p.getSteps();
    if (!steps.isEmpty()) {
      StringBuilder text = new StringBuilder("Déroulement :");
      for (int i = 0; i < steps.size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(steps.get(i));
      }
      langString("description", text.toString());
    }
    text(LOM, "language", FRENCH);
    xml.writeEndElement();
  }

  private void rights(Production p) throws XMLStreamException {
    start("rights");
    vocabulary(LOM, "cost", ScolomfrVocabulary.FREE, true);
    vocabulary(LOM, "copyrightAndOtherRestrictions", ScolomfrVocabulary.COPYRIGHT_YES, true);
    langString(
        "description",
        "Licence "
            + p.getLicence()
            + ScolomfrVocabulary.licenceUrl(p.getLicence()).map(url -> " : " + url).orElse(""));
    xml.writeEndElement();
  }

  /** A resource line {@code title | url}; lines without an http(s) address are left out. */
  private void relation(String resource) throws XMLStreamException {
    Link link = Link.parse(resource);
    if (link.url() == null) {
      return;
    }
    start("relation");
    vocabulary(LOM, "kind", ScolomfrVocabulary.REFERENCES, true);
    start("resource");
    identifier("URL", link.url());
    langString("description", link.title());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void classification(
      Concept purpose, String source, String label, Optional<Concept> concept)
      throws XMLStreamException {
    if (!present(label)) {
      return;
    }
    start("classification");
    vocabulary(LOM, "purpose", purpose, true);
    start("taxonPath");
    start("source");
    text(LOM, "string", source);
    xml.writeEndElement();
    start("taxon");
    if (concept.isPresent()) {
      text(LOM, "id", concept.get().uri());
    }
    start("entry");
    text(LOM, "string", concept.map(Concept::label).orElse(label.strip()));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** A LOM vocabulary element (source, label, value) or a LOMFR/ScoLOMFR one (label, value). */
  private void vocabulary(String namespace, String name, Concept concept, boolean withSource)
      throws XMLStreamException {
    xml.writeStartElement(namespace, name);
    if (withSource) {
      text(LOM, "source", SOURCE);
    }
    text(namespace, "label", concept.label());
    text(namespace, "value", concept.uri());
    xml.writeEndElement();
  }

  private void identifier(String catalog, String entry) throws XMLStreamException {
    start("identifier");
    text(LOM, "catalog", catalog);
    text(LOM, "entry", entry);
    xml.writeEndElement();
  }

  private void langString(String name, String value) throws XMLStreamException {
    start(name);
    xml.writeStartElement(LOM, "string");
    xml.writeAttribute("language", FRENCH);
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void start(String lomElement) throws XMLStreamException {
    xml.writeStartElement(LOM, lomElement);
  }

  private void text(String namespace, String name, String value) throws XMLStreamException {
    xml.writeStartElement(namespace, name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** A vCard 3.0 naming a person (or the showcase) and the académie, nothing else. */
  static String vcard(String name, String academie) {
    String escaped = name.strip().replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;");
    return "BEGIN:VCARD\nVERSION:3.0\nFN:"
        + escaped
        + "\nN:"
        + escaped
        + ";;;;\n"
        + (academie == null ? "" : "ORG:Académie " + academie.replace(";", "\\;") + "\n")
        + "END:VCARD";
  }

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** A resource line {@code title | url}: its title and its http(s) address (or null). */
  record Link(String title, String url) {
    static Link parse(String line) {
      int bar = line.lastIndexOf('|');
      String title = (bar < 0 ? line : line.substring(0, bar)).strip();
      String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
      boolean web = url.matches("(?i)https?://[^\\s<>\"]+");
      return new Link(title.isEmpty() ? url : title, web ? url : null);
    }
  }
}
