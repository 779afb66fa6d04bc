package fr.reseau.ecoles.acceptance;

import fr.reseau.ecoles.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A story told in one browser, step after step (ordered test methods on one instance): the browser
 * opens before the first step and closes after the last; a failing step keeps its page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BrowserStory extends IntegrationTest {

  @LocalServerPort int port;

  Browser browser;
  Webapps webapps;

  /** On a failure, the page as it was: a screenshot and its HTML next to the others. */
  @RegisterExtension
  final TestWatcher keepPageOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            String name = "failure-" + context.getRequiredTestMethod().getName();
            browser.screenshot(name);
            browser.savePageSource(name, cause);
          }
        }
      };

  @BeforeAll
  void openBrowser() {
    browser = new Browser(port);
    webapps = new Webapps(browser);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
