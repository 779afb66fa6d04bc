package fr.reseau.ecoles.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People using the application over HTTP as Tasklist and a browser do, each with their own HTTP
 * Basic login: {@code /engine-rest} to read a task, start a process with its start form and submit
 * a task's form, and the application's pages. Form values are sent typed as Tasklist sends them
 * (lists and maps as {@code Json}).
 */
public final class RestUsers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String engineRest;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  /**
   * The application on that port; REST requests go to that engine by name ({@code
   * /engine-rest/engine/{name}/…}): the test JVM may hold several engines, none named {@code
   * default}.
   */
  public RestUsers(int port, String engineName) {
    this.base = "http://localhost:" + port;
    this.engineRest = "/engine-rest/engine/" + engineName;
  }

  /** A person logged in with that password. */
  public User as(String userId, String password) {
    return new User(userId, password);
  }

  /** One person's HTTP Basic session. */
  public final class User {
    private final String userId;
    private final String authorization;

    private User(String userId, String password) {
      this.userId = userId;
      this.authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String id() {
      return userId;
    }

    /** {@code GET} a path of the application ({@code /engine-rest/…} or a page). */
    public HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * The task as the person sees it ({@code GET /engine-rest/task/{id}}); fails unless it answers
     * 200.
     */
    public JsonNode task(String taskId) {
      return json(get(engineRest + "/task/" + taskId), 200);
    }

    /**
     * The person's open tasks of that kind: assigned to them, or offered to one of their groups.
     */
    public List<JsonNode> tasks(String taskDefinitionKey) {
      List<JsonNode> tasks = new ArrayList<>();
      json(
              get(
                  engineRest
                      + "/task?taskDefinitionKey="
                      + taskDefinitionKey
                      + "&assignee="
                      + encode(userId)),
              200)
          .forEach(tasks::add);
      json(
              get(
                  engineRest
                      + "/task?taskDefinitionKey="
                      + taskDefinitionKey
                      + "&candidateUser="
                      + encode(userId)),
              200)
          .forEach(tasks::add);
      return tasks;
    }

    /** Submits the task's form, as Tasklist's « Valider »; fails unless it answers 204. */
    public void submit(String taskId, Map<String, Object> answers) {
      HttpResponse<String> response =
          post(
              engineRest + "/task/" + taskId + "/submit-form", Map.of("variables", typed(answers)));
      assertThat(response.statusCode())
          .as("%s submitting task %s: %s", userId, taskId, response.body())
          .isEqualTo(204);
    }

    /**
     * Starts the network's own definition of the process with its start form; returns the new
     * instance's id.
     */
    public String start(String processKey, String tenantId, Map<String, Object> answers) {
      HttpResponse<String> response =
          post(
              engineRest
                  + "/process-definition/key/"
                  + processKey
                  + "/tenant-id/"
                  + tenantId
                  + "/submit-form",
              Map.of("variables", typed(answers)));
      return json(response, 200).get("id").asText();
    }

    private HttpResponse<String> post(String path, Object body) {
      try {
        return send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(
            request.header("Authorization", authorization).timeout(Duration.ofMinutes(5)).build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private JsonNode json(HttpResponse<String> response, int status) {
      assertThat(response.statusCode())
          .as("%s %s: %s", userId, response.uri(), response.body())
          .isEqualTo(status);
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Form values as {@code /engine-rest} takes them: {@code {value, type}}, lists and maps as Json.
   */
  public static Map<String, Object> typed(Map<String, Object> answers) {
    Map<String, Object> typed = new LinkedHashMap<>();
    answers.forEach((name, value) -> typed.put(name, typed(value)));
    return typed;
  }

  private static Map<String, Object> typed(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      try {
        typed.put("value", JSON.writeValueAsString(value));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      typed.put("type", "Json");
      return typed;
    }
    typed.put("value", value);
    typed.put("type", type(value));
    return typed;
  }

  private static String type(Object value) {
    if (value == null) {
      return "Null";
    } else if (value instanceof Boolean) {
      return "Boolean";
    } else if (value instanceof Integer) {
      return "Integer";
    } else if (value instanceof Long) {
      return "Long";
    } else if (value instanceof Double) {
      return "Double";
    }
    return "String";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
