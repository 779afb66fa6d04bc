package fr.reseau.ecoles.review;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pieces the year's charts are drawn with: a titled SVG figure, labels, bars, legends. */
final class YearChartSvg {

  static final int LABEL_WIDTH = 350;
  static final int BAR_AREA = 380;

  /**
   * The colours of the series, in order: each at least 4.5:1 with the white numbers written on the
   * bars and at least 3:1 with the white page (docs/accessibility.md); stacked segments are
   * separated by a white line.
   */
  static final String[] PALETTE = {
    "#1f5fa8", "#a85400", "#2e7d32", "#7b4aa0", "#b03a37", "#5a6773"
  };

  /** The text of each bar, arrow or point ({@code <title>} inside it): the chart's data as text. */
  private static final Pattern ITEM_TITLE =
      Pattern.compile("<(?:rect|line|circle|path)[^>]*><title>([^<]*)</title>");

  /** The height of one bar and its gap. */
  static final int ROW = 26;

  private YearChartSvg() {}

  /** Text for an SVG or HTML text node or attribute. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static StringBuilder open(int width, int height, String title) {
    StringBuilder svg = new StringBuilder();
    // On a narrow screen the chart keeps its text size and scrolls sideways in its own box, which
    // the keyboard reaches too; its data are also written out below it.
    svg.append("<figure><figcaption>")
        .append(escape(title))
        .append("</figcaption>")
        .append("<div class=\"chart\" tabindex=\"0\" role=\"group\" aria-label=\"")
        .append(escape("Graphique : " + title))
        .append("\">")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\"><title>")
        .append(escape(title))
        .append("</title>")
        .append("<defs>");
    for (NetworkMap.State state : NetworkMap.State.values()) {
      svg.append("<marker id=\"arrow-")
          .append(state.name().toLowerCase(Locale.ROOT))
          .append(
              "\" viewBox=\"0 0 10 10\" refX=\"16\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">")
          .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
          .append(state.colour())
          .append("\"/></marker>");
    }
    svg.append("</defs>");
    return svg;
  }

  static void label(StringBuilder svg, int y, String text) {
    svg.append("<text x=\"")
        .append(LABEL_WIDTH - 8)
        .append("\" y=\"")
        .append(y + 13)
        .append("\" text-anchor=\"end\">")
        .append(escape(text))
        .append("</text>");
  }

  static void bar(
      StringBuilder svg, int y, int height, long value, long max, String colour, String title) {
    double w = BAR_AREA * value / (double) Math.max(1, max);
    svg.append("<rect x=\"")
        .append(LABEL_WIDTH)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(num(w))
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"")
        .append(colour)
        .append("\"><title>")
        .append(escape(title))
        .append("</title></rect>");
    svg.append("<text x=\"")
        .append(num(LABEL_WIDTH + w + 6))
        .append("\" y=\"")
        .append(y + height - 4)
        .append("\" class=\"total\">")
        .append(value)
        .append("</text>");
  }

  static void legend(StringBuilder svg, int y, List<String> labels, String... colours) {
    int x = 10;
    for (int i = 0; i < labels.size(); i++) {
      String colour = colours.length > 0 ? colours[i] : PALETTE[i % PALETTE.length];
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colour)
          .append("\"/><text x=\"")
          .append(x + 16)
          .append("\" y=\"")
          .append(y + 11)
          .append("\" class=\"small\">")
          .append(escape(labels.get(i)))
          .append("</text>");
      x += 26 + labels.get(i).length() * 7;
    }
  }

  static void legend(StringBuilder svg, int y, List<String> labels) {
    legend(svg, y, labels, new String[0]);
  }

  /**
   * Ends the chart and its figure, with the chart's data as a list under it (the text of each bar,
   * arrow or point), for whoever cannot see or read the drawing.
   */
  static String close(StringBuilder svg) {
    svg.append("</svg></div>");
    Matcher items = ITEM_TITLE.matcher(svg);
    StringBuilder list = new StringBuilder();
    while (items.find()) {
      list.append("<li>").append(items.group(1)).append("</li>");
    }
    if (!list.isEmpty()) {
      svg.append("<details class=\"data\"><summary>Les données du graphique en texte</summary><ul>")
          .append(list)
          .append("</ul></details>");
    }
    return svg.append("</figure>").toString();
  }

  static String empty(String message) {
    return "<p class=\"empty\">" + escape(message) + "</p>";
  }
}
