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

import fr.reseau.ecoles.review.YearIndicators.MonthCount;
import java.util.List;

/**
 * The charts of the year at a glance, drawn on the server as inline SVG: no script, nothing fetched
 * from elsewhere, the same drawing on screen and on paper, and every number written next to its
 * bar. Here the visits and the participants' answers; the needs are {@link NeedCharts}.
 */
final class YearCharts {

  private YearCharts() {}

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
        .append("\" stroke=\"#767676\"/>");
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
    return close(svg);
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
    return close(svg);
  }
}
