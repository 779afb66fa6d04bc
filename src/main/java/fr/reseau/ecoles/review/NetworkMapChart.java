package fr.reseau.ecoles.review;

import static fr.reseau.ecoles.review.YearChartSvg.close;
import static fr.reseau.ecoles.review.YearChartSvg.empty;
import static fr.reseau.ecoles.review.YearChartSvg.escape;
import static fr.reseau.ecoles.review.YearChartSvg.legend;
import static fr.reseau.ecoles.review.YearChartSvg.num;
import static fr.reseau.ecoles.review.YearChartSvg.open;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The year's map: the network's establishments and the visits between them, as inline SVG. */
final class NetworkMapChart {

  private NetworkMapChart() {}

  /**
   * The network's establishments (towns as tooltips, no names) and the year's visits drawn between
   * them, on an equirectangular projection of their coordinates.
   */
  static String draw(NetworkMap map) {
    if (map.points().isEmpty()) {
      return empty("Aucun établissement enregistré pour ce réseau.");
    }
    double minLat = map.points().stream().mapToDouble(NetworkMap.Point::latitude).min().orElse(0);
    double maxLat = map.points().stream().mapToDouble(NetworkMap.Point::latitude).max().orElse(0);
    double minLon = map.points().stream().mapToDouble(NetworkMap.Point::longitude).min().orElse(0);
    double maxLon = map.points().stream().mapToDouble(NetworkMap.Point::longitude).max().orElse(0);
    double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max((maxLon - minLon) * kx, 0.01);
    double spanY = Math.max(maxLat - minLat, 0.01);
    int width = 620;
    int inner = width - 80;
    double scale = Math.min(inner / spanX, 380 / spanY);
    int height = (int) Math.round(spanY * scale) + 110;
    StringBuilder svg =
        open(width, height, "Carte du réseau : établissements et visites de l'année");
    java.util.function.DoubleUnaryOperator px = lon -> 40 + (lon - minLon) * kx * scale;
    java.util.function.DoubleUnaryOperator py = lat -> 30 + (maxLat - lat) * scale;
    svg.append("<rect x=\"1\" y=\"1\" width=\"")
        .append(width - 2)
        .append("\" height=\"")
        .append(height - 2)
        .append("\" fill=\"#f4f7f4\" stroke=\"#ccc\"/>");
    for (NetworkMap.Link link : map.links()) {
      svg.append("<line x1=\"")
          .append(num(px.applyAsDouble(link.fromLongitude())))
          .append("\" y1=\"")
          .append(num(py.applyAsDouble(link.fromLatitude())))
          .append("\" x2=\"")
          .append(num(px.applyAsDouble(link.toLongitude())))
          .append("\" y2=\"")
          .append(num(py.applyAsDouble(link.toLatitude())))
          .append("\" stroke=\"")
          .append(link.state().colour())
          .append("\" stroke-width=\"2.5\" stroke-opacity=\"0.75\"")
          .append(link.state() == NetworkMap.State.CANCELLED ? " stroke-dasharray=\"6 4\"" : "")
          .append(" marker-end=\"url(#arrow-")
          .append(link.state().name().toLowerCase(Locale.ROOT))
          .append(")\"><title>")
          .append(escape(link.state().label()))
          .append("</title></line>");
    }
    Set<String> towns = new LinkedHashSet<>();
    for (NetworkMap.Point point : map.points()) {
      double x = px.applyAsDouble(point.longitude());
      double y = py.applyAsDouble(point.latitude());
      svg.append("<circle cx=\"")
          .append(num(x))
          .append("\" cy=\"")
          .append(num(y))
          .append("\" r=\"6\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"2\"><title>")
          .append(escape(point.town()))
          .append("</title></circle>");
      if (towns.add(point.town())) {
        svg.append("<text x=\"")
            .append(num(x + 9))
            .append("\" y=\"")
            .append(num(y - 8))
            .append("\" class=\"small\">")
            .append(escape(point.town()))
            .append("</text>");
      }
    }
    long held = map.links().stream().filter(l -> l.state() == NetworkMap.State.HELD).count();
    long cancelled =
        map.links().stream().filter(l -> l.state() == NetworkMap.State.CANCELLED).count();
    long inProgress = map.links().size() - held - cancelled;
    legend(
        svg,
        height - 22,
        List.of(
            "Visite réalisée (" + held + ")",
            "Visite annulée (" + cancelled + ")",
            "Visite en préparation (" + inProgress + ")"),
        NetworkMap.State.HELD.colour(),
        NetworkMap.State.CANCELLED.colour(),
        NetworkMap.State.IN_PROGRESS.colour());
    return close(svg);
  }
}
