package fr.reseau.ecoles.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps as the running application serves them (real Tomcat, raw HTTP: no client that
 * would decompress or cache behind the test's back): pages in French, compressed, Camunda's
 * versioned files cached long, the index pages and the project's own files revalidated.
 */
class WebappDeliveryTest extends IntegrationTest {

  private static final Pattern DEPS_SCRIPT =
      Pattern.compile("src=\"(/camunda/lib/deps\\.js\\?bust=[^\"]+)\"");

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", "gzip");
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) throws IOException {
    byte[] body = response.body();
    if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private String tasklistPage() throws IOException, InterruptedException {
    HttpResponse<byte[]> page = get("/camunda/app/tasklist/default/", "fr-FR,fr;q=0.9");
    assertThat(page.statusCode()).isEqualTo(200);
    return text(page);
  }

  @Test
  void aScriptOfTheWebappsIsSentCompressedAndCachedLong() throws Exception {
    Matcher deps = DEPS_SCRIPT.matcher(tasklistPage());
    assertThat(deps.find()).as("Tasklist's page loads lib/deps.js with its version").isTrue();

    HttpResponse<byte[]> script = get(deps.group(1), null);

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(script.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(
            value -> assertThat(value).contains("max-age=31536000").contains("immutable"));
    String source = text(script);
    // gzip makes the largest script of the webapps (3.8 MB) several times smaller on the wire.
    assertThat(script.body().length).isLessThan(source.length() / 3);
    assertThat(source).contains("angular");
  }

  @Test
  void theIndexPageIsFrenchCompressedAndRevalidatedAtEveryLoad() throws Exception {
    HttpResponse<byte[]> page = get("/camunda/app/tasklist/default/", "fr-FR,fr;q=0.9");

    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String html = text(page);
    assertThat(html).contains("<html lang=\"fr\">").doesNotContain("lang=\"en\"");
    assertThat(html).contains("camunda-tasklist-bootstrap.js");
  }

  @Test
  void theProjectsOwnFilesAtVersionedAddressesAreRevalidated() throws Exception {
    // Same ?bust= as Camunda's files, but changed by our releases: never cached for a year.
    HttpResponse<byte[]> styles =
        get("/camunda/app/tasklist/styles/user-styles.css?bust=7.24.0", null);

    assertThat(styles.statusCode()).isEqualTo(200);
    assertThat(styles.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(text(styles)).contains(".ce-eol-banner");
  }

  @ParameterizedTest(name = "{0} for a browser in {1}: lang={2}")
  @CsvSource({
    "tasklist, 'en-US,en;q=0.9', fr",
    "welcome,  'en-US,en;q=0.9', fr",
    "cockpit,  'fr-FR,fr;q=0.9,en;q=0.8', fr",
    "admin,    'fr', fr",
    // Cockpit and Admin offer English to a browser whose first language is English
    "cockpit,  'en-GB,en;q=0.9,fr;q=0.8', en",
    "admin,    'en', en"
  })
  void everyWebappPageDeclaresTheLanguageItIsShownIn(
      String app, String acceptLanguage, String expected) throws Exception {
    HttpResponse<byte[]> page = get("/camunda/app/" + app + "/default/", acceptLanguage);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(text(page)).contains("<html lang=\"" + expected + "\">");
  }

  @Test
  void theLanguageIsSetOnTheHtmlElementWhateverItsAttributes() {
    assertThat(WebappDelivery.withLanguage("<!DOCTYPE html>\n<html lang=\"en\">\n<head>", "fr"))
        .isEqualTo("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>");
    assertThat(WebappDelivery.withLanguage("<html>", "fr")).isEqualTo("<html lang=\"fr\">");
    assertThat(WebappDelivery.withLanguage("<HTML class='x' LANG=en>", "fr"))
        .isEqualTo("<html class='x' lang=\"fr\">");
    assertThat(WebappDelivery.withLanguage("no page here", "fr")).isEqualTo("no page here");
    assertThat(WebappDelivery.language("cockpit", null)).isEqualTo("fr");
    assertThat(WebappDelivery.language("tasklist", "en")).isEqualTo("fr");
  }
}
