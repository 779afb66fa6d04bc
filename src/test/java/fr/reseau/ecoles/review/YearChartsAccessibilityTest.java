package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.web.PageStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year page's charts for everyone (docs/accessibility.md): the colours of the data at least 3:1
 * with the page and at least 4.5:1 with the white numbers written on them, each chart's data also
 * written out as text under it, and the charts' text kept at its size on a phone (the chart scrolls
 * in a box the keyboard reaches instead of shrinking).
 */
class YearChartsAccessibilityTest extends IntegrationTest {

  static final Pattern FIGURE = Pattern.compile("<figure>(.*?)</figure>", Pattern.DOTALL);
  static final Pattern DATA_ITEM =
      Pattern.compile("<(?:rect|line|circle|path)[^>]*><title>([^<]*)</title>");
  static final Pattern DATA_FILL =
      Pattern.compile("<rect[^>]*fill=\"(#[0-9a-fA-F]{6})\"[^>]*><title>");

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired YearIndicatorsService indicators;

  @Test
  void everyPaletteColourCarriesWhiteNumbersAndStandsOutFromThePage() {
    for (String colour : YearChartSvg.PALETTE) {
      assertThat(contrast(colour, "#ffffff")).as("white on %s", colour).isGreaterThanOrEqualTo(4.5);
    }
    for (NetworkMap.State state : NetworkMap.State.values()) {
      assertThat(contrast(state.colour(), "#ffffff"))
          .as("%s on the page", state)
          .isGreaterThanOrEqualTo(3.0);
    }
    // The measure itself: the two colours the issue measured fail, black on white is 21:1.
    assertThat(contrast("#e0872b", "#ffffff")).isLessThan(3.0);
    assertThat(contrast("#000000", "#ffffff"))
        .isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void eachChartOfTheYearPageHasItsDataAsTextAndReadableColours() {
    TestNetwork network = networks.create(6);
    handBuilt.build(network);
    YearIndicators year = indicators.compute(network.id(), HandBuiltYear.YEAR);
    String page =
        YearPages.page(
            year, null, indicators.map(network.id(), HandBuiltYear.YEAR), network.id(), false);

    Matcher figures = FIGURE.matcher(page);
    int charts = 0;
    while (figures.find()) {
      String figure = figures.group(1);
      if (!figure.contains("<svg ")) {
        continue;
      }
      charts++;
      List<String> items = new ArrayList<>();
      Matcher item = DATA_ITEM.matcher(figure);
      while (item.find()) {
        items.add(item.group(1));
      }
      assertThat(items).as("data drawn in %s", figure.substring(0, 80)).isNotEmpty();
      assertThat(figure)
          .contains("<details class=\"data\"><summary>Les données du graphique en texte</summary>")
          .contains("<div class=\"chart\" tabindex=\"0\" role=\"group\" aria-label=\"Graphique : ");
      for (String text : items) {
        assertThat(figure).contains("<li>" + text + "</li>");
      }
      Matcher fill = DATA_FILL.matcher(figure);
      while (fill.find()) {
        assertThat(contrast(fill.group(1), "#ffffff"))
            .as("bar colour %s on the page", fill.group(1))
            .isGreaterThanOrEqualTo(3.0);
      }
    }
    assertThat(charts).as("charts on the year page").isGreaterThanOrEqualTo(4);
    // No chart shrinks on a narrow screen: its box scrolls instead.
    assertThat(PageStyle.CSS)
        .contains("@media (max-width:700px){.chart svg{max-width:none}")
        .contains(".chart{overflow-x:auto}");
  }

  /** WCAG 2.1 contrast ratio of two sRGB colours (#rrggbb). */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
