package fr.reseau.ecoles.review;

import static fr.reseau.ecoles.review.YearCharts.escape;

import fr.reseau.ecoles.review.YearIndicators.Figure;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCsv;
import fr.reseau.ecoles.web.PageStyle;
import java.util.List;

/**
 * The year at a glance (page), the printable report and the CSV file: French, anonymous,
 * self-contained.
 */
final class YearPages {

  private YearPages() {}

  static String page(
      YearIndicators year,
      YearIndicators before,
      NetworkMap map,
      String networkId,
      boolean reportProduced) {
    StringBuilder html = head("Bilan " + year.schoolYear() + " — " + year.networkName());
    html.append("<h1>L'année en un coup d'œil</h1><p class=\"sub\">")
        .append(escape(year.networkName()))
        .append(" — année scolaire ")
        .append(escape(year.schoolYear()))
        .append("</p>");
    html.append("<p class=\"links\"><a href=\"")
        .append(escape(YearPageController.reportPath(networkId, year.schoolYear())))
        .append("\">Rapport imprimable")
        .append(reportProduced ? "" : " (provisoire)")
        .append("</a><a href=\"")
        .append(escape(YearPageController.csvPath(networkId, year.schoolYear())))
        .append("\">Indicateurs (CSV)</a>")
        .append("<a href=\"/camunda/app/tasklist/\">Tasklist</a></p>");
    html.append(
            "<p class=\"note\">Page réservée à la coordination du réseau. Les chiffres sont calculés à l'ouverture de la page à partir")
        .append(
            " des déclarations, des visites, des récapitulatifs validés et des avis ; ils sont anonymes (aucun nom) et les groupes de moins de ")
        .append(year.minGroupSize())
        .append(" personnes ne sont pas détaillés.</p>");
    if (!year.campaignHeld()) {
      html.append(
          "<p class=\"empty\">Aucune campagne « La tournée des CDI » cette année pour ce réseau.</p>");
    }
    keyFigures(html, year, before);
    html.append("<h2>Besoins</h2><div class=\"grid\">")
        .append(YearCharts.needsByThemeAndPublic(year.needsByPublic()))
        .append(YearCharts.needsMet(year.needs()))
        .append("</div>");
    html.append("<h2>Visites</h2>").append(YearCharts.visitsByMonth(year.visitsByMonth()));
    html.append("<h2>Carte du réseau</h2>")
        .append(NetworkMapChart.draw(map))
        .append(
            "<p class=\"note\">Chaque cercle est un établissement du réseau (nom de la commune au survol) ; chaque flèche va du CDI du visiteur au CDI visité.</p>");
    html.append("<h2>Avis des participant·es</h2>")
        .append(YearCharts.feedbackScores(year.feedback(), year.minGroupSize()));
    html.append("<h2>Formation</h2>")
        .append(YearCharts.trainingNeeds(year.trainingNeeds(), year.groupedTrainings()));
    meeting(html, year);
    return html.append("</body></html>").toString();
  }

  static String report(YearIndicators year, YearIndicators before, boolean produced) {
    StringBuilder html = head("Rapport du bilan " + year.schoolYear() + " — " + year.networkName());
    html.append(
        "<p class=\"links noprint\">Pour l'imprimer ou l'enregistrer en PDF : menu « Imprimer » du navigateur "
            + "(Ctrl+P).</p>");
    html.append("<h1>La tournée des CDI — bilan de l'année ")
        .append(escape(year.schoolYear()))
        .append("</h1><p class=\"sub\">")
        .append(escape(year.networkName()))
        .append(
            produced
                ? ""
                : " — <strong>version provisoire</strong> (le rapport est établi après la réunion de réseau)")
        .append("</p>");
    html.append(
            "<p class=\"note\">Document anonyme : il ne contient aucun nom de personne ni d'établissement ; les groupes de moins de ")
        .append(year.minGroupSize())
        .append(
            " personnes ne sont pas détaillés. Destinataires : la réunion de réseau et le service de formation de l'académie.</p>");
    keyFigures(html, year, before);
    html.append("<h2>Besoins exprimés et besoins couverts</h2>");
    table(
        html,
        List.of("Thème", "Exprimés au départ", "Couverts selon les récapitulatifs"),
        year.needs().stream()
            .map(n -> List.of(n.theme(), String.valueOf(n.declared()), String.valueOf(n.met())))
            .toList());
    html.append(YearCharts.needsByThemeAndPublic(year.needsByPublic()));
    html.append("<h2>Visites par mois</h2>");
    table(
        html,
        List.of("Mois", "Prévues", "Réalisées", "Annulées"),
        year.visitsByMonth().stream()
            .map(
                m ->
                    List.of(
                        m.label(),
                        String.valueOf(m.planned()),
                        String.valueOf(m.held()),
                        String.valueOf(m.cancelled())))
            .toList());
    html.append("<h2>Avis des participant·es</h2>")
        .append(YearCharts.feedbackScores(year.feedback(), year.minGroupSize()));
    html.append("<h2>Besoins de formation et formations groupées</h2>");
    table(
        html,
        List.of("Thème", "Récapitulatifs qui le citent", "Formation groupée proposée"),
        year.trainingNeeds().stream()
            .map(
                t ->
                    List.of(
                        t.theme(),
                        String.valueOf(t.count()),
                        year.groupedTrainings().stream().anyMatch(g -> g.theme().equals(t.theme()))
                            ? "oui"
                            : "non"))
            .toList());
    meeting(html, year);
    return html.append("</body></html>").toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder(
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append(
            "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>")
        .append(PageStyle.CSS)
        .append("</style></head><body>");
  }

  private static void keyFigures(StringBuilder html, YearIndicators year, YearIndicators before) {
    html.append("<h2>Chiffres clés</h2>");
    List<Figure> figures = year.keyFigures(before);
    html.append("<table><thead><tr><th>Indicateur</th><th class=\"n\">")
        .append(escape(year.schoolYear()))
        .append("</th>");
    if (before != null) {
      html.append("<th class=\"n\">").append(escape(before.schoolYear())).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Figure figure : figures) {
      html.append("<tr><td>")
          .append(escape(figure.label()))
          .append("</td><td class=\"n\">")
          .append(escape(YearIndicators.format(figure.value())))
          .append("</td>");
      if (before != null) {
        html.append("<td class=\"n\">")
            .append(escape(YearIndicators.format(figure.previous())))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
    if (before == null) {
      html.append(
          "<p class=\"note\">Pas d'année précédente enregistrée pour ce réseau : pas de comparaison.</p>");
    }
  }

  private static void meeting(StringBuilder html, YearIndicators year) {
    html.append("<h2>Réunion de réseau</h2>");
    YearIndicators.Meeting meeting = year.meeting();
    if (meeting == null) {
      html.append("<p class=\"empty\">La réunion de bilan n'a pas encore été enregistrée.</p>");
      return;
    }
    html.append("<p>Réunion du ")
        .append(escape(meeting.date()))
        .append(" : <strong>")
        .append(escape(meeting.decision()))
        .append("</strong>.</p>");
    if (meeting.requestedTrainings().isEmpty()) {
      html.append("<p>Aucune formation groupée demandée.</p>");
    } else {
      html.append("<p>Formations groupées à demander :</p><ul>");
      meeting
          .requestedTrainings()
          .forEach(t -> html.append("<li>").append(escape(t)).append("</li>"));
      html.append("</ul>");
    }
    if (meeting.nextSchoolYear() != null) {
      html.append("<p>Campagne ").append(escape(meeting.nextSchoolYear())).append(" lancée.</p>");
    }
  }

  private static void table(StringBuilder html, List<String> headers, List<List<String>> rows) {
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">Rien à signaler pour cette rubrique.</p>");
      return;
    }
    html.append("<table><thead><tr>");
    for (int i = 0; i < headers.size(); i++) {
      html.append(i == 0 ? "<th>" : "<th class=\"n\">")
          .append(escape(headers.get(i)))
          .append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        html.append(i == 0 ? "<td>" : "<td class=\"n\">")
            .append(escape(row.get(i)))
            .append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  /**
   * One table: section, item, value, previous year, detail (semicolon-separated, with a BOM for
   * spreadsheets).
   */
  static String csv(YearIndicators year, YearIndicators before) {
    return SpreadsheetCsv.write(
        List.of("Rubrique", "Élément", "Valeur", "Année précédente", "Détail"),
        csv -> {
          csv.printRecord(
              "Réseau",
              year.networkName(),
              year.schoolYear(),
              before == null ? "" : before.schoolYear(),
              "");
          for (Figure figure : year.keyFigures(before)) {
            csv.printRecord(
                "Chiffres clés",
                figure.label(),
                YearIndicators.format(figure.value()),
                before == null ? "" : YearIndicators.format(figure.previous()),
                "");
          }
          for (var need : year.needs()) {
            csv.printRecord("Besoins exprimés au départ", need.theme(), need.declared(), "", "");
            csv.printRecord(
                "Besoins couverts selon les récapitulatifs", need.theme(), need.met(), "", "");
          }
          for (var row : year.needsByPublic()) {
            csv.printRecord(
                "Besoins par thème et public", row.theme(), row.count(), "", row.publicServed());
          }
          for (var month : year.visitsByMonth()) {
            csv.printRecord("Visites par mois", month.month(), month.planned(), "", "prévues");
            csv.printRecord("Visites par mois", month.month(), month.held(), "", "réalisées");
            csv.printRecord("Visites par mois", month.month(), month.cancelled(), "", "annulées");
          }
          if (year.feedback().detailed()) {
            for (int score = 1; score <= 5; score++) {
              csv.printRecord(
                  "Avis : besoins initiaux satisfaits",
                  "note " + score,
                  year.feedback().distribution().get(score - 1),
                  "",
                  "");
            }
          }
          for (var row : year.trainingNeeds()) {
            csv.printRecord("Besoins de formation", row.theme(), row.count(), "", "");
          }
          for (var row : year.groupedTrainings()) {
            csv.printRecord("Formations groupées proposées", row.theme(), row.count(), "", "");
          }
          if (year.meeting() != null) {
            csv.printRecord("Réunion de réseau", "Date", year.meeting().date(), "", "");
            csv.printRecord("Réunion de réseau", "Décision", year.meeting().decision(), "", "");
            for (String training : year.meeting().requestedTrainings()) {
              csv.printRecord("Formations groupées à demander", training, "", "", "");
            }
          }
        });
  }
}
