package fr.reseau.ecoles.messages;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import fr.reseau.ecoles.review.YearPaths;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.summary.SummaryService;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told what, and when (docs/notifications.md): chooses the recipients of each message of
 * {@link MessageKind}, has {@link MessageModels} build its model from the business data and {@link
 * MessageSender} hand it to {@link Notifications}, in the caller's transaction (the process step
 * that causes it). Models hold names, establishments, towns, dates and anonymous figures only:
 * never an answer of a form (pre-visit documents, recaps, feedback), only the link to the page
 * where the person reads it.
 */
@Service
@Transactional
public class MessageService {

  /** Path of Tasklist, where people without a task to open are sent. */
  static final String TASKLIST_PATH = "/camunda/app/tasklist/";

  /** The declaration task of {@code cdi-tour}, one per documentaliste. */
  static final String VOLUNTEERING_TASK = "Task_DeclareVolunteering";

  private final MessageModels models;
  private final MessageSender sender;
  private final Links links;
  private final NetworkDirectory directory;
  private final MemberRepository members;
  private final CampaignService campaigns;
  private final VisitRepository visits;
  private final DeclarationRepository declarations;
  private final SummaryService summaries;
  private final TaskService tasks;
  private final SystemAccess system;

  public MessageService(
      MessageModels models,
      MessageSender sender,
      Links links,
      NetworkDirectory directory,
      MemberRepository members,
      CampaignService campaigns,
      VisitRepository visits,
      DeclarationRepository declarations,
      SummaryService summaries,
      TaskService tasks,
      SystemAccess system) {
    this.models = models;
    this.sender = sender;
    this.links = links;
    this.directory = directory;
    this.members = members;
    this.campaigns = campaigns;
    this.visits = visits;
    this.declarations = declarations;
    this.summaries = summaries;
    this.tasks = tasks;
    this.system = system;
  }

  /**
   * A user task was created for someone: its message to its assignee, else to the network's
   * coordinators when they are its candidates (a mission order in a school without a head).
   */
  public void taskForYou(TaskFacts task) {
    for (String recipient : recipients(task)) {
      Member member = directory.member(recipient).orElse(null);
      if (member == null) {
        continue; // an account without a member row (administrator): nobody to write to
      }
      MessageKind kind = task.processId() == null ? MessageKind.TASK_ASSIGNED : task.kind();
      String networkId = task.networkId() != null ? task.networkId() : member.getNetworkId();
      Map<String, Object> model = models.forTask(kind, task, member, recipient, networkId);
      sender.send(
          kind,
          recipient,
          networkId,
          model,
          links.task(task.taskId()),
          kind.template() + ":" + task.taskId() + ":" + recipient);
    }
  }

  /**
   * The pairing was approved and the visits planned: each volunteer without a visit is told so (the
   * others learn their pair from the {@link MessageKind#PAIRING_RESULT} of their pre-visit task).
   */
  public void unpairedVolunteers(Long campaignId) {
    Campaign campaign = campaigns.require(campaignId);
    Set<String> paired = new HashSet<>();
    for (Visit visit : visits.findByCampaignIdOrderById(campaignId)) {
      paired.add(visit.getVisitorUserId());
      paired.add(visit.getHostUserId());
    }
    for (Declaration declaration :
        declarations.findByCampaignIdAndVolunteerTrueOrderByMemberUserId(campaignId)) {
      String userId = declaration.getMemberUserId();
      if (paired.contains(userId)) {
        continue;
      }
      Member member = directory.member(userId).orElse(null);
      if (member == null) {
        continue;
      }
      sender.send(
          MessageKind.PAIRING_UNPAIRED,
          userId,
          campaign.getNetworkId(),
          models.forUnpaired(member, campaign),
          links.page(TASKLIST_PATH),
          MessageKind.PAIRING_UNPAIRED.template() + ":" + campaignId + ":" + userId);
    }
  }

  /**
   * The coordinators published the network summary: every volunteer of the campaign receives its
   * anonymous figures, as published (counts and themes; no text written by anyone), and the link to
   * the page of the summary.
   */
  public void summaryPublished(Long campaignId) {
    Campaign campaign = campaigns.require(campaignId);
    SummaryContent content =
        summaries
            .find(campaign.getNetworkId(), campaign.getSchoolYear())
            .map(summaries::read)
            .orElseThrow(() -> new IllegalStateException("No summary for campaign " + campaignId));
    for (Declaration declaration :
        declarations.findByCampaignIdAndVolunteerTrueOrderByMemberUserId(campaignId)) {
      String userId = declaration.getMemberUserId();
      Member member = directory.member(userId).orElse(null);
      if (member == null) {
        continue;
      }
      sender.send(
          MessageKind.SUMMARY_PUBLISHED,
          userId,
          campaign.getNetworkId(),
          models.forSummary(member, campaign, content),
          links.page(YearPaths.summary(campaign.getNetworkId(), campaign.getSchoolYear())),
          MessageKind.SUMMARY_PUBLISHED.template() + ":" + campaignId + ":" + userId);
    }
  }

  /**
   * Someone gave an open task to another person (Tasklist, the REST API, a claim for someone else):
   * the new assignee is told « Une tâche vous est confiée », with the link to the task and the name
   * of who gave it. One message per change of the task ({@code revision}: the task row's version
   * when it changed), so a task given back to the same person later is announced again.
   *
   * @param actor who made the change, {@code null} when nobody is logged in
   */
  public void taskHandedOver(TaskFacts task, String actor, int revision) {
    String recipient = task.assignee();
    Member member = directory.member(recipient).orElse(null);
    if (member == null) {
      return; // an account without a member row (administrator): nobody to write to
    }
    String networkId = task.networkId() != null ? task.networkId() : member.getNetworkId();
    Map<String, Object> model =
        models.forTask(MessageKind.TASK_REASSIGNED, task, member, recipient, networkId);
    if (actor != null) {
      directory.member(actor).ifPresent(who -> model.put("actorName", who.fullName()));
    }
    sender.send(
        MessageKind.TASK_REASSIGNED,
        recipient,
        networkId,
        model,
        links.task(task.taskId()),
        MessageKind.TASK_REASSIGNED.template()
            + ":"
            + task.taskId()
            + ":"
            + revision
            + ":"
            + recipient);
  }

  /**
   * The volunteering reminder of a campaign ({@code Timer_VolunteeringReminder}): each member of
   * {@code pending} whose own declaration task is still open in that process instance receives the
   * reminder with the link to it. Category {@link NoticeCategory#REMINDER}: a person who turned
   * reminders off gets nothing sent (the message is kept as skipped), one who chose the daily
   * digest gets it there. One message per task and person, whatever calls it twice.
   *
   * @return how many messages were handed to the outbox
   */
  public int volunteeringReminder(
      Long campaignId, String processInstanceId, Collection<String> pending) {
    Campaign campaign = campaigns.require(campaignId);
    Set<String> expected = new HashSet<>(pending);
    List<Task> open =
        system.call(
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(VOLUNTEERING_TASK)
                    .orderByTaskAssignee()
                    .asc()
                    .list());
    int sent = 0;
    for (Task task : open) {
      String recipient = task.getAssignee();
      if (recipient == null || !expected.contains(recipient)) {
        continue;
      }
      Member member = directory.member(recipient).orElse(null);
      if (member == null) {
        continue;
      }
      TaskFacts facts =
          new TaskFacts(
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getName(),
              MessageKind.VOLUNTEERING_REMINDER,
              recipient,
              List.of(),
              campaign.getNetworkId(),
              task.getDueDate(),
              campaignId);
      sender.send(
          MessageKind.VOLUNTEERING_REMINDER,
          NoticeCategory.REMINDER,
          recipient,
          campaign.getNetworkId(),
          models.forTask(
              MessageKind.VOLUNTEERING_REMINDER, facts, member, recipient, campaign.getNetworkId()),
          links.task(task.getId()),
          MessageKind.VOLUNTEERING_REMINDER.template() + ":" + task.getId() + ":" + recipient);
      sent++;
    }
    return sent;
  }

  private List<String> recipients(TaskFacts task) {
    if (task.assignee() != null && !task.assignee().isBlank()) {
      return List.of(task.assignee());
    }
    if (task.networkId() != null
        && task.candidateGroups() != null
        && task.candidateGroups().contains(MemberRole.COORDINATOR.groupId())) {
      return directory.membersWithRole(task.networkId(), MemberRole.COORDINATOR).stream()
          .map(Member::getUserId)
          .toList();
    }
    return List.of();
  }
}
