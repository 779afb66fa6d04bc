package fr.reseau.ecoles.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkRepository;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year page and its report rendered on a hand-built year with a previous year: the key content
 * is there, and what users typed (here a network name) is escaped. The pages are also written to
 * target/ so that a change of how they are built can be compared by eye or by diff.
 */
class YearPagesRenderingTest extends IntegrationTest {

  static final String HOSTILE_NAME = "<script>alert('x')</script> & Cie";

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear handBuilt;
  @Autowired NetworkRepository networkRepository;
  @Autowired YearIndicatorsService indicators;

  @Test
  void thePageAndTheReportShowTheYearAndEscapeWhatUsersTyped() throws IOException {
    TestNetwork network = networks.create(6);
    handBuilt.buildPrevious(network);
    handBuilt.build(network);
    Network stored = networkRepository.findById(network.id()).orElseThrow();
    stored.update(HOSTILE_NAME, stored.getAcademy());
    networkRepository.save(stored);

    YearIndicators year = indicators.compute(network.id(), HandBuiltYear.YEAR);
    YearIndicators before = indicators.previous(network.id(), HandBuiltYear.YEAR).orElseThrow();
    String page =
        YearPages.page(
            year, before, indicators.map(network.id(), HandBuiltYear.YEAR), network.id(), false);
    String report = YearPages.report(year, before, true);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/year-page.html"), page);
    Files.writeString(Path.of("target/year-report.html"), report);

    for (String html : new String[] {page, report}) {
      assertThat(html)
          .startsWith("<!DOCTYPE html>")
          .contains("&lt;script&gt;alert(")
          .contains(")&lt;/script&gt; &amp; Cie")
          .doesNotContain("<script>")
          .contains("<h2>Chiffres clés</h2>")
          .contains("<th class=\"n\">" + HandBuiltYear.PREVIOUS_YEAR + "</th>")
          .contains("<svg ")
          .contains("<h2>Réunion de réseau</h2>")
          .contains("<style>");
    }
    assertThat(page)
        .contains("<h1>L'année en un coup d'œil</h1>")
        .contains("Rapport imprimable (provisoire)</a>")
        .contains(YearPageController.csvPath(network.id(), HandBuiltYear.YEAR))
        .contains("href=\"/evenements/" + network.id() + "/formations\"")
        .contains("<h2>Carte du réseau</h2>")
        .contains("<h2>Avis des participant·es</h2>");
    assertThat(report)
        .contains("<h1>La tournée des CDI — bilan de l'année " + HandBuiltYear.YEAR + "</h1>")
        .contains("<h2>Visites par mois</h2>")
        .doesNotContain("version provisoire");
  }
}
