package fr.reseau.ecoles.academic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each accepted kind, built as their formats say, for the tests. */
final class ResourceSamples {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
  static final byte[] TEXT =
      "Consignes de la séance\n1. Mesurer\n".getBytes(StandardCharsets.UTF_8);

  private ResourceSamples() {}

  /** An OpenDocument archive: its first entry, stored, names its type. */
  static byte[] openDocument(String mimetype) {
    return zip(mimetype, "content.xml");
  }

  /** An Office Open XML archive with its content types and main part. */
  static byte[] officeOpenXml(String mainPart) {
    return zip(null, "[Content_Types].xml", mainPart);
  }

  private static byte[] zip(String mimetype, String... names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      if (mimetype != null) {
        byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(type);
        zip.closeEntry();
      }
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<xml/>".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
