package fr.reseau.ecoles.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV reader: byte order mark, separators, blank lines, quotes, line numbers. */
class SpreadsheetCsvReaderTest {

  @Test
  void theSeparatorIsTheOneTheHeaderHasMoreOfOutsideQuotes() {
    assertThat(SpreadsheetCsvReader.detectSeparator("nom;prenom;courriel")).isEqualTo(';');
    assertThat(SpreadsheetCsvReader.detectSeparator("nom,prenom,courriel")).isEqualTo(',');
    assertThat(SpreadsheetCsvReader.detectSeparator("\"a;b;c\",d,e")).isEqualTo(',');
    assertThat(SpreadsheetCsvReader.detectSeparator("nom\tprenom")).isNull();
  }

  @Test
  void recordsKeepTheLineTheyStartOnAndSkipBlankLinesAndTheBom() {
    SpreadsheetCsvReader.Parsed parsed =
        SpreadsheetCsvReader.read(
            "\uFEFFnom;ville\r\n\r\n ;  \r\n Durand ;\"Apt\r\nsud\"\r\nMartin;Gap", ';');

    assertThat(parsed.brokenQuoteLine()).isNull();
    assertThat(parsed.records())
        .containsExactly(
            new SpreadsheetCsvReader.Record(1, List.of("nom", "ville")),
            new SpreadsheetCsvReader.Record(4, List.of("Durand", "Apt\r\nsud")),
            new SpreadsheetCsvReader.Record(6, List.of("Martin", "Gap")));
    assertThat(parsed.headerIndex()).containsEntry("ville", 1);
    assertThat(parsed.records().get(2).cell(5)).isEmpty();
  }

  @Test
  void aBrokenQuoteStopsTheReadingAndKeepsWhatCameBefore() {
    SpreadsheetCsvReader.Parsed parsed =
        SpreadsheetCsvReader.read("nom;ville\nDurand;Apt\nMartin;\"Gap\"x\nPetit;Nyons", ';');

    assertThat(parsed.records()).hasSize(2);
    assertThat(parsed.brokenQuoteLine()).isEqualTo(3);
  }

  @Test
  void shippedFilesMayHaveCommentLinesUploadsMayNot() {
    String text = "# note\nzone,label\n# autre\nA,Noël";

    assertThat(SpreadsheetCsvReader.readWithComments(text, ',').records())
        .extracting(SpreadsheetCsvReader.Record::cells)
        .containsExactly(List.of("zone", "label"), List.of("A", "Noël"));
    assertThat(SpreadsheetCsvReader.read(text, ',').records()).hasSize(4);
  }
}
