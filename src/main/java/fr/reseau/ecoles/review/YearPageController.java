package fr.reseau.ecoles.review;

import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.SummaryService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The year at a glance ({@code /bilan/{networkId}/{schoolYear}}), its printable report and its CSV
 * file, for the network's coordinators: from the browser where they are logged into Tasklist or
 * Cockpit, or with HTTP Basic.
 */
@RestController
public class YearPageController {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final YearPageAccess access;
  private final YearIndicatorsService indicators;
  private final YearReportRepository reports;
  private final SummaryService summaries;
  private final IndicatorBoards boards;

  public YearPageController(
      YearPageAccess access,
      YearIndicatorsService indicators,
      YearReportRepository reports,
      SummaryService summaries,
      IndicatorBoards boards) {
    this.access = access;
    this.indicators = indicators;
    this.reports = reports;
    this.summaries = summaries;
    this.boards = boards;
  }

  public static String pagePath(String networkId, String schoolYear) {
    return "/bilan/" + networkId + "/" + schoolYear;
  }

  public static String reportPath(String networkId, String schoolYear) {
    return pagePath(networkId, schoolYear) + "/rapport";
  }

  public static String csvPath(String networkId, String schoolYear) {
    return pagePath(networkId, schoolYear) + "/indicateurs.csv";
  }

  /** The published network summary of the year's campaign, for every member of the network. */
  public static String summaryPath(String networkId, String schoolYear) {
    return YearPaths.summary(networkId, schoolYear);
  }

  @GetMapping("/bilan/{networkId}/{schoolYear:\\d{4}-\\d{4}}")
  public ResponseEntity<String> page(
      @PathVariable String networkId, @PathVariable String schoolYear, HttpServletRequest request) {
    access.requireCoordinatorOf(request, networkId);
    YearIndicators year = indicators.compute(networkId, schoolYear);
    YearIndicators before = indicators.previous(networkId, schoolYear).orElse(null);
    boolean produced = reports.findByNetworkIdAndSchoolYear(networkId, schoolYear).isPresent();
    return html(
        YearPages.page(
            year,
            before,
            indicators.map(networkId, schoolYear),
            networkId,
            produced,
            boards.board(networkId, year)));
  }

  /**
   * The report as produced after the meeting; before that, the figures of today marked as
   * provisional.
   */
  @GetMapping("/bilan/{networkId}/{schoolYear:\\d{4}-\\d{4}}/rapport")
  public ResponseEntity<String> report(
      @PathVariable String networkId, @PathVariable String schoolYear, HttpServletRequest request) {
    access.requireCoordinatorOf(request, networkId);
    ReportFigures figures = reportFigures(networkId, schoolYear);
    return html(YearPages.report(figures.year(), figures.before(), figures.produced()));
  }

  /** 404 until the coordinators publish it. */
  @GetMapping("/bilan/{networkId}/{schoolYear:\\d{4}-\\d{4}}/synthese")
  public ResponseEntity<String> summary(
      @PathVariable String networkId, @PathVariable String schoolYear, HttpServletRequest request) {
    access.requireMemberOf(request, networkId);
    return summaries
        .find(networkId, schoolYear)
        .filter(NetworkSummary::isPublished)
        .map(summary -> html(YearPages.summary(summaries.read(summary), summary.getComment())))
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "La synthèse " + schoolYear + " de ce réseau n'est pas encore publiée."));
  }

  @GetMapping("/bilan/{networkId}/{schoolYear:\\d{4}-\\d{4}}/indicateurs.csv")
  public ResponseEntity<String> csv(
      @PathVariable String networkId, @PathVariable String schoolYear, HttpServletRequest request) {
    access.requireCoordinatorOf(request, networkId);
    ReportFigures figures = reportFigures(networkId, schoolYear);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("bilan-" + networkId + "-" + schoolYear + ".csv")
                .build()
                .toString())
        .body(YearPages.csv(figures.year(), figures.before()));
  }

  /** The report's figures, the year before's, and whether they are the produced report's. */
  private record ReportFigures(YearIndicators year, YearIndicators before, boolean produced) {}

  /**
   * The report as produced after the meeting; before that, the figures of today (the page marks
   * them as provisional). The page and its CSV show the same.
   */
  private ReportFigures reportFigures(String networkId, String schoolYear) {
    var stored = reports.findByNetworkIdAndSchoolYear(networkId, schoolYear);
    YearIndicators year =
        stored.map(indicators::read).orElseGet(() -> indicators.compute(networkId, schoolYear));
    YearIndicators before = indicators.previous(networkId, schoolYear).orElse(null);
    return new ReportFigures(year, before, stored.isPresent());
  }

  /** A short French page rather than a JSON error: people open these links in their browser. */
  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<String> refused(ResponseStatusException e) {
    String message =
        e.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()
            ? "Connectez-vous d'abord à <a href=\"/camunda/app/tasklist/\">Tasklist</a> avec votre compte, puis rouvrez ce lien."
            : YearChartSvg.escape(e.getReason());
    return ResponseEntity.status(e.getStatusCode())
        .contentType(HTML)
        .body(
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Bilan de l'année</title></head><body><p>"
                + message
                + "</p></body></html>");
  }

  private static ResponseEntity<String> html(String body) {
    return ResponseEntity.ok()
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
