package fr.reseau.ecoles.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session of the Camunda webapps: the XSRF cookie from a page, the login form of an
 * application (tasklist, cockpit, admin), then the webapps' own REST calls with session and CSRF
 * token, as Tasklist and Cockpit make them.
 */
public final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs {@code user} into the webapp {@code app}; returns the login's HTTP status. */
  public static WebappSession login(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/app/" + app + "/default/");
    session.loginStatus =
        session
            .post(
                "/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + encode(user) + "&password=" + encode(password))
            .statusCode();
    // The login starts a new session: fetch its CSRF token, as the webapps do.
    session.get("/camunda/app/" + app + "/default/");
    return session;
  }

  private int loginStatus;

  public int loginStatus() {
    return loginStatus;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", "Fetch")
                .GET());
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
    return response;
  }

  private String csrfToken;

  public HttpResponse<String> post(String path, String formBody) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", xsrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(formBody)));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", xsrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String xsrfToken() {
    if (csrfToken != null) {
      return csrfToken;
    }
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
