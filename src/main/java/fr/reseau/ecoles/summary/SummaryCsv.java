package fr.reseau.ecoles.summary;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvWriter;
import java.util.List;

/**
 * The network summary as one CSV table: section, item, count, detail (French, semicolon-separated
 * for spreadsheets).
 */
public final class SummaryCsv {

  private SummaryCsv() {}

  public static String write(SummaryContent content) {
    return SpreadsheetCsvWriter.write(
        List.of("Rubrique", "Élément", "Nombre", "Détail"),
        csv -> {
          csv.printRecord("Réseau", content.networkName(), "", content.schoolYear());
          for (var row : content.visits()) {
            csv.printRecord("Participation et visites", row.label(), row.count(), "");
          }
          for (var row : content.needs()) {
            csv.printRecord("Besoins déclarés", row.theme(), row.count(), row.publics());
          }
          for (var row : content.byPublic()) {
            csv.printRecord("Par public", row.publicServed(), row.volunteers(), row.topNeeds());
          }
          for (var row : content.byConstraint()) {
            csv.printRecord("Par contrainte", row.constraint(), row.count(), row.topNeeds());
          }
          for (var row : content.trainingNeeds()) {
            csv.printRecord("Besoins de formation", row.theme(), row.count(), "");
          }
          for (var row : content.groupedTrainings()) {
            csv.printRecord("Formations groupées proposées", row.theme(), row.count(), "");
          }
          if (content.byDegree() != null) {
            for (var row : content.byDegree()) {
              csv.printRecord("Par degré", row.degree(), row.solicited(), "sollicité·es");
              csv.printRecord("Par degré", row.degree(), row.volunteers(), "volontaires");
              csv.printRecord("Par degré", row.degree(), row.visitsHeld(), "visites réalisées");
              csv.printRecord(
                  "Par degré", row.degree(), row.interDegreeVisits(), "visites inter-degrés");
            }
          }
          for (var row : content.improvements()) {
            csv.printRecord(
                "Pistes d'amélioration", row.kind(), "", row.publicServed() + " : " + row.text());
          }
        });
  }
}
