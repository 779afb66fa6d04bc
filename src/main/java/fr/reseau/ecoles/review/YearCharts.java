package fr.reseau.ecoles.review;

import fr.reseau.ecoles.review.YearIndicators.MonthCount;
import fr.reseau.ecoles.review.YearIndicators.NeedMet;
import fr.reseau.ecoles.review.YearIndicators.ThemeCount;
import fr.reseau.ecoles.review.YearIndicators.ThemePublic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The charts of the year at a glance, drawn on the server as inline SVG: no script, nothing fetched
 * from elsewhere, the same drawing on screen and on paper, and every number written next to its
 * bar.
 */
final class YearCharts {

  static final String[] PALETTE = {
    "#1f5fa8", "#e0872b", "#3f9b5c", "#8e5ab5", "#c0504d", "#6f7f8f"
  };
  private static final int LABEL_WIDTH = 350;
  private static final int BAR_AREA = 380;
  private static final int ROW = 26;

  private YearCharts() {}

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

  /** Needs stated at the start: one stacked bar per theme, one colour per public. */
  static String needsByThemeAndPublic(List<ThemePublic> rows) {
    if (rows.isEmpty()) {
      return empty("Aucun besoin exprimé cette année.");
    }
    Map<String, Map<String, Long>> byTheme = new LinkedHashMap<>();
    Set<String> publics = new LinkedHashSet<>();
    for (ThemePublic row : rows) {
      byTheme
          .computeIfAbsent(row.theme(), t -> new LinkedHashMap<>())
          .put(row.publicServed(), row.count());
      publics.add(row.publicServed());
    }
    List<String> publicList = new ArrayList<>(publics);
    long max =
        byTheme.values().stream()
            .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
            .max()
            .orElse(1);
    List<Map.Entry<String, Map<String, Long>>> themes = new ArrayList<>(byTheme.entrySet());
    themes.sort((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())));
    int height = themes.size() * ROW + 40;
    StringBuilder svg =
        open(LABEL_WIDTH + BAR_AREA + 60, height, "Besoins exprimés par thème et par public");
    int y = 10;
    for (var theme : themes) {
      label(svg, y, theme.getKey());
      double x = LABEL_WIDTH;
      for (int i = 0; i < publicList.size(); i++) {
        Long n = theme.getValue().get(publicList.get(i));
        if (n == null) {
          continue;
        }
        double w = BAR_AREA * n / (double) max;
        svg.append("<rect x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(num(w))
            .append("\" height=\"18\" fill=\"")
            .append(PALETTE[i % PALETTE.length])
            .append("\"><title>")
            .append(escape(theme.getKey() + " — " + publicList.get(i) + " : " + n))
            .append("</title></rect>");
        svg.append("<text x=\"")
            .append(num(x + w / 2))
            .append("\" y=\"")
            .append(y + 13)
            .append("\" class=\"in\" text-anchor=\"middle\">")
            .append(n)
            .append("</text>");
        x += w;
      }
      svg.append("<text x=\"")
          .append(num(x + 6))
          .append("\" y=\"")
          .append(y + 13)
          .append("\" class=\"total\">")
          .append(total(theme.getValue()))
          .append("</text>");
      y += ROW;
    }
    legend(svg, y + 6, publicList);
    return svg.append("</svg>").toString();
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Needs stated at the start and needs met according to the recaps, side by side, per theme. */
  static String needsMet(List<NeedMet> rows) {
    if (rows.isEmpty()) {
      return empty("Aucun besoin exprimé cette année.");
    }
    long max = rows.stream().mapToLong(NeedMet::declared).max().orElse(1);
    int rowHeight = 36;
    StringBuilder svg =
        open(
            LABEL_WIDTH + BAR_AREA + 60,
            rows.size() * rowHeight + 40,
            "Besoins exprimés au départ et besoins couverts selon les récapitulatifs");
    int y = 10;
    for (NeedMet row : rows) {
      label(svg, y + 6, row.theme());
      bar(
          svg,
          y,
          14,
          row.declared(),
          max,
          PALETTE[0],
          row.theme() + " — exprimés : " + row.declared());
      bar(svg, y + 15, 14, row.met(), max, PALETTE[2], row.theme() + " — couverts : " + row.met());
      y += rowHeight;
    }
    legend(
        svg,
        y + 2,
        List.of("Exprimés au départ", "Couverts selon les récapitulatifs"),
        PALETTE[0],
        PALETTE[2]);
    return svg.append("</svg>").toString();
  }

  /**
   * Training needs named in the validated recaps; those proposed as grouped trainings stand out.
   */
  static String trainingNeeds(List<ThemeCount> needs, List<ThemeCount> grouped) {
    if (needs.isEmpty()) {
      return empty("Aucun besoin de formation dans les récapitulatifs validés.");
    }
    Set<String> groupedThemes = new LinkedHashSet<>();
    grouped.forEach(g -> groupedThemes.add(g.theme()));
    long max = needs.stream().mapToLong(ThemeCount::count).max().orElse(1);
    StringBuilder svg =
        open(LABEL_WIDTH + BAR_AREA + 60, needs.size() * ROW + 40, "Besoins de formation");
    int y = 10;
    for (ThemeCount row : needs) {
      label(svg, y, row.theme());
      boolean isGrouped = groupedThemes.contains(row.theme());
      bar(
          svg,
          y,
          18,
          row.count(),
          max,
          isGrouped ? PALETTE[1] : PALETTE[5],
          row.theme() + " : " + row.count() + (isGrouped ? " (formation groupée proposée)" : ""));
      y += ROW;
    }
    legend(
        svg,
        y + 6,
        List.of("Formation groupée proposée", "Autre besoin de formation"),
        PALETTE[1],
        PALETTE[5]);
    return svg.append("</svg>").toString();
  }

  /** Visits planned, held and cancelled, month by month. */
  static String visitsByMonth(List<MonthCount> months) {
    if (months.isEmpty()) {
      return empty("Aucune visite cette année.");
    }
    long max =
        Math.max(
            1,
            months.stream()
                .mapToLong(m -> Math.max(m.planned(), Math.max(m.held(), m.cancelled())))
                .max()
                .orElse(1));
    int slot = Math.max(48, Math.min(90, 720 / months.size()));
    int chartHeight = 180;
    int width = 50 + months.size() * slot + 20;
    StringBuilder svg =
        open(
            Math.max(width, 520),
            chartHeight + 80,
            "Visites par mois : prévues, réalisées, annulées");
    int base = chartHeight + 10;
    svg.append("<line x1=\"40\" y1=\"")
        .append(base)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(base)
        .append("\" stroke=\"#999\"/>");
    for (int i = 0; i < months.size(); i++) {
      MonthCount m = months.get(i);
      int x = 50 + i * slot;
      long[] values = {m.planned(), m.held(), m.cancelled()};
      String[] names = {"prévues", "réalisées", "annulées"};
      String[] colours = {PALETTE[0], PALETTE[2], PALETTE[4]};
      int barWidth = (slot - 12) / 3;
      for (int k = 0; k < 3; k++) {
        double h = chartHeight * values[k] / (double) max;
        int bx = x + k * barWidth;
        svg.append("<rect x=\"")
            .append(bx)
            .append("\" y=\"")
            .append(num(base - h))
            .append("\" width=\"")
            .append(barWidth - 2)
            .append("\" height=\"")
            .append(num(h))
            .append("\" fill=\"")
            .append(colours[k])
            .append("\"><title>")
            .append(escape(m.label() + " — visites " + names[k] + " : " + values[k]))
            .append("</title></rect>");
        if (values[k] > 0) {
          svg.append("<text x=\"")
              .append(bx + (barWidth - 2) / 2)
              .append("\" y=\"")
              .append(num(base - h - 3))
              .append("\" text-anchor=\"middle\" class=\"small\">")
              .append(values[k])
              .append("</text>");
        }
      }
      svg.append("<text x=\"")
          .append(x + (slot - 12) / 2)
          .append("\" y=\"")
          .append(base + 16)
          .append("\" text-anchor=\"middle\" class=\"small\">")
          .append(escape(m.label()))
          .append("</text>");
    }
    legend(
        svg,
        base + 32,
        List.of("Binômes validés (visites prévues)", "Visites réalisées", "Visites annulées"),
        PALETTE[0],
        PALETTE[2],
        PALETTE[4]);
    return svg.append("</svg>").toString();
  }

  /** The participants' answers, 1 to 5; not broken down under the minimum group size. */
  static String feedbackScores(YearIndicators.Scores scores, int minGroupSize) {
    if (!scores.detailed()) {
      return empty(
          scores.answered()
              + " avis reçu(s) : moins de "
              + minGroupSize
              + ", les notes ne sont pas détaillées pour que personne ne soit reconnaissable.");
    }
    long max =
        Math.max(1, scores.distribution().stream().mapToLong(Long::longValue).max().orElse(1));
    String[] labels = {
      "1 — pas du tout", "2 — peu", "3 — en partie", "4 — largement", "5 — tout à fait"
    };
    StringBuilder svg =
        open(
            LABEL_WIDTH + BAR_AREA + 60,
            5 * ROW + 20,
            "La visite a-t-elle répondu à vos besoins initiaux ? (moyenne "
                + YearIndicators.format(scores.average())
                + " / 5)");
    int y = 10;
    for (int i = 0; i < 5; i++) {
      label(svg, y, labels[i]);
      bar(
          svg,
          y,
          18,
          scores.distribution().get(i),
          max,
          PALETTE[3],
          labels[i] + " : " + scores.distribution().get(i));
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The network's establishments (towns as tooltips, no names) and the year's visits drawn between
   * them, on an equirectangular projection of their coordinates.
   */
  static String map(NetworkMap map) {
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
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String title) {
    StringBuilder svg = new StringBuilder();
    svg.append("<figure><figcaption>")
        .append(escape(title))
        .append("</figcaption>")
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

  private static void label(StringBuilder svg, int y, String text) {
    svg.append("<text x=\"")
        .append(LABEL_WIDTH - 8)
        .append("\" y=\"")
        .append(y + 13)
        .append("\" text-anchor=\"end\">")
        .append(escape(text))
        .append("</text>");
  }

  private static void bar(
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

  private static void legend(StringBuilder svg, int y, List<String> labels, String... colours) {
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

  private static void legend(StringBuilder svg, int y, List<String> labels) {
    legend(svg, y, labels, new String[0]);
  }

  private static String empty(String message) {
    return "<p class=\"empty\">" + escape(message) + "</p>";
  }
}
