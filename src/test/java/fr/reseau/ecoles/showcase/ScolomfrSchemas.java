package fr.reseau.ecoles.showcase;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The official ScoLOMFR 3.2 schemas of src/test/resources/xsd/scolomfr (README there: origin,
 * licence, which vocabulary lists are shipped). Every include and import is read from the test
 * resources, never from the network. The package's root {@code scolomfr.xsd} includes all 42
 * vocabulary lists of {@code scolomfr/vocab} (over 1 MB, the media types and disciplines alone 1
 * MB); the lists not shipped are answered with an unrestricted token type, i.e. those vocabularies
 * are not enumerated (loose), while the shipped ones are the official lists.
 */
final class ScolomfrSchemas {

  private static final String FOLDER = "/xsd/scolomfr/";
  private static final Pattern VOCABULARY = Pattern.compile("scolomfr/vocab/voc_(\\d{3})\\.xsd$");

  /** The vocabulary lists answered loosely, for docs and tests: all but the shipped ones. */
  static final List<String> LOOSE = new ArrayList<>();

  private static final Schema LOM = load(FOLDER + "scolomfr.xsd");
  private static final Schema OAI_WITH_LOM =
      load("/xsd/oai/OAI-PMH.xsd", "/xsd/oai/oai_dc.xsd", FOLDER + "scolomfr.xsd");

  private ScolomfrSchemas() {}

  /** Validates a ScoLOMFR record ({@code lom:lom} root); throws on the first error. */
  static void validateRecord(String xml) {
    validate(LOM, xml, "scolomfr.xsd");
  }

  /** Validates a whole OAI-PMH answer whose records are ScoLOMFR ones, envelope and records. */
  static void validateOaiAnswer(String xml) {
    validate(OAI_WITH_LOM, xml, "OAI-PMH.xsd and scolomfr.xsd");
  }

  private static void validate(Schema schema, String xml, String against) {
    try {
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("Not valid against " + against + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load(String... resources) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setResourceResolver(ScolomfrSchemas::resolve);
      StreamSource[] sources = new StreamSource[resources.length];
      for (int i = 0; i < resources.length; i++) {
        URL url = ScolomfrSchemas.class.getResource(resources[i]);
        sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
      }
      return factory.newSchema(sources);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Local files for every schema document; a stand-in for a vocabulary list not shipped. */
  private static LSInput resolve(
      String type, String namespace, String publicId, String systemId, String baseUri) {
    if (systemId == null) {
      return null;
    }
    String name = systemId.substring(systemId.lastIndexOf('/') + 1);
    if (name.equals("xml.xsd") || name.equals("simpledc20021212.xsd")) {
      String local = name.equals("xml.xsd") ? "xml.xsd" : "dc.xsd";
      return LocalSchemaInput.of(ScolomfrSchemas.class.getResource("/xsd/oai/" + local));
    }
    String resolved = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
    Matcher vocabulary = VOCABULARY.matcher(resolved);
    if (vocabulary.find()
        && ScolomfrSchemas.class.getResource(FOLDER + vocabulary.group()) == null) {
      synchronized (LOOSE) {
        if (!LOOSE.contains(vocabulary.group(1))) {
          LOOSE.add(vocabulary.group(1));
        }
      }
      return LocalSchemaInput.text(resolved, looseList(vocabulary.group(1)));
    }
    return null;
  }

  /**
   * Not an official file: the type a vocabulary list declares ({@code vocNNNValues}, included as a
   * chameleon into the ScoLOMFR namespace like the official lists), without its enumeration.
   */
  private static String looseList(String number) {
    return "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" elementFormDefault=\"qualified\">"
        + "<xs:simpleType name=\"voc"
        + number
        + "Values\"><xs:restriction base=\"xs:token\"/></xs:simpleType></xs:schema>";
  }
}
