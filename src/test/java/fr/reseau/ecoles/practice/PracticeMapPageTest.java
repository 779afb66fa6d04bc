package fr.reseau.ecoles.practice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The map page without Spring: the plain SVG map, and Leaflet only with a tile server. */
class PracticeMapPageTest {

  static final Establishment NYONS =
      new Establishment(
          "E1",
          "Collège des Baronnies",
          EstablishmentKind.COLLEGE,
          "Nyons",
          "26",
          "A",
          44.36,
          5.14,
          "net",
          null);
  static final Establishment VAISON =
      new Establishment(
          "E2",
          "Lycée de l'Ouvèze",
          EstablishmentKind.LYCEE,
          "Vaison",
          "84",
          "B",
          44.24,
          5.07,
          "net",
          null);

  static Practice practice(String title, boolean welcomes) {
    return new Practice(
        "net",
        "auteur",
        new PracticeInput(
            title,
            "Texte <b>non interprété</b>",
            new LinkedHashSet<>(Set.of("digital")),
            "college",
            null,
            "E1",
            List.of(),
            welcomes,
            welcomes
                ? List.of(
                    new VisitPeriod(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29), "mardi"))
                : List.of(),
            null),
        Instant.parse("2026-12-01T10:00:00Z"));
  }

  static Map<String, Object> values(String tileUrl) {
    return PracticeMapPage.values(
        "net",
        "Réseau",
        PracticeFilter.none(),
        List.of(practice("Portail </script> numérique", true)),
        List.of(NYONS, VAISON),
        Map.of(),
        new PracticeService.Actor("lecteur", false),
        tileUrl,
        "© OpenStreetMap");
  }

  @Test
  void withoutTileServerTheMapIsServerSideSvgAndNoScript() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    String html =
        PracticePages.page(response, org.springframework.http.HttpStatus.OK, "map", values(null))
            .getBody();
    assertThat(html)
        .contains("<svg", "Collège des Baronnies (Nyons) : 1 pratique(s), accueille des visiteurs")
        .contains("du 04/01/2027 au 29/01/2027 (mardi)")
        .contains("Texte &lt;b&gt;non interprété&lt;/b&gt;")
        .doesNotContain("<script");
    assertThat(response.getHeader("Content-Security-Policy")).doesNotContain("script-src");
  }

  @Test
  void withATileServerLeafletIsLoadedFromItsWebJarAndTheTilesAllowed() {
    String tiles = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
    assertThat(PracticePages.tileSource(tiles)).isEqualTo("https://*.tile.openstreetmap.org");
    MockHttpServletResponse response = new MockHttpServletResponse();
    String html =
        PracticePages.page(response, org.springframework.http.HttpStatus.OK, "map", values(tiles))
            .getBody();
    assertThat(html)
        .contains("/webjars/leaflet/1.9.4/dist/leaflet.js", "/js/carte-des-pratiques.js")
        .contains("application/json")
        // A title cannot close the Json's script element.
        .doesNotContain("Portail </script>")
        .contains("Portail \\u003c/script> numérique");
    assertThat(response.getHeader("Content-Security-Policy"))
        .contains("script-src 'self'", "img-src 'self' data: https://*.tile.openstreetmap.org");
  }
}
