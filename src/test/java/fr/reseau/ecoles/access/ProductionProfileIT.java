package fr.reseau.ecoles.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.ReseauEcolesApplication;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkRepository;
import fr.reseau.ecoles.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile: no demo data, the administrator's password from the environment, no
 * start with a missing, default or short one, the password never printed, and cookies for HTTPS
 * only.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionProfileIT {

  private static final String PASSWORD = "Ventoux-Sainte-Victoire-2026";

  /**
   * The application started once with a good password, for the tests that only look at it (each
   * start takes seconds); its start-up output is captured for every test of the class.
   */
  private ConfigurableApplicationContext production;

  private ConfigurableApplicationContext context;

  @BeforeAll
  void startProduction() {
    production = start(PASSWORD, "prod-profile");
  }

  @AfterAll
  void stopProduction() {
    if (production != null) {
      production.close();
    }
  }

  @AfterEach
  void close() {
    if (context != null) {
      context.close();
    }
  }

  /**
   * Starts the application with the {@code prod} profile on a fresh database; each engine name is
   * used by one running application at a time (the engines register by name in the JVM).
   */
  private ConfigurableApplicationContext start(String password, String engineName) {
    List<String> arguments = new ArrayList<>(TestDatabase.freshDatabaseArguments("prod_profile"));
    arguments.addAll(
        List.of(
            "--server.port=0",
            "--camunda.bpm.process-engine-name=" + engineName,
            "--camunda.bpm.job-execution.enabled=false",
            "--app.admin.password=" + password));
    return new SpringApplicationBuilder(ReseauEcolesApplication.class)
        .profiles("prod")
        .run(arguments.toArray(String[]::new));
  }

  @Test
  void startsWithoutDemoDataAndTheAdministratorFromTheEnvironment(CapturedOutput output) {
    IdentityService identity = production.getBean(IdentityService.class);
    assertThat(identity.checkPassword("admin", PASSWORD)).isTrue();
    assertThat(identity.createUserQuery().count()).isEqualTo(1);
    assertThat(production.getBean(NetworkRepository.class).count()).isZero();
    assertThat(production.getBean(MemberRepository.class).count()).isZero();
    // The participants' task lists exist in every profile.
    assertThat(production.getBean(FilterService.class).createFilterQuery().list())
        .extracting(Filter::getName)
        .containsExactlyInAnyOrder(
            "Mes tâches", "Tâches de mon groupe", "Tâches qui me sont proposées");
    assertThat(output.getAll())
        .doesNotContain(PASSWORD)
        .contains("Administrator account 'admin' created");
  }

  /**
   * Production runs behind HTTPS: the webapps' session and CSRF cookies are Secure and
   * SameSite=Strict.
   */
  @Test
  void sessionCookiesAreSecureAndSameSite() throws Exception {
    String port = production.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies)
        .isNotEmpty()
        .allSatisfy(
            cookie ->
                assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite=Strict"));
  }

  @Test
  void refusesToStartWithAMissingDefaultOrShortPassword(CapturedOutput output) {
    for (String bad : new String[] {"", "demo", "changeme", "court-123"}) {
      assertThatThrownBy(() -> context = start(bad, "prod-profile-refused"))
          .as("password '%s'", bad)
          .hasStackTraceContaining("APP_ADMIN_PASSWORD");
    }
    assertThat(output.getAll()).doesNotContain("court-123").doesNotContain("changeme");
  }

  @Test
  void theRuleItself() {
    assertThatThrownBy(() -> AdministratorAccount.checkPassword(null, false))
        .hasMessageContaining("APP_ADMIN_PASSWORD");
    assertThatThrownBy(() -> AdministratorAccount.checkPassword("   ", true))
        .hasMessageContaining("APP_ADMIN_PASSWORD");
    assertThatThrownBy(() -> AdministratorAccount.checkPassword("Camunda", false))
        .hasMessageContaining("default");
    assertThatThrownBy(() -> AdministratorAccount.checkPassword("elevenchars", false))
        .hasMessageContaining("12");
    AdministratorAccount.checkPassword("twelve-chars", false);
    AdministratorAccount.checkPassword("demo", true);
  }
}
