package fr.reseau.ecoles.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** A zone's figures as JSON and as the trio's French page. */
final class ZoneViews {

  private ZoneViews() {}

  static Map<String, Object> json(ZoneFigures.Figures f) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("network", f.networkId());
    body.put("zone", f.zoneCode());
    body.put("name", f.zoneName());
    body.put("year", f.schoolYear());
    body.put(
        "campaign",
        f.progress()
            .<Object>map(
                p -> {
                  Map<String, Object> c = new LinkedHashMap<>();
                  c.put("step", p.step());
                  c.put("declarationsDue", p.volunteeringDeadline().toString());
                  c.put("visitsFrom", p.visitWindowStart().toString());
                  c.put("visitsUntil", p.visitWindowEnd().toString());
                  c.put("volunteeringClosed", p.volunteeringClosed());
                  return c;
                })
            .orElse(null));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ZoneFigures.Figure figure : f.figures()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", figure.label());
      row.put("value", figure.value());
      rows.add(row);
    }
    body.put("figures", rows);
    return body;
  }

  /** The page {@code /bilan/{networkId}/zones/{zone}}: no style, no script. */
  static String page(ZoneFigures.Figures f, ZonePilotService.Trio trio) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<title>Zone ")
        .append(e(f.zoneName()))
        .append(" — pilotage ")
        .append(e(f.schoolYear()))
        .append("</title></head><body><main><h1>Zone ")
        .append(e(f.zoneName()))
        .append(" — année ")
        .append(e(f.schoolYear()))
        .append("</h1><p>Chiffres anonymes de la zone pour son trio de pilotage : aucun nom,")
        .append(" aucun établissement, aucun texte écrit par les participant·es.</p>");
    html.append("<h2>Trio de pilotage</h2>");
    if (trio.pilots().isEmpty()) {
      html.append("<p>Le trio de cette zone n'est pas encore désigné.</p>");
    } else {
      html.append("<ul>");
      for (ZonePilotService.Pilot pilot : trio.pilots()) {
        html.append("<li>")
            .append(e(pilot.role().label()))
            .append(" : ")
            .append(e(pilot.name()))
            .append("</li>");
      }
      html.append("</ul>");
    }
    html.append(
        trio.escalateToTrio()
            ? "<p>Les tâches en retard de la zone sont aussi confiées au trio (« Relancer ou"
                + " réaffecter »).</p>"
            : "<p>Les tâches en retard de la zone sont suivies par la coordination du"
                + " réseau.</p>");
    html.append("<h2>Avancement de la campagne</h2>");
    f.progress()
        .ifPresentOrElse(
            p ->
                html.append("<p>Étape : <strong>")
                    .append(e(p.step()))
                    .append("</strong>. Date limite des déclarations : ")
                    .append(p.volunteeringDeadline())
                    .append(" ; visites du ")
                    .append(p.visitWindowStart())
                    .append(" au ")
                    .append(p.visitWindowEnd())
                    .append(".</p>"),
            () -> html.append("<p>Pas de campagne pour cette année scolaire.</p>"));
    html.append("<table><caption>Chiffres de la zone</caption><thead><tr>")
        .append(
            "<th scope=\"col\">Indicateur</th><th scope=\"col\">Valeur</th></tr></thead><tbody>");
    for (ZoneFigures.Figure figure : f.figures()) {
      html.append("<tr><th scope=\"row\">")
          .append(e(figure.label()))
          .append("</th><td>")
          .append(figure.value())
          .append("</td></tr>");
    }
    html.append("</tbody></table></main></body></html>");
    return html.toString();
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
