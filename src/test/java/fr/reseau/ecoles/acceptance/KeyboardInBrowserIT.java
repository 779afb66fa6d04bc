package fr.reseau.ecoles.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form with a field of each kind the application's forms use (textfield, textarea, number, radio,
 * checkbox, checklist, taglist, select, searchable select, date, dynamic list), test-only ({@code
 * src/test/resources/acceptance/keyboard-every-field.*}, deployed for the network and removed
 * afterwards), filled and completed in Tasklist with the keyboard alone: Tab, Space, arrows, Enter
 * and typing, sent to whatever has the focus, never a click. At 1366×768 and at 390 px, « Terminer
 * » is not under the fixed footer once brought into view. Dates show in French: the date field
 * reads jj/mm/aaaa and nothing in the page says dd/mm/yyyy or names a month or a day in English.
 */
class KeyboardInBrowserIT extends BrowserStory {

  static final String NETWORK = "sainte-victoire";
  static final String DOCUMENTALISTE = "lea.castel";
  static final String PROCESS_KEY = "keyboard-every-field";
  static final Dimension DESKTOP = new Dimension(1366, 768);
  static final Dimension PHONE = new Dimension(390, 844);
  static final LocalDate DAY = LocalDate.of(2027, 3, 12);

  /** What English a date would be written in (Tasklist's dates go through moment.js). */
  static final String ENGLISH_DATES =
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ago|dd/mm/yyyy|mm/dd/yyyy"
          + "|yyyy)\\b";

  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  String deployment;
  ProcessInstance instance;

  @BeforeAll
  void deployTheForm() {
    deployment =
        repositoryService
            .createDeployment()
            .name("keyboard-every-field (KeyboardInBrowserIT)")
            .tenantId(NETWORK)
            .addClasspathResource("acceptance/keyboard-every-field.bpmn")
            .addClasspathResource("acceptance/keyboard-every-field.form")
            .deploy()
            .getId();
  }

  @AfterAll
  void removeTheForm() {
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  @Order(1)
  void everyKindOfFieldIsFilledAndTheTaskCompletedWithTheKeyboardAlone() {
    instance =
        runtimeService
            .createProcessInstanceByKey(PROCESS_KEY)
            .processDefinitionTenantId(NETWORK)
            .setVariable("assignee", DOCUMENTALISTE)
            .execute();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    // A due date, for the task's header to show one (in French).
    task.setDueDate(
        Date.from(DAY.atTime(17, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant()));
    taskService.saveTask(task);

    browser.driver().manage().window().setSize(DESKTOP);
    webapps.login("tasklist", DOCUMENTALISTE);
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    webapps.form();
    browser.script(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");

    terminerNotUnderTheFooter("before anything is filled");
    // On a phone the whole page scrolls under the same fixed footer.
    browser.driver().manage().window().setSize(PHONE);
    webapps.form();
    terminerNotUnderTheFooter("at 390 px");
    browser.driver().manage().window().setSize(DESKTOP);
    webapps.form();
    browser.script(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    datesInFrench();

    tabInto("Titre");
    type("Atelier lecture");
    tabInto("Commentaire");
    type("Première ligne", Keys.ENTER, "Deuxième ligne");
    tabInto("Part (%)");
    type("40");
    tabInto("Demi-journée");
    // form-js gives each option its own tab stop: Tab to the second, Space ticks it.
    press(Keys.TAB);
    press(Keys.SPACE);
    tabInto("J'ai lu la charte");
    press(Keys.SPACE);
    tabInto("Thèmes");
    press(Keys.SPACE);
    press(Keys.TAB);
    press(Keys.TAB);
    press(Keys.SPACE);
    tabInto("Personnes");
    type("Hugo");
    press(Keys.ENTER);
    tabInto("Lieu");
    chooseWithArrows("Lieu", "CDI du lycée");
    tabInto("Établissement");
    type("Cézanne");
    press(Keys.ENTER);
    tabInto("Date");
    type(DAY.format(Webapps.FRENCH_DATE));
    press(Keys.ENTER);
    // A dynamic list: « Ajouter » makes a row, its fields are filled; a second row is added and
    // taken away with its « Retirer la ligne 2 » button, all with the keyboard.
    tabTo("button.fjs-repeat-render-add");
    press(Keys.ENTER);
    WebElement visitor = webapps.field("Visiteur·se");
    reachBothWays(
        () ->
            Boolean.TRUE.equals(
                browser.script("return arguments[0].contains(document.activeElement);", visitor)),
        "the new row's « Visiteur·se »");
    chooseWithArrows("Visiteur·se", "Hugo Ferrand");
    tabInto("Remarque sur le binôme");
    type("Même secteur");
    tabTo("button.fjs-repeat-render-add");
    press(Keys.ENTER);
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-repeat-row-remove")).size() == 2);
    String removeSecond = "button.fjs-repeat-row-remove[aria-label=\"Retirer la ligne 2\"]";
    reachBothWays(
        () ->
            Boolean.TRUE.equals(
                browser.script(
                    "return document.activeElement !== null"
                        + " && document.activeElement.matches(arguments[0]);",
                    removeSecond)),
        removeSecond);
    press(Keys.ENTER);
    browser.waitFor(d -> d.findElements(By.cssSelector(".fjs-repeat-row-remove")).size() == 1);
    browser.screenshot("a11y-keyboard-filled");
    assertThat(webapps.validationErrors()).isEmpty();

    tabTo("button[ng-click=\"complete()\"]");
    terminerNotUnderTheFooter("reached with Tab");
    press(Keys.ENTER);

    browser.waitFor(
        d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
        Duration.ofSeconds(30));
    Map<String, String> values =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .list()
            .stream()
            .filter(v -> v.getValue() != null)
            .collect(
                Collectors.toMap(
                    HistoricVariableInstance::getName, v -> String.valueOf(v.getValue())));
    assertThat(values)
        .containsEntry("kbTitle", "Atelier lecture")
        .containsEntry("kbComment", "Première ligne\nDeuxième ligne")
        .containsEntry("kbHalfDay", "afternoon")
        .containsEntry("kbAgreed", "true")
        .containsEntry("kbPlace", "lycee")
        .containsEntry("kbSchool", "cezanne")
        .containsEntry("kbDay", DAY.toString());
    assertThat(Double.parseDouble(values.get("kbShare"))).isEqualTo(40.0);
    assertThat(values.get("kbThemes"))
        .contains("reading")
        .contains("oral")
        .doesNotContain("digital");
    assertThat(values.get("kbPeople")).contains("hugo").doesNotContain("claire");
    assertThat(values.get("kbPairs"))
        .as("the dynamic list: one row left")
        .contains("hugo")
        .contains("Même secteur")
        .doesNotContain("claire");
  }

  // --- checks
  // --------------------------------------------------------------------------------------

  /**
   * « Terminer » brought into view as the browser does for the focus (nearest edge) and at the
   * bottom of its pane: its centre and corners show the button itself, not the footer.
   */
  private void terminerNotUnderTheFooter(String when) {
    for (String block : List.of("nearest", "end")) {
      @SuppressWarnings("unchecked")
      List<String> covered =
          (List<String>)
              browser.script(
                  """
                  const button = document.querySelector('button[ng-click="complete()"]');
                  if (!button.matches(':focus')) {
                    button.scrollIntoView({block: arguments[0]});
                  }
                  const r = button.getBoundingClientRect();
                  const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2],
                      [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
                  return points.map(([x, y]) => {
                    const e = document.elementFromPoint(x, y);
                    return e === button || button.contains(e) ? null
                        : (e ? e.tagName + '.' + e.className + ' at ' + Math.round(x) + ',' + Math.round(y)
                            + ' (button ' + Math.round(r.top) + '-' + Math.round(r.bottom)
                            + ', window ' + innerHeight + ')' : 'nothing at ' + x + ',' + y);
                  }).filter(p => p !== null);
                  """,
                  block);
      assertThat(covered)
          .as("what covers « Terminer », %s (scrollIntoView %s)", when, block)
          .isEmpty();
    }
    browser.screenshot("a11y-keyboard-terminer-" + when.replace(' ', '-'));
  }

  /**
   * The date field's placeholder is French; no text, placeholder, title or label of the page (task
   * list, task header, form) writes a date the English way.
   */
  private void datesInFrench() {
    WebElement date = webapps.field("Date").findElement(By.cssSelector("input"));
    browser.waitFor(d -> "jj/mm/aaaa".equals(date.getDomAttribute("placeholder")));
    @SuppressWarnings("unchecked")
    List<String> english =
        (List<String>)
            browser.script(
                """
                const pattern = new RegExp(arguments[0], 'i');
                const found = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  if (n.parentElement.closest('script, style, .ng-hide, [hidden]')) { continue; }
                  if (pattern.test(n.nodeValue)) { found.push(n.nodeValue.trim().slice(0, 80)); }
                }
                document.querySelectorAll('[placeholder], [title], [aria-label], [uib-tooltip]')
                  .forEach(e => ['placeholder', 'title', 'aria-label', 'uib-tooltip'].forEach(a => {
                    const v = e.getAttribute(a);
                    if (v && !v.includes('{{') && pattern.test(v)) { found.push(a + '=' + v.slice(0, 80)); }
                  }));
                return found;
                """,
                ENGLISH_DATES);
    String meta =
        String.valueOf(
            browser.script(
                "return Array.from(document.querySelectorAll('.task-details .meta li, .tasks-list"
                    + " .task')).map(e => e.innerText.replace(/\\s+/g, ' ').trim()).join(' | ');"));
    System.out.println("[dates] task list and header: " + meta);
    assertThat(english).as("dates written the English way").isEmpty();
  }

  // --- the keyboard
  // --------------------------------------------------------------------------------

  private void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  private void type(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  /**
   * In a select's list (opened by the focus), Arrow Down until {@code option} is the highlighted
   * one, then Enter. Each key waits for the list to answer: a key sent before the list listens was
   * lost (CI once chose the first option).
   */
  private void chooseWithArrows(String label, String option) {
    WebElement field = webapps.field(label);
    Supplier<Object> highlighted =
        () ->
            browser.script(
                "const i = arguments[0].querySelector('.fjs-dropdownlist-item.focused');"
                    + " return i ? i.textContent.trim() : null;",
                field);
    for (int opening = 0; highlighted.get() == null; opening++) {
      try {
        browser.waitFor(d -> highlighted.get() != null, Duration.ofSeconds(4));
      } catch (TimeoutException closed) {
        if (opening >= 3) {
          throw closed;
        }
        // The list closed (or never opened) before it was read, seen once in the full suite with
        // another option already chosen: the down arrow opens it again, still with the keyboard.
        press(Keys.ARROW_DOWN);
      }
    }
    for (int step = 0; step < 10 && !option.equals(highlighted.get()); step++) {
      Object before = highlighted.get();
      press(Keys.ARROW_DOWN);
      try {
        browser.waitFor(d -> !Objects.equals(before, highlighted.get()), Duration.ofSeconds(2));
      } catch (TimeoutException lost) {
        // the key came before the list listened: the loop sends it again
      }
    }
    assertThat(highlighted.get()).as("option highlighted in « %s »", label).isEqualTo(option);
    press(Keys.ENTER);
    browser.waitFor(
        d ->
            String.valueOf(
                    browser.script(
                        "return arguments[0].querySelector('.fjs-select-display, input').textContent"
                            + " || arguments[0].querySelector('input').value;",
                        field))
                .contains(option),
        Duration.ofSeconds(10));
  }

  /** Tab until the focus is in the field labelled {@code label}. */
  private void tabInto(String label) {
    WebElement field = webapps.field(label);
    tabUntil(
        () ->
            Boolean.TRUE.equals(
                browser.script("return arguments[0].contains(document.activeElement);", field)),
        "the field « " + label + " »");
  }

  /** Tab until the focus is on what {@code selector} designates. */
  private void tabTo(String selector) {
    tabUntil(
        () ->
            Boolean.TRUE.equals(
                browser.script(
                    "return document.activeElement !== null"
                        + " && document.activeElement.matches(arguments[0]);",
                    selector)),
        selector);
  }

  /**
   * Tab a few times, else Shift+Tab, until the focus is {@code reached}: where a new row takes the
   * focus depends on form-js, not on the person.
   */
  private void reachBothWays(java.util.function.BooleanSupplier reached, String what) {
    for (int step = 0; step < 8 && !reached.getAsBoolean(); step++) {
      press(Keys.TAB);
    }
    tabUntil(
        reached,
        what,
        () ->
            new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform());
  }

  private void tabUntil(java.util.function.BooleanSupplier reached, String what) {
    tabUntil(reached, what, () -> press(Keys.TAB));
  }

  private void tabUntil(java.util.function.BooleanSupplier reached, String what, Runnable key) {
    for (int step = 0; step < 150; step++) {
      if (reached.getAsBoolean()) {
        return;
      }
      key.run();
    }
    throw new AssertionError(
        "Tab did not reach "
            + what
            + " in 150 steps; focus on "
            + browser.script(
                "const a = document.activeElement; return a ? a.outerHTML.slice(0, 160) : 'none';"));
  }
}
