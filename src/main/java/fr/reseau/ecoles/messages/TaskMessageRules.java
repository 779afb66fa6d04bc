package fr.reseau.ecoles.messages;

import java.util.Map;
import java.util.Optional;

/**
 * Which message, if any, tells a person that a user task waits for them. The default is in {@link
 * #DEFAULTS}; a designer overrides it on the user task in Camunda Modeler with the extension
 * property {@code notify}: {@code false} (no message), {@code true} (the default message, or the
 * generic « une tâche vous attend » for a task without one) or a template name of {@link
 * MessageKind} (that message).
 */
public final class TaskMessageRules {

  /** The extension property read on each user task. */
  public static final String PROPERTY = "notify";

  /** The tasks that send a message without any property. */
  public static final Map<String, MessageKind> DEFAULTS =
      Map.of(
          "Task_DeclareVolunteering", MessageKind.CAMPAIGN_INVITATION,
          "Task_PreVisitVisitor", MessageKind.PAIRING_RESULT,
          "Task_PreVisitHost", MessageKind.PAIRING_RESULT,
          "Task_SignMissionOrder", MessageKind.MISSION_ORDER_TO_SIGN,
          "Task_ValidateRecap", MessageKind.RECAP_TO_VALIDATE,
          "Task_GiveFeedback", MessageKind.FEEDBACK_REQUEST);

  private TaskMessageRules() {}

  /**
   * The message of a user task, from its id and the value of its {@code notify} property ({@code
   * null} when absent).
   *
   * @throws IllegalArgumentException on a value that is neither a boolean nor a template name: the
   *     deployment fails with the element and the value, rather than a silent default
   */
  public static Optional<MessageKind> messageOf(String taskId, String notify) {
    MessageKind byDefault = DEFAULTS.get(taskId);
    if (notify == null || notify.isBlank()) {
      return Optional.ofNullable(byDefault);
    }
    String value = notify.trim();
    if (value.equalsIgnoreCase("false")) {
      return Optional.empty();
    }
    if (value.equalsIgnoreCase("true")) {
      return Optional.of(byDefault != null ? byDefault : MessageKind.TASK_ASSIGNED);
    }
    return Optional.of(
        MessageKind.ofTemplate(value)
            .filter(MessageKind::forTask)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "User task "
                            + taskId
                            + ": camunda:property "
                            + PROPERTY
                            + "=\""
                            + value
                            + "\" is neither true, false nor one of the task messages "
                            + taskTemplates())));
  }

  private static String taskTemplates() {
    return java.util.Arrays.stream(MessageKind.values())
        .filter(MessageKind::forTask)
        .map(MessageKind::template)
        .toList()
        .toString();
  }
}
