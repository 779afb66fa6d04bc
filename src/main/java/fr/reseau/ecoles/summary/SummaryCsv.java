package fr.reseau.ecoles.summary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The network summary as one CSV table: section, item, count, detail (French, semicolon-separated for spreadsheets). */
public final class SummaryCsv {

  private SummaryCsv() {}

  public static String write(SummaryContent content) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
        .setHeader("Rubrique", "Élément", "Nombre", "Détail").get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
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
      for (var row : content.improvements()) {
        csv.printRecord("Pistes d'amélioration", row.kind(), "", row.publicServed() + " : " + row.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A byte order mark so spreadsheet programs read the accents right.
    return "\uFEFF" + out;
  }
}
