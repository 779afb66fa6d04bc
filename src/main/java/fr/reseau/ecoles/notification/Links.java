package fr.reseau.ecoles.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for messages, from {@code app.public-base-url}. */
@Component
public class Links {

  /** The page where a person chooses how they receive messages. */
  public static final String PREFERENCES_PATH = "/preferences";

  /** The administrators' page of the outbox. */
  public static final String OUTBOX_PATH = "/outbox";

  private final String base;

  public Links(@Value("${app.public-base-url:http://localhost:8080}") String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The task in Tasklist (the person logs in first if needed). */
  public String task(String taskId) {
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** A page of the application, {@code path} starting with "/" (e.g. "/preferences"). */
  public String page(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }

  /** The public base URL, without a trailing "/". */
  public String base() {
    return base;
  }
}
