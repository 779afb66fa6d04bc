package fr.reseau.ecoles.showcase;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The official OAI-PMH 2.0 and oai_dc schemas of src/test/resources/xsd/oai (README there), every
 * import resolved to those local files: no network. Answers with ScoLOMFR records: ScolomfrSchemas.
 */
final class OaiSchemas {

  private static final String FOLDER = "/xsd/oai/";
  private static final Map<String, String> LOCAL =
      Map.of(
          "simpledc20021212.xsd", "dc.xsd",
          "xml.xsd", "xml.xsd");

  private static final Schema OAI_AND_DC = load("OAI-PMH.xsd", "oai_dc.xsd");

  private OaiSchemas() {}

  /** Validates a whole OAI-PMH response (oai_dc records included); throws on the first error. */
  static void validate(String xml) {
    try {
      OAI_AND_DC.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("Not valid against OAI-PMH.xsd/oai_dc.xsd: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load(String... files) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> {
            String name =
                systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            String local = name == null ? null : LOCAL.getOrDefault(name, null);
            return local == null
                ? null
                : LocalSchemaInput.of(OaiSchemas.class.getResource(FOLDER + local));
          });
      StreamSource[] sources = new StreamSource[files.length];
      for (int i = 0; i < files.length; i++) {
        URL url = OaiSchemas.class.getResource(FOLDER + files[i]);
        sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
      }
      return factory.newSchema(sources);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
