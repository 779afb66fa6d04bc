package fr.reseau.ecoles.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.WebappSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Headers of the application's own pages, and the operational doors kept for administrators. */
class SecurityHeadersTest extends IntegrationTest {

  private static final String COORDINATOR = "mathilde.arnaud";

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  ResponseEntity<String> get(String user, String password, String path) {
    return (user == null ? rest : rest.withBasicAuth(user, password))
        .getForEntity(path, String.class);
  }

  @Test
  void theYearsPageSendsAStrictPolicyThatAllowsItsOwnStyleAndNothingElse() throws Exception {
    ResponseEntity<String> page = get(COORDINATOR, "demo", "/bilan/ventoux-baronnies/2026-2027");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String csp = page.getHeaders().getFirst("Content-Security-Policy");
    assertThat(csp)
        .contains("default-src 'none'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("script-src");
    assertThat(page.getHeaders().get("Content-Security-Policy")).hasSize(1);
    assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    String body = page.getBody();
    assertThat(body)
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("style=\"");
    String style = body.substring(body.indexOf("<style>") + 7, body.indexOf("</style>"));
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.getBytes(StandardCharsets.UTF_8)));
    assertThat(csp).contains("'sha256-" + hash + "'");
    assertThat(
            get(COORDINATOR, "demo", "/bilan/ventoux-baronnies/2026-2027/rapport")
                .getHeaders()
                .getFirst("Content-Security-Policy"))
        .isEqualTo(csp);
  }

  @Test
  void errorsApiAndDownloadsSendThemToo() {
    for (ResponseEntity<String> response :
        List.of(
            get(null, null, "/bilan/ventoux-baronnies/2026-2027"),
            get("camille.roux", "demo", "/bilan/ventoux-baronnies/2026-2027"),
            get(
                COORDINATOR,
                "demo",
                "/api/networks/ventoux-baronnies/campaigns/2026-2027/summary.csv"),
            get(COORDINATOR, "demo", "/api/nulle-part"),
            get(COORDINATOR, "demo", "/engine-rest/task"))) {
      assertThat(response.getHeaders().getFirst("X-Content-Type-Options"))
          .as(response.toString())
          .isEqualTo("nosniff");
      assertThat(response.getHeaders().getFirst("Content-Security-Policy"))
          .as(response.toString())
          .contains("frame-ancestors 'none'");
    }
  }

  @Test
  void theCamundaWebappsKeepTheirOwnPolicy() {
    ResponseEntity<String> tasklist = get(null, null, "/camunda/app/tasklist/default/");
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getHeaders().get("Content-Security-Policy")).hasSize(1);
    assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy"))
        .contains("script-src")
        .contains("frame-ancestors 'none'")
        .isNotEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void theEnginesUsageMetricsAreForAdministratorsOnly() {
    for (String path :
        List.of(
            "/engine-rest/metrics/activity-instance-start/sum",
            "/engine-rest/metrics?interval=900",
            "/engine-rest/metrics/task-users/sum",
            "/engine-rest/telemetry/data")) {
      assertThat(get(COORDINATOR, "demo", path).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get("camille.roux", "demo", path).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get("admin", "demo", path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
    WebappSession cockpit = WebappSession.login(port, "cockpit", COORDINATOR, "demo");
    assertThat(cockpit.loginStatus()).isEqualTo(200);
    assertThat(
            cockpit
                .get("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum")
                .statusCode())
        .isEqualTo(403);
    WebappSession admin = WebappSession.login(port, "cockpit", "admin", "demo");
    assertThat(
            admin
                .get("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theActuatorBeyondHealthIsForAdministratorsOnly() {
    assertThat(get(null, null, "/actuator/health").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(null, null, "/actuator").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(COORDINATOR, "demo", "/actuator").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // An unknown user, not a wrong password: Camunda would make the coordinator wait before the
    // next login.
    assertThat(get("intrus", "mauvais", "/actuator").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> admin = get("admin", "demo", "/actuator");
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).contains("health");
  }
}
