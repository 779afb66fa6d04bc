package fr.reseau.ecoles.acceptance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, in French, driven through Debian's chromedriver: nothing is
 * downloaded (both paths are given, so Selenium Manager is never asked). Screenshots go to {@code
 * target/acceptance-screenshots}.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("acceptance.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("acceptance.chromedriver", "/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "acceptance-screenshots");
  static final Dimension VIEWPORT = new Dimension(1280, 800);

  private final ChromeDriver driver;
  private final Path profile;
  final String base;

  /** axe-core on the pages this browser opens (see {@link #open}, {@link Webapps#form}). */
  final Axe axe;

  Browser(int port) {
    this.base = "http://localhost:" + port;
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    try {
      profile = Files.createTempDirectory("acceptance-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // No outside network on CI machines: nothing in the background may try to reach it.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--lang=fr-FR",
        "--window-size=" + VIEWPORT.getWidth() + "," + VIEWPORT.getHeight(),
        "--hide-scrollbars");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            // The participants' time zone, whatever the machine's: Tasklist shows times in it.
            .withEnvironment(Map.of("TZ", "Europe/Paris"))
            .build();
    driver = new ChromeDriver(service, options);
    // A test JVM stopped before @AfterAll must not leave a browser behind.
    Runtime.getRuntime().addShutdownHook(new Thread(this::quietQuit));
    driver.manage().window().setSize(VIEWPORT);
    // Headless Chromium keeps an English default locale whatever --lang says; form-js formats and
    // reads dates with it (jj/mm/aaaa in French). Set it as a French browser has it.
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "fr-FR"));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    axe = new Axe(this);
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Opens a page; the project's own pages (all but the Camunda webapps) are checked with axe at
   * once and must have no serious or critical violation.
   */
  void open(String path) {
    driver.get(base + path);
    if (!path.startsWith("/camunda/")) {
      waitFor(d -> script("return document.readyState").equals("complete"));
      axe.check(path, null);
    }
  }

  /** Forgets the logged-in user (session cookie and the webapps' local storage). */
  void forgetSession() {
    if (driver.getCurrentUrl().startsWith(base)) {
      driver.manage().deleteAllCookies();
      ((JavascriptExecutor) driver)
          .executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(condition, Duration.ofSeconds(30));
  }

  <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
    // Angular re-renders what it shows: an element found a moment ago may be gone, look again.
    return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  WebElement visible(By locator) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement clickable(By locator) {
    return waitFor(ExpectedConditions.elementToBeClickable(locator));
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /**
   * Finds and clicks what {@code locator} designates, again if the page re-rendered it in between
   * (Tasklist refreshes its task list) or something briefly covered it.
   */
  void click(By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(200))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              WebElement element = d.findElement(locator);
              if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
              }
              scrollIntoView(element);
              element.click();
              return true;
            });
  }

  void click(WebElement element) {
    scrollIntoView(element);
    waitFor(ExpectedConditions.elementToBeClickable(element)).click();
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The visible part of the page, as a participant sees it, under {@code name}.png. */
  Path screenshot(String name) {
    Path target = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * The whole of a long form in one picture (for reviewing forms, not for the guide): the window is
   * made as tall as the page's scrolling panes, then set back.
   */
  Path tallScreenshot(String name) {
    Number height =
        (Number)
            script(
                """
        let h = document.documentElement.scrollHeight;
        document.querySelectorAll('*').forEach(e => { if (e.scrollHeight > e.clientHeight + 10) {
          const overflow = getComputedStyle(e).overflowY;
          if (overflow === 'auto' || overflow === 'scroll') { h = Math.max(h, e.scrollHeight + 300); } } });
        return h;""");
    driver
        .manage()
        .window()
        .setSize(new Dimension(VIEWPORT.getWidth(), Math.min(6000, height.intValue() + 200)));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(VIEWPORT);
    }
  }

  void savePageSource(String name, Throwable cause) {
    try {
      java.io.StringWriter trace = new java.io.StringWriter();
      cause.printStackTrace(new java.io.PrintWriter(trace));
      Files.writeString(SCREENSHOTS.resolve(name + ".txt"), trace.toString());
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void quietQuit() {
    try {
      driver.quit();
    } catch (RuntimeException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files
            .sorted((a, b) -> b.getNameCount() - a.getNameCount())
            .forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary folder left behind is harmless
      }
    }
  }
}
