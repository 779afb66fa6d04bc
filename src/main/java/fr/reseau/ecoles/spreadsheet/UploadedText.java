package fr.reseau.ecoles.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded spreadsheet export as text. Spreadsheet programs save "CSV" either in UTF-8 (often
 * with a byte order mark) or, for Excel's plain "CSV" on Windows, in Windows-1252: the bytes are
 * read as UTF-8 when they are valid UTF-8 (they almost never are by accident once an accent is
 * present), otherwise as Windows-1252, and the reading chosen is told to the person who sent the
 * file.
 */
public final class UploadedText {

  public static final String UTF_8 = "UTF-8";
  public static final String WINDOWS_1252 = "Windows-1252";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** The text, and the encoding it was read in. */
  public record Decoded(String text, String encoding) {

    public String note() {
      return UploadedText.note(encoding);
    }
  }

  /** A French sentence for the report when the file was not read as UTF-8, else null. */
  public static String note(String encoding) {
    return WINDOWS_1252.equals(encoding)
        ? "Le fichier n'était pas en UTF-8 : il a été lu en Windows-1252 (« CSV » d'Excel) ; vérifiez les accents."
        : null;
  }

  private UploadedText() {}

  public static Decoded decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return new Decoded(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(content)
              .toString(),
          UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(bytes, start, bytes.length - start, CP1252), WINDOWS_1252);
    }
  }
}
