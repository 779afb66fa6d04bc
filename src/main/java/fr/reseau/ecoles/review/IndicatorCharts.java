package fr.reseau.ecoles.review;

import static fr.reseau.ecoles.review.YearChartSvg.BAR_AREA;
import static fr.reseau.ecoles.review.YearChartSvg.LABEL_WIDTH;
import static fr.reseau.ecoles.review.YearChartSvg.PALETTE;
import static fr.reseau.ecoles.review.YearChartSvg.ROW;
import static fr.reseau.ecoles.review.YearChartSvg.close;
import static fr.reseau.ecoles.review.YearChartSvg.escape;
import static fr.reseau.ecoles.review.YearChartSvg.label;
import static fr.reseau.ecoles.review.YearChartSvg.legend;
import static fr.reseau.ecoles.review.YearChartSvg.num;
import static fr.reseau.ecoles.review.YearChartSvg.open;

import fr.reseau.ecoles.review.IndicatorBoard.Cell;
import fr.reseau.ecoles.review.IndicatorBoard.Chosen;
import fr.reseau.ecoles.review.IndicatorBoard.YearPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of the chosen indicators, inline SVG like {@link YearCharts}: for one indicator,
 * actual against target for the network and each zone, and the network's actual against target over
 * the years. A bar is the actual value, a dark vertical mark the target; every number is written
 * next to its bar and listed under the chart.
 */
final class IndicatorCharts {

  private static final String TARGET_COLOUR = "#222222";

  private IndicatorCharts() {}

  /** Network and zones: one bar each, the target marked on it. */
  static String byZone(Chosen chosen) {
    List<Row> rows = new ArrayList<>();
    for (Cell cell : chosen.cells()) {
      rows.add(new Row(cell.name(), cell.actual(), cell.target()));
    }
    return draw(chosen.label() + " : réalisé et cible, réseau et zones", rows, chosen.unit());
  }

  /** The network, year by year: the actual value and that year's target when one was chosen. */
  static String overYears(Chosen chosen, List<YearPoint> years) {
    List<Row> rows = new ArrayList<>();
    for (YearPoint year : years) {
      rows.add(
          new Row(
              year.schoolYear(),
              year.actual().get(chosen.indicator()),
              year.targets().get(chosen.indicator())));
    }
    return draw(chosen.label() + " : réalisé et cible au fil des années", rows, chosen.unit());
  }

  private record Row(String name, Double actual, Double target) {}

  private static String draw(String title, List<Row> rows, String unit) {
    double max =
        Math.max(
            1,
            rows.stream()
                .mapToDouble(
                    r ->
                        Math.max(
                            r.actual() == null ? 0 : r.actual(),
                            r.target() == null ? 0 : r.target()))
                .max()
                .orElse(1));
    if ("%".equals(unit)) {
      max = Math.max(max, 100);
    }
    int height = 40 + rows.size() * (ROW + 6);
    StringBuilder svg = open(LABEL_WIDTH + BAR_AREA + 150, height, title);
    legend(svg, 6, List.of("réalisé", "cible"), PALETTE[0], TARGET_COLOUR);
    int y = 30;
    String suffix = "%".equals(unit) ? " %" : "";
    for (Row row : rows) {
      label(svg, y, row.name());
      double w = row.actual() == null ? 0 : BAR_AREA * row.actual() / max;
      svg.append("<rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(num(w))
          .append("\" height=\"")
          .append(ROW - 6)
          .append("\" fill=\"")
          .append(PALETTE[0])
          .append("\"><title>")
          .append(
              escape(
                  row.name()
                      + " — réalisé : "
                      + YearIndicators.format(row.actual())
                      + (row.actual() == null ? "" : suffix)
                      + (row.target() == null
                          ? ", pas de cible"
                          : ", cible : " + YearIndicators.format(row.target()) + suffix)))
          .append("</title></rect>");
      if (row.target() != null) {
        double tx = LABEL_WIDTH + BAR_AREA * row.target() / max;
        svg.append("<line x1=\"")
            .append(num(tx))
            .append("\" y1=\"")
            .append(y - 3)
            .append("\" x2=\"")
            .append(num(tx))
            .append("\" y2=\"")
            .append(y + ROW - 3)
            .append("\" stroke=\"")
            .append(TARGET_COLOUR)
            .append("\" stroke-width=\"3\"/>");
      }
      double textX = LABEL_WIDTH + Math.max(w, 0) + 8;
      if (row.target() != null) {
        textX = Math.max(textX, LABEL_WIDTH + BAR_AREA * row.target() / max + 8);
      }
      svg.append("<text x=\"")
          .append(num(textX))
          .append("\" y=\"")
          .append(y + ROW - 10)
          .append("\" class=\"total\">")
          .append(escape(YearIndicators.format(row.actual())))
          .append(row.target() == null ? "" : " / " + escape(YearIndicators.format(row.target())))
          .append("</text>");
      y += ROW + 6;
    }
    return close(svg);
  }
}
