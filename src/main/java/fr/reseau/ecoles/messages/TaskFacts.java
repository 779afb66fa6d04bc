package fr.reseau.ecoles.messages;

import java.util.Date;
import java.util.List;

/**
 * What a message about a user task needs from the engine, read by {@link TaskMessages} from the
 * task: nothing else of the process is passed (no answers of any form).
 *
 * @param candidateGroups the task's candidate groups, for a task without assignee
 * @param processId the id of the process's business row that {@code kind} reads ({@code
 *     campaignId}, {@code visitId} or {@code reviewId}), {@code null} when the process has none
 */
public record TaskFacts(
    String taskId,
    String taskKey,
    String taskName,
    MessageKind kind,
    String assignee,
    List<String> candidateGroups,
    String networkId,
    Date dueDate,
    Long processId) {}
