package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionRepository;
import fr.reseau.ecoles.academic.ProductionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public showcase in a real browser, without logging in: a visitor from an académie's site
 * opens /vitrine, searches by discipline, opens a production and its ScoLOMFR record; a production
 * in review is nowhere. Every page is checked with axe ({@link Browser#open}) at 1366 and 390 px.
 */
class ShowcaseInBrowserIT extends BrowserStory {

  static final Dimension DESKTOP = new Dimension(1366, 900);
  static final Dimension PHONE = new Dimension(390, 844);
  static final String ACADEMIE = "Aix-Marseille (vitrine)";

  @Autowired ProductionRepository productions;

  Production published;
  Production inReview;

  private String body() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private long overflow() {
    return (Long)
        browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  private Production save(
      String title, String discipline, String level, ProductionStatus status, Instant at) {
    Production p = new Production("groupe-numerique-aix", ACADEMIE, title, at);
    p.describe(
        title,
        "Les élèves enregistrent un récit sonore de la bataille à partir d'archives numérisées.",
        discipline,
        level,
        List.of("Numérique", "Mémoire"),
        "2 h",
        List.of("ENT", "Audacity"),
        List.of(
            "Découverte des archives au CDI",
            "Écriture du récit en groupes",
            "Enregistrement et mise en ligne sur l'ENT"),
        List.of("Archives départementales | https://www.archives13.fr/"),
        List.of("Claire Martin", "Paul Durand"),
        null,
        at);
    if (status == ProductionStatus.PUBLISHED) {
      p.moveTo(ProductionStatus.PUBLISHED, at);
    } else {
      p.moveTo(status, at);
    }
    return productions.save(p);
  }

  @Test
  @Order(1)
  void aVisitorWithoutLoginFindsAPublishedScenarioByDiscipline() {
    Instant at = Instant.parse("2027-04-02T08:00:00Z");
    published =
        save(
            "Raconter Verdun en podcast",
            "Histoire-géographie",
            "3e",
            ProductionStatus.PUBLISHED,
            at);
    save(
        "Les fractions au tableur",
        "Mathématiques",
        "CM1",
        ProductionStatus.PUBLISHED,
        at.plusSeconds(60));
    inReview =
        save(
            "Scénario encore en relecture",
            "Histoire-géographie",
            "3e",
            ProductionStatus.IN_PEER_REVIEW,
            at);

    browser.driver().manage().window().setSize(DESKTOP);
    browser.open("/vitrine");
    assertThat(body())
        .contains(
            "Vitrine de la mutualisation", "Raconter Verdun en podcast", "Les fractions au tableur")
        .doesNotContain("Scénario encore en relecture");
    // The guide's picture (scripts/update-guide-images.sh).
    browser.screenshot("guide-vitrine");

    new Select(browser.visible(By.id("discipline"))).selectByValue("Histoire-géographie");
    new Select(browser.visible(By.id("academie"))).selectByValue(ACADEMIE);
    browser.click(By.id("search"));
    browser.waitFor(d -> d.getCurrentUrl().contains("discipline="));
    assertThat(body())
        .contains("Raconter Verdun en podcast")
        .doesNotContain("Les fractions au tableur");
    // The filtered page, checked with axe too.
    browser.open(
        browser
            .driver()
            .getCurrentUrl()
            .substring(browser.driver().getCurrentUrl().indexOf("/vitrine")));
  }

  @Test
  @Order(2)
  void theProductionsPageShowsItsStepsAndLinksToItsScolomfrRecord() {
    browser.click(By.linkText("Raconter Verdun en podcast"));
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/vitrine/" + published.getId()));
    browser.open("/vitrine/" + published.getId());
    assertThat(body())
        .contains("Déroulement", "Écriture du récit en groupes", "Claire Martin, Paul Durand")
        .contains("CC BY-SA 4.0", "Archives départementales", "scolomfr.xml");
    browser.screenshot("guide-vitrine-production");
    String href = browser.visible(By.id("scolomfr-link")).getAttribute("href");
    assertThat(href).endsWith("/vitrine/" + published.getId() + "/scolomfr.xml");
  }

  @Test
  @Order(3)
  void aProductionInReviewIsNotFoundAndThePagesReadAt390Pixels() {
    browser.open("/vitrine/" + inReview.getId());
    assertThat(body())
        .contains("Production introuvable")
        .doesNotContain("Scénario encore en relecture");
    for (Dimension size : List.of(PHONE, DESKTOP)) {
      browser.driver().manage().window().setSize(size);
      for (String path : List.of("/vitrine", "/vitrine/" + published.getId())) {
        browser.open(path);
        assertThat(overflow())
            .as(path + " wider than the screen at " + size.getWidth())
            .isLessThanOrEqualTo(0);
      }
      browser.screenshot("vitrine-" + size.getWidth());
    }
  }
}
