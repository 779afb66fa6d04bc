package fr.reseau.ecoles.messages;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.notification.Links;
import fr.reseau.ecoles.notification.Notice;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.Notifications;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewService;
import fr.reseau.ecoles.review.YearPaths;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.summary.SummaryService;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is told what, and when (docs/notifications.md): builds each message of {@link MessageKind}
 * from the business data and hands it to {@link Notifications}, in the caller's transaction (the
 * process step that causes it). Models hold names, establishments, towns, dates and anonymous
 * figures only: never an answer of a form (pre-visit documents, recaps, feedback), only the link to
 * the page where the person reads it.
 */
@Service
@Transactional
public class MessageService {

  /** Path of Tasklist, where people without a task to open are sent. */
  static final String TASKLIST_PATH = "/camunda/app/tasklist/";

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final Notifications notifications;
  private final Links links;
  private final NetworkDirectory directory;
  private final MemberRepository members;
  private final CampaignService campaigns;
  private final VisitRepository visits;
  private final DeclarationRepository declarations;
  private final AnnualReviewService reviews;
  private final SummaryService summaries;

  public MessageService(
      Notifications notifications,
      Links links,
      NetworkDirectory directory,
      MemberRepository members,
      CampaignService campaigns,
      VisitRepository visits,
      DeclarationRepository declarations,
      AnnualReviewService reviews,
      SummaryService summaries) {
    this.notifications = notifications;
    this.links = links;
    this.directory = directory;
    this.members = members;
    this.campaigns = campaigns;
    this.visits = visits;
    this.declarations = declarations;
    this.reviews = reviews;
    this.summaries = summaries;
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
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("firstName", member.getFirstName());
      model.put("taskName", task.taskName());
      if (task.dueDate() != null) {
        model.put(
            "dueDate", french(task.dueDate().toInstant().atZone(ProcessDates.ZONE).toLocalDate()));
      }
      String networkId = task.networkId() != null ? task.networkId() : member.getNetworkId();
      switch (kind) {
        case CAMPAIGN_INVITATION -> campaignModel(model, campaigns.require(task.processId()));
        case PAIRING_RESULT, MISSION_ORDER_TO_SIGN, RECAP_TO_VALIDATE ->
            visitModel(model, requireVisit(task.processId()), recipient);
        case FEEDBACK_REQUEST -> reviewModel(model, reviews.require(task.processId()));
        default -> networkModel(model, networkId);
      }
      send(
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
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("firstName", member.getFirstName());
      campaignModel(model, campaign);
      send(
          MessageKind.PAIRING_UNPAIRED,
          userId,
          campaign.getNetworkId(),
          model,
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
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("firstName", member.getFirstName());
      campaignModel(model, campaign);
      model.put("visitCounts", figures(content.visits()));
      model.put(
          "topNeeds",
          content.needs().stream().limit(3).map(n -> n.theme() + " (" + n.count() + ")").toList());
      model.put(
          "trainingNeeds",
          content.trainingNeeds().stream()
              .limit(3)
              .map(t -> t.theme() + " (" + t.count() + ")")
              .toList());
      send(
          MessageKind.SUMMARY_PUBLISHED,
          userId,
          campaign.getNetworkId(),
          model,
          links.page(YearPaths.summary(campaign.getNetworkId(), campaign.getSchoolYear())),
          MessageKind.SUMMARY_PUBLISHED.template() + ":" + campaignId + ":" + userId);
    }
  }

  private List<String> recipients(TaskFacts task) {
    if (task.assignee() != null && !task.assignee().isBlank()) {
      return List.of(task.assignee());
    }
    if (task.networkId() != null
        && task.candidateGroups() != null
        && task.candidateGroups().contains(MemberRole.COORDINATOR.groupId())) {
      return members
          .findByNetworkIdAndRoleOrderByUserId(task.networkId(), MemberRole.COORDINATOR)
          .stream()
          .map(Member::getUserId)
          .toList();
    }
    return List.of();
  }

  private void campaignModel(Map<String, Object> model, Campaign campaign) {
    networkModel(model, campaign.getNetworkId());
    model.put("year", campaign.getSchoolYear());
    model.put("answerBy", french(campaign.getVolunteeringDeadline()));
    model.put("windowFrom", french(campaign.getVisitWindowStart()));
    model.put("windowTo", french(campaign.getVisitWindowEnd()));
  }

  private void networkModel(Map<String, Object> model, String networkId) {
    if (networkId != null) {
      model.put("network", directory.network(networkId).map(Network::getName).orElse(networkId));
    }
  }

  /**
   * The visit seen by the recipient: their role, the peer (name, e-mail), both establishments with
   * their town, the agreed date when there is one.
   */
  private void visitModel(Map<String, Object> model, Visit visit, String recipient) {
    networkModel(model, visit.getNetworkId());
    model.put("year", visit.getSchoolYear());
    Member visitor = directory.requireMember(visit.getVisitorUserId());
    Member host = directory.requireMember(visit.getHostUserId());
    Establishment visitorSchool = establishment(visit.getVisitorEstablishmentCode(), visitor);
    Establishment hostSchool = establishment(visit.getHostEstablishmentCode(), host);
    model.put("visitorFullName", visitor.fullName());
    model.put("hostFullName", host.fullName());
    model.put("visitorEstablishment", visitorSchool.getName());
    model.put("visitorCity", visitorSchool.getTown());
    model.put("hostEstablishment", hostSchool.getName());
    model.put("hostCity", hostSchool.getTown());
    boolean isVisitor = recipient.equals(visitor.getUserId());
    boolean isHost = recipient.equals(host.getUserId());
    model.put("role", isVisitor ? "visiting" : isHost ? "hosting" : "other");
    if (isVisitor || isHost) {
      Member peer = isVisitor ? host : visitor;
      Establishment peerSchool = isVisitor ? hostSchool : visitorSchool;
      model.put("peerName", peer.fullName());
      model.put("peerEmail", peer.getEmail() == null ? "" : peer.getEmail());
      model.put("peerEstablishment", peerSchool.getName());
      model.put("peerCity", peerSchool.getTown());
    }
    if (visit.getVisitWindowStart() != null && visit.getVisitWindowEnd() != null) {
      model.put("windowFrom", french(visit.getVisitWindowStart()));
      model.put("windowTo", french(visit.getVisitWindowEnd()));
    }
    if (visit.getVisitDate() != null) {
      model.put("agreedDate", french(visit.getVisitDate()));
      model.put("halfDay", halfDay(visit.getVisitHalfDay()));
    }
  }

  private void reviewModel(Map<String, Object> model, AnnualReview review) {
    networkModel(model, review.getNetworkId());
    model.put("year", review.getSchoolYear());
    if (review.getFeedbackDueDate() != null) {
      model.put("dueDate", french(review.getFeedbackDueDate()));
    }
  }

  private Establishment establishment(String code, Member member) {
    return code != null ? directory.requireEstablishment(code) : directory.establishmentOf(member);
  }

  private Visit requireVisit(Long visitId) {
    return visits
        .findById(visitId)
        .orElseThrow(() -> new IllegalStateException("Unknown visit " + visitId));
  }

  private static List<String> figures(List<SummaryContent.CountRow> rows) {
    return rows.stream().map(r -> r.label() + " : " + r.count()).toList();
  }

  static String halfDay(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "morning" -> "matin";
      case "afternoon" -> "après-midi";
      default -> code;
    };
  }

  static String french(LocalDate date) {
    return date == null ? "" : date.format(FRENCH_DATE);
  }

  /**
   * Hands the notice over once per transaction, whatever calls it twice (the outbox also keeps one
   * message per dedup key across transactions).
   */
  private void send(
      MessageKind kind,
      String recipient,
      String networkId,
      Map<String, Object> model,
      String link,
      String dedupKey) {
    if (!firstInTransaction(dedupKey)) {
      return;
    }
    notifications.send(
        new Notice(
            kind.template(),
            recipient,
            networkId,
            NoticeCategory.INFORMATION,
            model,
            link,
            List.of(),
            dedupKey));
  }

  private static final Object SENT_KEYS = new Object();

  @SuppressWarnings("unchecked")
  private static boolean firstInTransaction(String dedupKey) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return true;
    }
    Set<String> sent = (Set<String>) TransactionSynchronizationManager.getResource(SENT_KEYS);
    if (sent == null) {
      Set<String> created = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(SENT_KEYS, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(SENT_KEYS);
            }
          });
      sent = created;
    }
    return sent.add(dedupKey);
  }
}
