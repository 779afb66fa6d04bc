package fr.reseau.ecoles.messages;

import fr.reseau.ecoles.calendar.ProcessDates;
import fr.reseau.ecoles.campaign.Campaign;
import fr.reseau.ecoles.campaign.CampaignService;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewService;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The template values of each {@link MessageKind}, read from the business data. Kept apart from
 * {@link MessageService} (who receives what) so that what a message may reveal is checked in one
 * place: names, establishments, towns, dates and anonymous figures only, never an answer of a form.
 * Runs in the caller's transaction.
 */
@Component
class MessageModels {

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final NetworkDirectory directory;
  private final CampaignService campaigns;
  private final VisitRepository visits;
  private final AnnualReviewService reviews;

  MessageModels(
      NetworkDirectory directory,
      CampaignService campaigns,
      VisitRepository visits,
      AnnualReviewService reviews) {
    this.directory = directory;
    this.campaigns = campaigns;
    this.visits = visits;
    this.reviews = reviews;
  }

  /** The model of a task's message of {@code kind}, as seen by {@code recipient}. */
  Map<String, Object> forTask(
      MessageKind kind, TaskFacts task, Member member, String recipient, String networkId) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("firstName", member.getFirstName());
    model.put("taskName", task.taskName());
    if (task.dueDate() != null) {
      model.put(
          "dueDate", french(task.dueDate().toInstant().atZone(ProcessDates.ZONE).toLocalDate()));
    }
    switch (kind) {
      case CAMPAIGN_INVITATION, VOLUNTEERING_REMINDER ->
          campaignModel(model, campaigns.require(task.processId()));
      case PAIRING_RESULT, MISSION_ORDER_TO_SIGN, RECAP_TO_VALIDATE ->
          visitModel(model, requireVisit(task.processId()), recipient);
      case FEEDBACK_REQUEST -> reviewModel(model, reviews.require(task.processId()));
      default -> networkModel(model, networkId);
    }
    return model;
  }

  /** The model of {@link MessageKind#PAIRING_UNPAIRED}: the campaign's dates. */
  Map<String, Object> forUnpaired(Member member, Campaign campaign) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("firstName", member.getFirstName());
    campaignModel(model, campaign);
    return model;
  }

  /**
   * The model of {@link MessageKind#SUMMARY_PUBLISHED}: the anonymous figures as published (counts
   * and themes; no text written by anyone).
   */
  Map<String, Object> forSummary(Member member, Campaign campaign, SummaryContent content) {
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
    return model;
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
    Member visitor = directory.requireMemberIn(visit.getVisitorUserId(), visit.getNetworkId());
    Member host = directory.requireMemberIn(visit.getHostUserId(), visit.getNetworkId());
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
}
