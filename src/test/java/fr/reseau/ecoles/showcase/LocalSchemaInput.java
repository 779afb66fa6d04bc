package fr.reseau.ecoles.showcase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.ls.LSInput;

/**
 * A schema document handed to a validator's resource resolver: a test resource or a text, so that
 * no schema import ever goes to the network (OaiSchemas, ScolomfrSchemas).
 */
final class LocalSchemaInput implements LSInput {

  private final URL url;
  private final String systemId;
  private final String text;

  private LocalSchemaInput(URL url, String systemId, String text) {
    this.url = url;
    this.systemId = systemId;
    this.text = text;
  }

  static LocalSchemaInput of(URL url) {
    return new LocalSchemaInput(url, url.toExternalForm(), null);
  }

  static LocalSchemaInput text(String systemId, String text) {
    return new LocalSchemaInput(null, systemId, text);
  }

  @Override
  public InputStream getByteStream() {
    if (text != null) {
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
    try {
      return url.openStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String getSystemId() {
    return systemId;
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
}
