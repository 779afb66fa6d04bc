package fr.reseau.ecoles.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one CSV writer neutralises formulas (OWASP's rule); the upload decoder reads both encodings
 * spreadsheets save.
 */
class SpreadsheetCsvWriterTest {

  @Test
  void aCellAGivenSpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
    for (String formula :
        List.of(
            "=1+1",
            "+33 6 12",
            "-2+3",
            "@SUM(A1)",
            "\tcalc",
            "\r=1",
            "=HYPERLINK(\"http://x\";\"ici\")")) {
      assertThat(SpreadsheetCsvWriter.cell(formula)).as(formula).isEqualTo("'" + formula);
    }
    for (String plain : List.of("", "Découvrir", " =pas au début", "1+1", "'déjà")) {
      assertThat(SpreadsheetCsvWriter.cell(plain)).as(plain).isEqualTo(plain);
    }
    assertThat(SpreadsheetCsvWriter.cell(-3)).isEqualTo("-3");
    assertThat(SpreadsheetCsvWriter.cell(null)).isEmpty();
  }

  @Test
  void everyRecordIsWrittenThroughTheRule() {
    String csv =
        SpreadsheetCsvWriter.write(
            List.of("a", "b"),
            rows -> {
              rows.printRecord("=cmd|' /C calc'!A0", 4);
              rows.printRecords(List.of(List.of("@x", "ok")));
            });
    assertThat(csv).isEqualTo("\uFEFFa;b\r\n'=cmd|' /C calc'!A0;4\r\n'@x;ok\r\n");
  }

  @Test
  void uploadsAreReadAsUtf8WithOrWithoutBomElseAsWindows1252() {
    String text = "nom;prénom\nLefèvre;Zoé\n";
    UploadedText.Decoded utf8 = UploadedText.decode(text.getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.text()).isEqualTo(text);
    assertThat(utf8.encoding()).isEqualTo("UTF-8");
    assertThat(utf8.note()).isNull();

    UploadedText.Decoded bom =
        UploadedText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    assertThat(bom.text()).isEqualTo(text);
    assertThat(bom.encoding()).isEqualTo("UTF-8");

    UploadedText.Decoded excel =
        UploadedText.decode(
            (text + "œuvre “citée” — 5 €\n").getBytes(Charset.forName("windows-1252")));
    assertThat(excel.text()).isEqualTo(text + "œuvre “citée” — 5 €\n").doesNotContain("\uFFFD");
    assertThat(excel.encoding()).isEqualTo("Windows-1252");
    assertThat(excel.note()).contains("Windows-1252").contains("UTF-8");
  }
}
