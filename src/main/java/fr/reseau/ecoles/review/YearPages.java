package fr.reseau.ecoles.review;

import fr.reseau.ecoles.review.YearIndicators.Figure;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvWriter;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.web.PageStyle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The year at a glance (page), the printable report and the CSV file: French, anonymous,
 * self-contained. The pages come from the Thymeleaf templates {@code templates/review/year-*.html}
 * (the engine escapes what users typed); the charts are SVG drawn by {@link YearCharts}.
 */
final class YearPages {

  private YearPages() {}

  /** The year's templates, under templates/review/; no other template is resolved. */
  private static final TemplateEngine TEMPLATES = templates();

  private static TemplateEngine templates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(YearPages.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setResolvablePatterns(Set.of("review/year-*"));
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** The page without chosen indicators nor earlier years (tests of the rest of the page). */
  static String page(
      YearIndicators year,
      YearIndicators before,
      NetworkMap map,
      String networkId,
      boolean reportProduced) {
    return page(
        year,
        before,
        map,
        networkId,
        reportProduced,
        IndicatorBoards.assemble(networkId, year, Map.of(), Map.of(), List.of()));
  }

  static String page(
      YearIndicators year,
      YearIndicators before,
      NetworkMap map,
      String networkId,
      boolean reportProduced,
      IndicatorBoard board) {
    Context context = context(year, before);
    context.setVariable("board", board);
    context.setVariable(
        "indicatorCharts",
        board.chosen().stream()
            .map(
                c ->
                    Map.of(
                        "byZone",
                        IndicatorCharts.byZone(c),
                        "overYears",
                        IndicatorCharts.overYears(c, board.years())))
            .toList());
    context.setVariable("reportPath", YearPageController.reportPath(networkId, year.schoolYear()));
    context.setVariable("csvPath", YearPageController.csvPath(networkId, year.schoolYear()));
    // The coordinators' training page (event package), linked by path: no dependency on it.
    context.setVariable("trainingPath", "/evenements/" + networkId + "/formations");
    context.setVariable("reportProduced", reportProduced);
    context.setVariable(
        "charts",
        Map.of(
            "needsByThemeAndPublic", NeedCharts.needsByThemeAndPublic(year.needsByPublic()),
            "needsMet", NeedCharts.needsMet(year.needs()),
            "visitsByMonth", YearCharts.visitsByMonth(year.visitsByMonth()),
            "map", NetworkMapChart.draw(map),
            "feedbackScores", YearCharts.feedbackScores(year.feedback(), year.minGroupSize()),
            "trainingNeeds",
                NeedCharts.trainingNeeds(year.trainingNeeds(), year.groupedTrainings())));
    return TEMPLATES.process("review/year-page", context);
  }

  static String report(YearIndicators year, YearIndicators before, boolean produced) {
    Context context = context(year, before);
    context.setVariable("produced", produced);
    context.setVariable(
        "charts",
        Map.of(
            "needsByThemeAndPublic", NeedCharts.needsByThemeAndPublic(year.needsByPublic()),
            "feedbackScores", YearCharts.feedbackScores(year.feedback(), year.minGroupSize())));
    context.setVariable(
        "needs",
        year.needs().stream()
            .map(n -> List.of(n.theme(), String.valueOf(n.declared()), String.valueOf(n.met())))
            .toList());
    context.setVariable(
        "months",
        year.visitsByMonth().stream()
            .map(
                m ->
                    List.of(
                        m.label(),
                        String.valueOf(m.planned()),
                        String.valueOf(m.held()),
                        String.valueOf(m.cancelled())))
            .toList());
    context.setVariable(
        "trainings",
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
    return TEMPLATES.process("review/year-report", context);
  }

  /** The network summary of a campaign as published (docs/notifications.md: its link). */
  static String summary(SummaryContent summary, String comment) {
    Context context = new Context(Locale.FRANCE);
    context.setVariable("summary", summary);
    context.setVariable("comment", comment == null || comment.isBlank() ? null : comment);
    context.setVariable("css", PageStyle.CSS);
    return TEMPLATES.process("review/year-summary", context);
  }

  /** What both pages show: the year, the previous one if any, the key figures, the style. */
  private static Context context(YearIndicators year, YearIndicators before) {
    Context context = new Context(Locale.FRANCE);
    context.setVariable("year", year);
    context.setVariable("before", before);
    context.setVariable("figures", year.keyFigures(before));
    context.setVariable("css", PageStyle.CSS);
    return context;
  }

  /**
   * One table: section, item, value, previous year, detail (semicolon-separated, with a BOM for
   * spreadsheets).
   */
  static String csv(YearIndicators year, YearIndicators before) {
    return SpreadsheetCsvWriter.write(
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
