package fr.reseau.ecoles.academic;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file a production may carry, recognised from their bytes: a file is accepted only
 * when its name's extension and its signature agree (a renamed executable is neither). Office files
 * are zip archives: OpenDocument names its type in its first, stored entry {@code mimetype}; Office
 * Open XML is told by its main part, read from the archive's central directory (names only, nothing
 * is inflated).
 */
final class ResourceTypes {

  static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("txt", "text/plain;charset=UTF-8"));

  private static final Map<String, String> OOXML_MAIN_PART =
      Map.of(
          "docx", "word/document.xml", "xlsx", "xl/workbook.xml", "pptx", "ppt/presentation.xml");

  private ResourceTypes() {}

  /** The content type to serve, when the bytes are of the kind the name says; else empty. */
  static Optional<String> recognise(String filename, byte[] bytes) {
    String extension = extension(filename);
    String type = BY_EXTENSION.get(extension);
    if (type == null || bytes.length == 0) {
      return Optional.empty();
    }
    boolean matches =
        switch (extension) {
          case "pdf" -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
          case "png" -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
          case "jpg", "jpeg" ->
              startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
          case "odt", "ods", "odp" -> type.equals(openDocumentType(bytes));
          case "docx", "xlsx", "pptx" -> {
            List<String> names = zipEntryNames(bytes);
            yield names.contains("[Content_Types].xml")
                && names.contains(OOXML_MAIN_PART.get(extension));
          }
          default -> isText(bytes);
        };
    return matches ? Optional.of(type) : Optional.empty();
  }

  static String extension(String filename) {
    int dot = filename == null ? -1 : filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** UTF-8 (with or without BOM), no control characters but tab, line feed, carriage return. */
  private static boolean isText(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The OpenDocument type in the first entry, which the format requires stored, named mimetype. */
  private static String openDocumentType(byte[] b) {
    if (b.length < 30 || u32(b, 0) != 0x04034b50L || u16(b, 8) != 0) {
      return null;
    }
    int nameLength = u16(b, 26);
    int extraLength = u16(b, 28);
    long size = u32(b, 18);
    int start = 30 + nameLength + extraLength;
    if (nameLength != 8 || size > 100 || start + size > b.length) {
      return null;
    }
    if (!"mimetype".equals(new String(b, 30, 8, StandardCharsets.US_ASCII))) {
      return null;
    }
    return new String(b, start, (int) size, StandardCharsets.US_ASCII);
  }

  /** The entry names of a zip archive's central directory; empty when it is not a sound zip. */
  static List<String> zipEntryNames(byte[] b) {
    List<String> names = new ArrayList<>();
    if (b.length < 22 || u32(b, 0) != 0x04034b50L) {
      return names;
    }
    // The end record is at the end, before a comment of at most 65535 bytes.
    int end = -1;
    for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (u32(b, i) == 0x06054b50L) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    int count = u16(b, end + 10);
    long at = u32(b, end + 16);
    for (int n = 0; n < count; n++) {
      if (at + 46 > b.length || u32(b, (int) at) != 0x02014b50L) {
        return List.of();
      }
      int p = (int) at;
      int nameLength = u16(b, p + 28);
      int next = p + 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
      if (next > b.length) {
        return List.of();
      }
      names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
      at = next;
    }
    return names;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16);
  }
}
