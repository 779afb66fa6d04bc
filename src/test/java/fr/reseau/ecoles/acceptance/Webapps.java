package fr.reseau.ecoles.acceptance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a participant does in the Camunda webapps, by what they read on the screen (French labels),
 * not by internal ids: log in, pick a filter, open a task, claim it, fill a Camunda Form (form-js),
 * complete it.
 */
final class Webapps {

  /** form-js shows and reads dates in the browser's locale: fr-FR here. */
  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Browser browser;

  /** The forms already checked with axe (a test asks for the same form several times). */
  private final java.util.Set<String> checkedForms = new java.util.HashSet<>();

  Webapps(Browser browser) {
    this.browser = browser;
  }

  // --- login -------------------------------------------------------------------------------------

  void login(String app, String user) {
    browser.forgetSession();
    browser.open("/camunda/app/" + app + "/default/#/login");
    By usernameField = By.cssSelector("input[ng-model=\"username\"]");
    By passwordField = By.cssSelector("input[ng-model=\"password\"]");
    // The first load of a webapp parses megabytes of scripts: slow on a busy machine (over 120 s
    // seen with a load average of 26 on 2 cores).
    browser.waitFor(
        ExpectedConditions.visibilityOfElementLocated(usernameField), Duration.ofSeconds(300));
    // Angular may still render the form again once it is shown (seen at 390 px with Chromium 156:
    // the fields found a moment ago are replaced, or emptied before the submit, and the browser
    // refuses to send an empty form): fill it, check it, send it, and start again until the login
    // form is gone.
    for (int attempt = 0; ; attempt++) {
      try {
        WebElement username =
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(usernameField));
        // The form focuses its first field once rendered: keys typed before land elsewhere.
        waitQuietly(d -> username.equals(d.switchTo().activeElement()), Duration.ofSeconds(5));
        username.clear();
        username.sendKeys(user);
        WebElement password = browser.driver().findElement(passwordField);
        password.clear();
        password.sendKeys("demo");
        boolean kept =
            user.equals(username.getDomProperty("value"))
                && "demo".equals(password.getDomProperty("value"));
        if (!kept && attempt < 4) {
          continue; // the form lost what was typed: fill it again
        }
        browser.driver().findElement(By.cssSelector("form button[type=\"submit\"]")).click();
        browser.waitFor(
            d ->
                d.findElements(passwordField).isEmpty()
                    || !d.findElement(passwordField).isDisplayed(),
            Duration.ofSeconds(30));
        break;
      } catch (StaleElementReferenceException
          | ElementNotInteractableException
          | TimeoutException rendering) {
        if (attempt >= 4) {
          throw rendering;
        }
      }
    }
    if (app.equals("tasklist")) {
      // Tasklist is ready once its filters are listed.
      browser.waitFor(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(".task-filters .content h4 a")),
          java.time.Duration.ofSeconds(120));
    }
    // The webapp shell, once its loaders are gone (what they look like while they show is checked
    // by ShellInBrowserIT on their styles): no serious or critical violation either.
    settled();
    browser.axe.check(app + " (" + user + ")", FORM);
  }

  /** Waits for {@code condition} at most {@code timeout}, and goes on either way. */
  private void waitQuietly(Function<WebDriver, Boolean> condition, Duration timeout) {
    try {
      browser.waitFor(condition, timeout);
    } catch (TimeoutException notYet) {
      // typed anyway, and checked below
    }
  }

  /** Loaders of the webapps (list, task, diagram, dialogs): shown while a request runs. */
  static final String LOADERS = ".loader, .loader-state.loading, .diagram-loader";

  /** Waits until no loader shows (up to 60 s: a busy machine; the page is checked all the same). */
  void settled() {
    try {
      browser.waitFor(
          d -> d.findElements(By.cssSelector(LOADERS)).stream().noneMatch(WebElement::isDisplayed),
          java.time.Duration.ofSeconds(60));
    } catch (org.openqa.selenium.TimeoutException stillLoading) {
      System.out.println(
          "[axe] a loader still shows after 60 s on " + browser.driver().getCurrentUrl());
    }
  }

  /** What the project controls in Tasklist: its Camunda Forms (form-js). */
  static final String FORM = ".fjs-container";

  /** Clicks what opens a dialog until the dialog shows (a click during Angular's start is lost). */
  WebElement openDialog(By opener) {
    return browser.waitFor(
        d -> {
          List<WebElement> dialogs = d.findElements(By.cssSelector(".modal-dialog"));
          if (!dialogs.isEmpty() && dialogs.get(0).isDisplayed()) {
            return dialogs.get(0);
          }
          d.findElement(opener).click();
          return null;
        });
  }

  // --- Tasklist ----------------------------------------------------------------------------------

  /** Chooses a process in Tasklist's « Démarrer un processus » dialog; its start form opens. */
  void chooseProcessToStart(String processName) {
    openDialog(By.cssSelector(".start-process-action a"));
    browser.click(
        browser.clickable(
            By.xpath(
                "//*[contains(@class,'modal')]//a[normalize-space()="
                    + literal(processName)
                    + "]")));
  }

  void filter(String name) {
    // The filter's name is followed by its count of tasks, e.g. « Mes tâches (1) ».
    WebElement link =
        browser.clickable(
            By.xpath(
                "//*[contains(@class,'task-filters')]//h4//a[starts-with(normalize-space(), "
                    + literal(name)
                    + ")]"));
    link.click();
  }

  private static By taskLink(String taskName) {
    return By.xpath(
        "//*[contains(@class,'tasks-list')]//li[contains(@class,'task')][.//*[normalize-space()="
            + literal(taskName)
            + "]]//a[contains(@href,'task=')]");
  }

  /** Waits until the current filter lists a task named {@code taskName}. */
  WebElement taskInList(String taskName) {
    return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(taskLink(taskName)));
  }

  /** Opens the first task of the list whose name is {@code taskName}. */
  void openTask(String taskName) {
    browser.click(taskLink(taskName));
  }

  void claim() {
    browser.click(browser.clickable(By.cssSelector("button.claim")));
    browser.waitFor(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Waits until the task's Camunda Form has rendered and returns its container. */
  WebElement form() {
    WebElement form = browser.visible(By.cssSelector(".fjs-container .fjs-form"));
    String key = browser.driver().getCurrentUrl() + "|" + formTitle();
    if (checkedForms.add(key)) {
      settled();
      browser.axe.check("form " + formTitle(), FORM);
    }
    return form;
  }

  /** The form's first label or text, to name it in reports. */
  String formTitle() {
    Object title =
        browser.script(
            "const f = document.querySelector('.fjs-container .fjs-form');"
                + " return f ? (f.innerText || '').trim().split('\\n')[0].slice(0, 80) : '';");
    return String.valueOf(title);
  }

  WebElement completeButton() {
    return browser.visible(By.cssSelector("button[ng-click=\"complete()\"]"));
  }

  void complete() {
    closeNotifications();
    browser.click(completeButton());
  }

  /**
   * Closes the messages at the bottom right (e.g. a refused submission), which cover the button.
   */
  void closeNotifications() {
    By close = By.cssSelector(".page-notifications .alert button.close:not(.ng-hide)");
    browser.waitFor(
        d -> {
          List<WebElement> open =
              d.findElements(close).stream().filter(WebElement::isDisplayed).toList();
          open.forEach(WebElement::click);
          return d.findElements(close).stream().noneMatch(WebElement::isDisplayed);
        });
  }

  List<String> validationErrors() {
    return browser.all(By.cssSelector(".fjs-form-field-error")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  // --- Camunda Forms (form-js) -------------------------------------------------------------------

  /** The innermost form field whose own label starts with {@code label}. */
  /** A form-js select: opens the list of the field so labelled and picks the option. */
  void select(String fieldLabel, String option) {
    WebElement display = field(fieldLabel).findElement(By.cssSelector(".fjs-input-group"));
    browser.scrollIntoView(display);
    browser.click(display);
    browser.click(
        browser.visible(
            By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()="
                    + literal(option)
                    + "]")));
  }

  WebElement field(String label) {
    By locator =
        By.xpath(
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "[not(contains(@class,'fjs-form-field-group'))]"
                // a field's own label: first child, or inside the wrapper of a date field
                + "[(./label | ./div/label | ./div/div/label)[starts-with(normalize-space(), "
                + literal(label)
                + ")]]");
    List<WebElement> found =
        browser.waitFor(
            d -> {
              List<WebElement> fields =
                  d.findElements(locator).stream().filter(WebElement::isDisplayed).toList();
              return fields.isEmpty() ? null : fields;
            });
    return found.get(found.size() - 1);
  }

  /** Ticks a radio option or a checklist option by its label. */
  void choose(String fieldLabel, String option) {
    // Clicking an option's label ticks its input (form-js nests the input in the label or points to
    // it).
    WebElement label =
        field(fieldLabel)
            .findElement(By.xpath(".//label[normalize-space()=" + literal(option) + "]"));
    browser.click(label);
  }

  void check(String checkboxLabel) {
    WebElement input = field(checkboxLabel).findElement(By.cssSelector("input[type=checkbox]"));
    browser.click(input);
  }

  void type(String fieldLabel, String text) {
    // Typed again when the form was rendered anew meanwhile (the field emptied or replaced: seen
    // on a start form opened right after the previous test's pages, with Chromium 156).
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        WebElement input =
            field(fieldLabel).findElement(By.cssSelector("input.fjs-input, textarea"));
        browser.scrollIntoView(input);
        input.clear();
        input.sendKeys(text);
        if (text.equals(input.getDomProperty("value"))) {
          return;
        }
      } catch (StaleElementReferenceException replaced) {
        // found again above
      }
    }
  }

  void date(String fieldLabel, LocalDate day) {
    WebElement input = field(fieldLabel).findElement(By.cssSelector("input"));
    browser.scrollIntoView(input);
    input.click();
    input.sendKeys(day.format(FRENCH_DATE));
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  /** A string as an XPath literal, whatever quotes it holds. */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
