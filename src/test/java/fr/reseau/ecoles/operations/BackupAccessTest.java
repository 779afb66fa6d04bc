package fr.reseau.ecoles.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Only administrators may ask for a backup; the tests' in-memory database has none to make. */
class BackupAccessTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;

  @Test
  void onlyAdministratorsMayBackUp() {
    assertThat(rest.postForEntity("/api/admin/h2-backup", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth("mathilde.arnaud", "demo")
                .postForEntity("/api/admin/h2-backup", null, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var answer =
        rest.withBasicAuth("admin", "demo")
            .postForEntity("/api/admin/h2-backup", null, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody()).contains("pg_dump");
  }
}
