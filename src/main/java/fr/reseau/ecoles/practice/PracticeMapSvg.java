package fr.reseau.ecoles.practice;

import java.util.List;
import java.util.Locale;

/**
 * The plain map of the page: the network's establishments on an equirectangular projection of their
 * coordinates, as inline SVG drawn on the server. It needs no script, no tile server and no network
 * access, so it works offline and in tests; each establishment with practices carries its number in
 * the list below the map, which is the accessible alternative.
 */
final class PracticeMapSvg {

  /** One establishment on the map: its number in the list (0: none shown), practices, visitors. */
  record Point(
      String name,
      double latitude,
      double longitude,
      int number,
      int practices,
      boolean welcomes) {}

  static final String WITH_PRACTICES = "#1f5fa8";
  static final String WELCOMES = "#2e7d32";

  private PracticeMapSvg() {}

  static String draw(List<Point> points, String title) {
    if (points.isEmpty()) {
      return "<p class=\"empty\">Aucun établissement enregistré pour ce réseau.</p>";
    }
    double minLat = points.stream().mapToDouble(Point::latitude).min().orElse(0);
    double maxLat = points.stream().mapToDouble(Point::latitude).max().orElse(0);
    double minLon = points.stream().mapToDouble(Point::longitude).min().orElse(0);
    double maxLon = points.stream().mapToDouble(Point::longitude).max().orElse(0);
    double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max((maxLon - minLon) * kx, 0.01);
    double spanY = Math.max(maxLat - minLat, 0.01);
    int width = 620;
    double scale = Math.min((width - 100) / spanX, 360 / spanY);
    int height = (int) Math.round(spanY * scale) + 110;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
        .append("carte-titre\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\"><title id=\"carte-titre\">")
        .append(escape(title))
        .append("</title><rect x=\"1\" y=\"1\" width=\"")
        .append(width - 2)
        .append("\" height=\"")
        .append(height - 2)
        .append("\" fill=\"#f4f7f4\" stroke=\"#ccc\"/>");
    List<double[]> labelled = new java.util.ArrayList<>();
    for (Point p : points) {
      double x = 50 + (p.longitude() - minLon) * kx * scale;
      double y = 30 + (maxLat - p.latitude()) * scale;
      boolean shown = p.practices() > 0;
      svg.append("<circle cx=\"")
          .append(num(x))
          .append("\" cy=\"")
          .append(num(y))
          .append("\" r=\"")
          .append(shown ? 7 + Math.min(p.practices(), 5) * 2 : 5)
          .append("\" fill=\"")
          .append(shown ? WITH_PRACTICES : "#fff")
          .append("\" stroke=\"")
          .append(p.welcomes() ? WELCOMES : "#333")
          .append("\" stroke-width=\"")
          .append(p.welcomes() ? 4 : 2)
          .append("\"><title>")
          .append(escape(p.name()))
          .append(shown ? " : " + p.practices() + " pratique(s)" : " : aucune pratique")
          .append(p.welcomes() ? ", accueille des visiteurs" : "")
          .append("</title></circle>");
      if (p.number() > 0) {
        // Two establishments of one town sit on each other: the second number goes to the left.
        boolean crowded =
            labelled.stream().anyMatch(l -> Math.abs(l[0] - x) < 16 && Math.abs(l[1] - y) < 16);
        labelled.add(new double[] {x, y});
        svg.append("<text x=\"")
            .append(num(crowded ? x - 24 : x + 12))
            .append("\" y=\"")
            .append(num(y - 10))
            .append("\" font-weight=\"bold\">")
            .append(p.number())
            .append("</text>");
      }
    }
    int legendY = height - 26;
    svg.append("<circle cx=\"20\" cy=\"")
        .append(legendY)
        .append("\" r=\"7\" fill=\"")
        .append(WITH_PRACTICES)
        .append("\" stroke=\"#333\" stroke-width=\"2\"/><text x=\"34\" y=\"")
        .append(legendY + 4)
        .append("\">Pratiques (numéro de la liste)</text><circle cx=\"280\" cy=\"")
        .append(legendY)
        .append("\" r=\"7\" fill=\"")
        .append(WITH_PRACTICES)
        .append("\" stroke=\"")
        .append(WELCOMES)
        .append("\" stroke-width=\"4\"/><text x=\"294\" y=\"")
        .append(legendY + 4)
        .append("\">Accueille des visiteurs</text><circle cx=\"490\" cy=\"")
        .append(legendY)
        .append("\" r=\"5\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"2\"/><text x=\"502\" y=\"")
        .append(legendY + 4)
        .append("\">Sans pratique</text></svg>");
    return svg.toString();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
