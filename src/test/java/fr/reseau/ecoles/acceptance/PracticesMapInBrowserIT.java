package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * The map of practices in a real browser: a documentaliste logged into Tasklist opens
 * /carte/ventoux-baronnies, filters by theme and by "welcomes visitors", and opens the form to
 * describe a practice; every page is checked with axe ({@link Browser#open}) at 1366 and 390 px.
 */
class PracticesMapInBrowserIT extends BrowserStory {

  static final String MEMBER = "lucie.martin";
  static final String MAP = "/carte/ventoux-baronnies";
  static final Dimension DESKTOP = new Dimension(1366, 900);
  static final Dimension PHONE = new Dimension(390, 844);

  private String body() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private long overflow() {
    return (Long)
        browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
  }

  @Test
  @Order(1)
  void aMemberSeesTheDemoPracticesAndFiltersThemByTheme() {
    webapps.login("tasklist", MEMBER);
    browser.driver().manage().window().setSize(DESKTOP);
    browser.open(MAP);
    assertThat(body())
        .contains("Carte des pratiques", "Réseau Ventoux Baronnies")
        .contains(
            "Club lecture du midi", "Ressources numériques de l'ENT", "Accueille des visiteurs");
    assertThat(browser.driver().findElements(By.cssSelector("svg circle"))).hasSizeGreaterThan(8);
    // The guide's picture (scripts/update-guide-images.sh).
    browser.screenshot("guide-carte-des-pratiques");

    new Select(browser.visible(By.id("theme"))).selectByValue("digital");
    browser.click(By.id("search"));
    browser.waitFor(d -> d.getCurrentUrl().contains("theme=digital"));
    assertThat(body())
        .contains("Ressources numériques de l'ENT", "Podcasts d'élèves")
        .doesNotContain("Club lecture du midi");

    browser.click(By.id("welcomesVisitors"));
    browser.click(By.id("search"));
    browser.waitFor(d -> d.getCurrentUrl().contains("welcomesVisitors=true"));
    assertThat(body())
        .contains("Ressources numériques de l'ENT")
        .doesNotContain("Podcasts d'élèves");
    // The filtered page, checked with axe too.
    browser.open(MAP + "?theme=digital&welcomesVisitors=true");
  }

  @Test
  @Order(2)
  void theMapAndTheFormReadAt390Pixels() {
    for (Dimension size : List.of(PHONE, DESKTOP)) {
      browser.driver().manage().window().setSize(size);
      browser.open(MAP);
      assertThat(overflow())
          .as("page wider than the screen at " + size.getWidth())
          .isLessThanOrEqualTo(0);
      browser.screenshot("carte-des-pratiques-" + size.getWidth());
      browser.open(MAP + "/pratiques/nouvelle");
      assertThat(body()).contains("Décrire une pratique", "Thèmes", "J'accueille des visiteurs");
      assertThat(overflow())
          .as("form wider than the screen at " + size.getWidth())
          .isLessThanOrEqualTo(0);
      browser.screenshot(
          (size.equals(DESKTOP) ? "guide-" : "") + "decrire-une-pratique-" + size.getWidth());
    }
  }
}
