package fr.reseau.ecoles.summary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCells;
import fr.reseau.ecoles.summary.SummaryContent.ImprovementRow;
import fr.reseau.ecoles.summary.SummaryContent.NeedRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network summary's CSV: the network's name and the improvement tracks teachers wrote arrive as
 * text.
 */
class SummaryCsvTest {

  @Test
  void formulaCellsAreNeutralised() {
    SummaryContent content =
        new SummaryContent(
            "=Réseau",
            "2026-2027",
            List.of(),
            List.of(new NeedRow("-thème", 2, "@public")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new ImprovementRow("collège", "host", "rien"),
                new ImprovementRow("=SOMME(A1)", "visitor", "+33")),
            List.of(new SummaryContent.DegreeRow("Premier degré", 4, 3, 2, 1)));
    List<String> cells = SpreadsheetCells.of(SummaryCsv.write(content));
    assertThat(cells)
        .contains(
            "'=Réseau",
            "'-thème",
            "'@public",
            "collège : rien",
            "'=SOMME(A1) : +33",
            "2",
            "Par degré",
            "Premier degré",
            "visites inter-degrés");
  }
}
