package fr.reseau.ecoles.review;

import static fr.reseau.ecoles.review.YearChartSvg.BAR_AREA;
import static fr.reseau.ecoles.review.YearChartSvg.LABEL_WIDTH;
import static fr.reseau.ecoles.review.YearChartSvg.PALETTE;
import static fr.reseau.ecoles.review.YearChartSvg.ROW;
import static fr.reseau.ecoles.review.YearChartSvg.bar;
import static fr.reseau.ecoles.review.YearChartSvg.close;
import static fr.reseau.ecoles.review.YearChartSvg.empty;
import static fr.reseau.ecoles.review.YearChartSvg.escape;
import static fr.reseau.ecoles.review.YearChartSvg.label;
import static fr.reseau.ecoles.review.YearChartSvg.legend;
import static fr.reseau.ecoles.review.YearChartSvg.num;
import static fr.reseau.ecoles.review.YearChartSvg.open;

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
 * The needs of the year as charts (see {@link YearCharts} for how they are drawn): needs stated at
 * the start by theme and public, needs met according to the recaps, training needs.
 */
final class NeedCharts {

  private NeedCharts() {}

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
            .append("\" height=\"18\" stroke=\"#fff\" stroke-width=\"1\" fill=\"")
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
    return close(svg);
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
    return close(svg);
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
    return close(svg);
  }
}
