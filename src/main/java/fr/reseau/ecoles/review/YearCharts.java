package fr.reseau.ecoles.review;

import static fr.reseau.ecoles.review.YearChartSvg.BAR_AREA;
import static fr.reseau.ecoles.review.YearChartSvg.LABEL_WIDTH;
import static fr.reseau.ecoles.review.YearChartSvg.bar;
import static fr.reseau.ecoles.review.YearChartSvg.empty;
import static fr.reseau.ecoles.review.YearChartSvg.label;
import static fr.reseau.ecoles.review.YearChartSvg.legend;
import static fr.reseau.ecoles.review.YearChartSvg.num;
import static fr.reseau.ecoles.review.YearChartSvg.open;

import fr.reseau.ecoles.review.YearIndicators.MonthCount;
import fr.reseau.ecoles.review.YearIndicators.NeedMet;
import fr.reseau.ecoles.review.YearIndicators.ThemeCount;
import fr.reseau.ecoles.review.YearIndicators.ThemePublic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
}
