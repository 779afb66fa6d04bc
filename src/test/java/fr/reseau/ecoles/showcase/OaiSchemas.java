package fr.reseau.ecoles.showcase;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The official OAI-PMH 2.0 and oai_dc schemas of src/test/resources/xsd/oai (README there), every
 * import resolved to those local files: no network.
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

  /**
   * Validates the OAI-PMH envelope of a scolomfr response: each record's {@code lom:lom} (checked
   * by ScolomfrRecordTest, see docs/showcase.md "Validation") is set aside for an empty {@code
   * oai_dc:dc}, so that OAI-PMH.xsd's strict wildcard has a declared element to check.
   */
  static void validateEnvelope(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document =
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      NodeList metadata = document.getElementsByTagNameNS(OaiPmhWriter.OAI, "metadata");
      for (int i = 0; i < metadata.getLength(); i++) {
        Element element = (Element) metadata.item(i);
        while (element.getFirstChild() != null) {
          element.removeChild(element.getFirstChild());
        }
        element.appendChild(document.createElementNS(OaiDcWriter.OAI_DC, "oai_dc:dc"));
      }
      OAI_AND_DC.newValidator().validate(new DOMSource(document));
    } catch (SAXException e) {
      throw new AssertionError("Envelope not valid against OAI-PMH.xsd: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
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
            return local == null ? null : input(local, systemId);
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

  private static LSInput input(String local, String systemId) {
    URL url = OaiSchemas.class.getResource(FOLDER + local);
    return new LSInput() {
      @Override
      public InputStream getByteStream() {
        try {
          return url.openStream();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String getSystemId() {
        return url.toExternalForm();
      }

      @Override
      public Reader getCharacterStream() {
        return null;
      }

      @Override
      public void setCharacterStream(Reader characterStream) {}

      @Override
      public void setByteStream(InputStream byteStream) {}

      @Override
      public String getStringData() {
        return null;
      }

      @Override
      public void setStringData(String stringData) {}

      @Override
      public void setSystemId(String id) {}

      @Override
      public String getPublicId() {
        return null;
      }

      @Override
      public void setPublicId(String publicId) {}

      @Override
      public String getBaseURI() {
        return null;
      }

      @Override
      public void setBaseURI(String baseURI) {}

      @Override
      public String getEncoding() {
        return null;
      }

      @Override
      public void setEncoding(String encoding) {}

      @Override
      public boolean getCertifiedText() {
        return false;
      }

      @Override
      public void setCertifiedText(boolean certifiedText) {}
    };
  }
}
