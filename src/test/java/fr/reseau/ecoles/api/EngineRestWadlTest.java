package fr.reseau.ecoles.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The engine's REST API describes nothing of itself: no WADL document (Jersey's default), which
 * would list every path to anyone logged in and costs a JAXB context at the first request.
 */
class EngineRestWadlTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;

  @Test
  void noWadlIsServed() {
    TestRestTemplate user = rest.withBasicAuth("camille.roux", "demo");

    ResponseEntity<String> wadl = user.getForEntity("/engine-rest/application.wadl", String.class);
    assertThat(wadl.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> options =
        user.exchange("/engine-rest/task", HttpMethod.OPTIONS, HttpEntity.EMPTY, String.class);
    assertThat(String.valueOf(options.getHeaders().getContentType())).doesNotContain("wadl");
    assertThat(String.valueOf(options.getBody())).doesNotContain("wadl");
    // The engine's own answer to OPTIONS (its REST resources describe their links) is kept.
    assertThat(options.getStatusCode().is2xxSuccessful()).isTrue();
  }
}
