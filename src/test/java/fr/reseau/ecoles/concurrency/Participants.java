package fr.reseau.ecoles.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Many people at once, as Tasklist sends their forms: each user a thread with its own HTTP Basic
 * login on {@code /engine-rest}, which lists its own open tasks of one kind and submits each of
 * them. All threads start together (a latch). The first answer to every submission is recorded;
 * after a refusal the thread submits again (as a person would click again), so that the scenario
 * can go on and the figures of the unchanged code could be measured too.
 */
final class Participants {

  /** The first answer to one submission, and how many more tries it took to get a 2xx. */
  record Submission(
      String user, String taskId, int firstStatus, String firstBody, int extraTries) {}

  /** What a round of simultaneous submissions gave. */
  record Round(String name, List<Submission> submissions) {

    long firstAnswers5xx() {
      return submissions.stream().filter(s -> s.firstStatus() >= 500).count();
    }

    long firstAnswersNot2xx() {
      return submissions.stream()
          .filter(s -> s.firstStatus() < 200 || s.firstStatus() >= 300)
          .count();
    }

    List<String> acknowledgedTaskIds() {
      return submissions.stream().map(Submission::taskId).toList();
    }

    String figures() {
      return name
          + ": "
          + submissions.size()
          + " submissions, "
          + firstAnswers5xx()
          + " x 5xx and "
          + (firstAnswersNot2xx() - firstAnswers5xx())
          + " x other non-2xx on the first answer";
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TRIES = 20;

  private final String baseUrl;
  private final String password;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  Participants(int port, String password) {
    this.baseUrl = "http://localhost:" + port + "/engine-rest";
    this.password = password;
  }

  /**
   * Every user, at the same moment, submits each of its own open tasks {@code taskKey} with {@code
   * form.apply(task)} (REST variables: name → {value, type}) through {@code submit-form}.
   */
  Round submitAtOnce(
      String name,
      Collection<String> users,
      String taskKey,
      Function<JsonNode, Map<String, Object>> form)
      throws Exception {
    ConcurrentLinkedQueue<Submission> submissions = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(users.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (String user : users) {
        // Each person opens Tasklist first (their task list), then all press "Valider" together.
        List<JsonNode> tasks = openTasks(user, taskKey);
        running.add(
            threads.submit(
                () -> {
                  start.await();
                  for (JsonNode task : tasks) {
                    submissions.add(submit(user, task, form.apply(task)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      threads.shutdownNow();
    }
    return new Round(name, List.copyOf(submissions));
  }

  List<JsonNode> openTasks(String user, String taskKey) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            user,
            HttpRequest.newBuilder(
                    URI.create(
                        baseUrl + "/task?assignee=" + user + "&taskDefinitionKey=" + taskKey))
                .GET());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Task list of " + user + ": HTTP " + response.statusCode() + " " + response.body());
    }
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(response.body()).forEach(tasks::add);
    return tasks;
  }

  private Submission submit(String user, JsonNode task, Map<String, Object> variables)
      throws Exception {
    String taskId = task.get("id").asText();
    String body = JSON.writeValueAsString(Map.of("variables", variables));
    int firstStatus = 0;
    String firstBody = null;
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      HttpResponse<String> response =
          send(
              user,
              HttpRequest.newBuilder(URI.create(baseUrl + "/task/" + taskId + "/submit-form"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      if (attempt == 0) {
        firstStatus = response.statusCode();
        firstBody = response.body();
      }
      if (response.statusCode() / 100 == 2) {
        return new Submission(user, taskId, firstStatus, firstBody, attempt);
      }
      if (response.statusCode() < 500) {
        throw new IllegalStateException(
            user
                + " submitting task "
                + taskId
                + ": HTTP "
                + response.statusCode()
                + " "
                + response.body());
      }
    }
    throw new IllegalStateException(
        user + " could not submit task " + taskId + " in " + MAX_TRIES + " tries: " + firstBody);
  }

  /** Posts as {@code user}; e.g. a coordinator starting a process with its start form. */
  HttpResponse<String> post(String user, String path, Map<String, Object> variables)
      throws IOException, InterruptedException {
    return send(
        user,
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("variables", variables)))));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    String login =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        request.header("Authorization", "Basic " + login).timeout(Duration.ofMinutes(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, Object> value(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
