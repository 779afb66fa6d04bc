package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.variables.CommonVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16's « done when » on the pages of the guides written after the first audit (évènements,
 * atelier de mutualisation, groupes académiques, pilotage de zone, journée d'ateliers): Cockpit's
 * views of their processes, the annual review waiting at its zone step (process and instance), and
 * the task lists of the people of those guides, at 1366 and at 390 px: no serious or critical axe
 * violation, and no English string shown or read ({@link ShownText}).
 */
class NewerProcessesShellInBrowserIT extends BrowserStory {

  static final String NETWORK = "sainte-victoire";
  static final String COORDINATOR = "sandrine.olivier";
  static final String OTHER_NETWORK_COORDINATOR = "mathilde.arnaud";

  /** IA-IPR of the demo academic group, also in two zone trios of the network (DemoZonePilots). */
  static final String INSPECTOR = "ipr.martin";

  static final String REFERENT = "sophie.arnaud";
  static final String HEAD_OF_SCHOOL = "chef.groseau";
  static final Dimension DESKTOP = new Dimension(1366, 768);
  static final Dimension PHONE = new Dimension(390, 844);

  /** The network's processes the newer guides show in Cockpit, by their French names. */
  static final List<String> NETWORK_PROCESSES =
      List.of(
          "Évènement du réseau",
          "Demande d'atelier de mutualisation",
          "Bilan annuel du réseau",
          "Temps 2 – Échange d'idées et usages");

  @Autowired IdentityService identityService;
  ProcessInstance review;
  ShownText shown;

  @Test
  @Order(1)
  void theNewerProcessesInCockpitAtBothWidths() {
    // An annual review at its zone step: started before the zones' reviews, whose asynchronous
    // continuation nobody runs here (no job executor), so that no task and no message is made and
    // no data of the network changes; removed after.
    identityService.setAuthentication(COORDINATOR, List.of("coordinators"), List.of(NETWORK));
    try {
      review =
          runtimeService
              .createProcessInstanceByKey(AnnualReviewVariables.PROCESS_KEY)
              .processDefinitionTenantId(NETWORK)
              // set before the instruction: process variables, there when the deadline's timer
              // is created with the zones' step
              .setVariables(
                  Map.of(
                      CommonVariables.SCHOOL_YEAR,
                      "2026-2027",
                      AnnualReviewVariables.REVIEW_ZONE_CODES,
                      List.of("aix", "pertuis", "gardanne"),
                      AnnualReviewVariables.ZONE_REVIEW_DUE_DATE,
                      "2027-06-30"))
              .startBeforeActivity("Task_ReviewZone")
              .execute();
    } finally {
      identityService.clearAuthentication();
    }
    for (Dimension size : List.of(DESKTOP, PHONE)) {
      browser.driver().manage().window().setSize(size);
      webapps.login("cockpit", COORDINATOR);
      browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("En ce moment"));
      for (String process : NETWORK_PROCESSES) {
        processView(process);
        check("Cockpit, process « " + process + " »", size);
      }
      // The review's own page: where it waits (the zones' reviews), its variables, its tree.
      browser.open("/camunda/app/cockpit/default/#/process-instance/" + review.getId());
      browser.waitFor(d -> !d.findElements(By.cssSelector(".djs-container svg")).isEmpty());
      browser.waitFor(
          d -> d.findElement(By.tagName("body")).getText().contains("Relire la part de la zone"));
      check("Cockpit, annual review at its zone step", size);
      browser.screenshot("a11y-cockpit-zone-step-" + size.getWidth());

      // The co-training request of the demo (other network): its view with an instance running.
      webapps.login("cockpit", OTHER_NETWORK_COORDINATOR);
      processView("Demande d'atelier de mutualisation");
      check("Cockpit, co-training requests of ventoux-baronnies", size);

      // The IA-IPR follows the academic group's productions (guide groupes-academiques).
      webapps.login("cockpit", INSPECTOR);
      browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("En ce moment"));
      check("Cockpit, the IA-IPR's dashboard", size);
      processView("Production d'un groupe académique");
      check("Cockpit, process « Production d'un groupe académique »", size);
    }
    browser.driver().manage().window().setSize(DESKTOP);
  }

  @Test
  @Order(2)
  void theNewerGuidesTaskListsAtBothWidths() {
    // The people of the newer guides: the IA-IPR (zone trio, academic group), the referent of the
    // academic group, the head of school who examines a co-training request.
    for (Dimension size : List.of(DESKTOP, PHONE)) {
      browser.driver().manage().window().setSize(size);
      for (String user : List.of(INSPECTOR, REFERENT, HEAD_OF_SCHOOL)) {
        webapps.login("tasklist", user);
        for (String filter :
            List.of("Mes tâches", "Tâches de mon groupe", "Tâches qui me sont proposées")) {
          openFilterList(filter);
          check("Tasklist of " + user + ", « " + filter + " »", size);
          By firstTask = By.cssSelector(".tasks-list li.task a[href*='task=']");
          if (!browser.all(firstTask).isEmpty()) {
            // Found again at the click: Tasklist refreshes its list (stale links seen).
            browser.click(firstTask);
            browser.visible(By.cssSelector(".task-details, .fjs-container"));
            check("Tasklist of " + user + ", « " + filter + " », first task open", size);
            browser.screenshot("a11y-tasklist-" + user + "-" + size.getWidth());
          }
        }
      }
    }
    browser.driver().manage().window().setSize(DESKTOP);
  }

  /** Opens a filter (on a phone, the filters' column is shown first). */
  private void openFilterList(String filter) {
    By link =
        By.xpath(
            "//*[contains(@class,'task-filters')]//h4//a[starts-with(normalize-space(), "
                + Webapps.literal(filter)
                + ")]");
    if (!browser.driver().findElement(link).isDisplayed()) {
      browser.click(By.cssSelector("[data-region=\"filters\"].region-toggle"));
    }
    webapps.filter(filter);
    webapps.settled();
  }

  private void processView(String process) {
    browser.open("/camunda/app/cockpit/default/#/processes");
    By link = By.xpath("//a[normalize-space()=" + Webapps.literal(process) + "]");
    // Followed by its address: a tooltip left by the last click can cover the link.
    String href = browser.visible(link).getDomAttribute("href");
    browser.open("/camunda/app/cockpit/default/" + href);
    browser.waitFor(
        d -> d.findElement(By.tagName("body")).getText().contains("Instances en cours"));
    browser.waitFor(d -> !d.findElements(By.cssSelector(".djs-container svg")).isEmpty());
  }

  @AfterAll
  void removeTheReview() {
    if (review != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count()
            > 0) {
      runtimeService.deleteProcessInstance(review.getId(), "acceptance test over");
    }
  }

  /** axe once the loaders are gone, then what the page says: no English. */
  private void check(String page, Dimension size) {
    webapps.settled();
    if (shown == null) {
      shown = new ShownText(browser);
    }
    String name = page + " at " + size.getWidth() + " px";
    browser.axe.check(name, Webapps.FORM);
    assertThat(shown.english(name)).as("English shown or read on %s", name).isEmpty();
  }
}
