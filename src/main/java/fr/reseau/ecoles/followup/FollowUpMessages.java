package fr.reseau.ecoles.followup;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The messages of the follow-up (issue 15): reminders to whoever holds a task, the escalation to
 * the coordinators, and the word to the person a task is given back to. Apart from {@link
 * StalledTaskDecisions} so that the decisions hold no message text and this class no decision.
 */
@Component
public class FollowUpMessages {

  /** Kinds of message (templates {@code templates/mail/<kind>.txt|html}). */
  public static final String REMINDER_KIND = "task-reminder";

  public static final String ESCALATION_KIND = "task-escalation";

  /** Dates as people read them in the messages and in « Relancer ou réaffecter ». */
  static final DateTimeFormatter FRENCH_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

  private final TaskService tasks;
  private final Notifications notifications;
  private final Links links;
  private final SystemAccess system;
  private final NetworkDirectory directory;

  public FollowUpMessages(
      TaskService tasks,
      Notifications notifications,
      Links links,
      SystemAccess system,
      NetworkDirectory directory) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.links = links;
    this.system = system;
    this.directory = directory;
  }

  /**
   * Reminds the holders of the open tasks of {@code elementId} in that process instance (every
   * instance of a multi-instance task): the assignee, else the network's members of its candidate
   * groups. Category {@link NoticeCategory#REMINDER}: a person may turn reminders off.
   *
   * @return how many messages were written to the outbox
   */
  public int remindOpenTasks(String processInstanceId, String elementId, String networkId) {
    List<Task> open =
        system.call(
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(elementId)
                    .list());
    int sent = 0;
    for (Task task : open) {
      for (String recipient : holders(task.getId(), task.getAssignee(), networkId)) {
        send(
            REMINDER_KIND,
            recipient,
            networkId,
            NoticeCategory.REMINDER,
            taskModel(task.getName(), task.getDueDate(), null, false),
            links.task(task.getId()),
            "task-reminder:" + task.getId() + ":" + recipient);
        sent++;
      }
    }
    return sent;
  }

  /**
   * Tells the {@code deciders} that a task stalled (category {@link NoticeCategory#ESCALATION}:
   * always sent), with the link to their « Relancer ou réaffecter ».
   */
  void escalate(
      DelegateTask followUp,
      String networkId,
      String taskName,
      String holderName,
      Object waitingSince,
      List<Member> deciders) {
    Map<String, Object> model = taskModel(taskName, null, null, false);
    model.put("holderName", holderName);
    model.put("waitingSince", waitingSince);
    for (Member coordinator : deciders) {
      send(
          ESCALATION_KIND,
          coordinator.getUserId(),
          networkId,
          NoticeCategory.ESCALATION,
          model,
          links.task(followUp.getId()),
          "task-escalation:" + followUp.getId() + ":" + coordinator.getUserId());
    }
  }

  /**
   * Tells the holders of a task the coordinators sent the flow back to, with their word: news for a
   * person it was given to ({@link NoticeCategory#INFORMATION}), a reminder for the same person.
   */
  void followedUp(DelegateTask task, String comment, boolean assigned) {
    String networkId = task.getTenantId();
    for (String recipient : holders(task.getId(), task.getAssignee(), networkId)) {
      send(
          REMINDER_KIND,
          recipient,
          networkId,
          assigned ? NoticeCategory.INFORMATION : NoticeCategory.REMINDER,
          taskModel(task.getName(), task.getDueDate(), comment, assigned),
          links.task(task.getId()),
          "task-followed-up:" + task.getId() + ":" + recipient);
    }
  }

  /** The assignee, else the network's members of the task's candidate groups and users. */
  private Set<String> holders(String taskId, String assignee, String networkId) {
    Set<String> result = new LinkedHashSet<>();
    if (assignee != null) {
      result.add(assignee);
      return result;
    }
    List<IdentityLink> identityLinks = system.call(() -> tasks.getIdentityLinksForTask(taskId));
    for (IdentityLink link : identityLinks) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        result.add(link.getUserId());
      }
      for (MemberRole role : MemberRole.values()) {
        if (role.groupId().equals(link.getGroupId())) {
          directory.membersWithRole(networkId, role).forEach(m -> result.add(m.getUserId()));
        }
      }
    }
    return result;
  }

  private static Map<String, Object> taskModel(
      String taskName, Date dueDate, String comment, boolean assigned) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("taskName", taskName);
    model.put(
        "dueDate",
        dueDate == null
            ? null
            : FRENCH_DAY.format(
                dueDate.toInstant().atZone(fr.reseau.ecoles.calendar.ProcessDates.ZONE)));
    model.put("comment", comment);
    model.put("assigned", assigned);
    return model;
  }

  private void send(
      String kind,
      String recipient,
      String networkId,
      NoticeCategory category,
      Map<String, Object> model,
      String link,
      String dedupKey) {
    notifications.send(
        new Notice(kind, recipient, networkId, category, model, link, List.of(), dedupKey));
  }
}
