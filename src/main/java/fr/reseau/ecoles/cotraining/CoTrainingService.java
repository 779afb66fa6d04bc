package fr.reseau.ecoles.cotraining;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business rules of a co-training request: who may ask, what a description must hold, the
 * head's and the coordinators' answers. Every refusal names the form's field, in French.
 */
@Service
@Transactional
public class CoTrainingService {

  /** Outside experts one may wish for. */
  public static final List<String> EXPERTS = List.of("dane", "cardie", "canope", "other", "none");

  public static final List<String> HEAD_DECISIONS = List.of("approve", "changes", "refuse");
  public static final List<String> SCHEDULE_DECISIONS = List.of("schedule", "refuse");

  /** Roles that may ask for a co-training workshop (a team of the network). */
  static final Set<MemberRole> REQUESTERS =
      Set.of(MemberRole.DOCUMENTALISTE, MemberRole.TEACHER, MemberRole.PROJECT_TEAM);

  static final int MAX_PARTICIPANTS = 30;

  private final CoTrainingRequestRepository requests;
  private final NetworkDirectory directory;
  private final SchoolCalendar schoolCalendar;
  private final ApplicationEventPublisher events;

  public CoTrainingService(
      CoTrainingRequestRepository requests,
      NetworkDirectory directory,
      SchoolCalendar schoolCalendar,
      ApplicationEventPublisher events) {
    this.requests = requests;
    this.directory = directory;
    this.schoolCalendar = schoolCalendar;
    this.events = events;
  }

  public CoTrainingRequest require(Long requestId) {
    return requests
        .findById(requestId)
        .orElseThrow(() -> new IllegalStateException("Unknown co-training request " + requestId));
  }

  /**
   * The start form: the requester must be a member of the network (documentaliste, teacher or
   * project team) whose establishment has a head of school, who will answer.
   */
  public CoTrainingRequest open(
      String networkId,
      String requesterUserId,
      String title,
      String theme,
      String motivation,
      String processInstanceId) {
    Member requester =
        requesterUserId == null
            ? null
            : directory.memberIn(requesterUserId, networkId).orElse(null);
    if (requester == null
        || !requester.getNetworkId().equals(networkId)
        || !REQUESTERS.contains(requester.getRole())) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.REQUESTER,
          "seul un membre du réseau (professeur·e documentaliste, enseignant·e, équipe projet)"
              + " peut demander un atelier de mutualisation.");
    }
    Establishment school = directory.establishmentOf(requester);
    if (school.getPrincipalUserId() == null || school.getPrincipalUserId().isBlank()) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.REQUESTER,
          "votre établissement n'a pas de chef d'établissement inscrit dans le réseau : la demande"
              + " ne peut pas lui être présentée. Adressez-vous à la coordination du réseau.");
    }
    if (Theme.fromCode(theme).isEmpty()) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.THEME,
          "thème inconnu « " + theme + " ». Valeurs possibles : " + Theme.codes() + ".");
    }
    CoTrainingRequest request =
        new CoTrainingRequest(
            networkId,
            requester.getUserId(),
            school.getCode(),
            school.getPrincipalUserId(),
            title,
            theme,
            motivation,
            EngineClock.now());
    request.startedAs(processInstanceId);
    return requests.save(request);
  }

  /**
   * The team's description (first time or after the head asked for changes): participants of the
   * network (the requester always among them), two or three distinct school days to come, the slot,
   * the expert wished.
   */
  public CoTrainingRequest describe(
      Long requestId,
      List<String> participantIds,
      List<LocalDate> wishedDates,
      String slot,
      String expert,
      String expertOther,
      String motivation) {
    CoTrainingRequest request = require(requestId);
    Set<String> participants = new LinkedHashSet<>();
    participants.add(request.getRequesterUserId());
    for (String id : participantIds) {
      Member member = directory.memberIn(id, request.getNetworkId()).orElse(null);
      if (member == null) {
        throw new InvalidInputException(
            CoTrainingRequestVariables.PARTICIPANTS,
            "« " + id + " » n'est pas membre du réseau : choisissez dans la liste.");
      }
      participants.add(id);
    }
    if (participants.size() < 2) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.PARTICIPANTS,
          "un atelier de mutualisation réunit une équipe : choisissez au moins un ou une collègue.");
    }
    if (participants.size() > MAX_PARTICIPANTS) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.PARTICIPANTS,
          "au plus " + MAX_PARTICIPANTS + " participants, demandeur compris.");
    }
    checkWishedDates(request, wishedDates);
    if (expert.equals("other") && (expertOther == null || expertOther.isBlank())) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.EXPERT_OTHER,
          "précisez la personne ou l'organisme extérieur souhaité.");
    }
    request.described(
        new ArrayList<>(participants),
        wishedDates,
        slot,
        expert,
        expert.equals("other") ? expertOther.strip() : null,
        motivation);
    return request;
  }

  private void checkWishedDates(CoTrainingRequest request, List<LocalDate> wishedDates) {
    String zone = directory.requireEstablishment(request.getEstablishmentCode()).getHolidayZone();
    LocalDate today = EngineClock.today();
    Set<LocalDate> seen = new LinkedHashSet<>();
    for (int i = 0; i < wishedDates.size(); i++) {
      LocalDate date = wishedDates.get(i);
      String field = wishedDateField(i);
      if (!date.isAfter(today)) {
        throw new InvalidInputException(field, "la date souhaitée doit être à venir.");
      }
      schoolCalendar
          .reasonNotSchoolDay(date, zone)
          .ifPresent(
              reason -> {
                throw new InvalidInputException(
                    field, "le " + date + " n'est pas un jour de classe (" + reason + ").");
              });
      if (!seen.add(date)) {
        throw new InvalidInputException(field, "cette date est déjà proposée.");
      }
    }
  }

  static String wishedDateField(int index) {
    return switch (index) {
      case 0 -> CoTrainingRequestVariables.WISHED_DATE_1;
      case 1 -> CoTrainingRequestVariables.WISHED_DATE_2;
      default -> CoTrainingRequestVariables.WISHED_DATE_3;
    };
  }

  /** The head's answer; a comment is required to ask for changes or to refuse. */
  public CoTrainingRequest headAnswered(Long requestId, String decision, String comment) {
    CoTrainingRequest request = require(requestId);
    if (!decision.equals("approve") && (comment == null || comment.isBlank())) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.HEAD_COMMENT,
          decision.equals("changes")
              ? "dites à l'équipe ce qu'il faut modifier."
              : "dites à l'équipe pourquoi la demande est refusée.");
    }
    CoTrainingStatus next =
        switch (decision) {
          case "approve" -> CoTrainingStatus.WAITING_FOR_COORDINATORS;
          case "changes" -> CoTrainingStatus.DESCRIBING;
          default -> CoTrainingStatus.REFUSED_BY_HEAD;
        };
    request.headAnswered(
        next, comment == null || comment.isBlank() ? null : comment.strip(), EngineClock.now());
    if (next == CoTrainingStatus.REFUSED_BY_HEAD) {
      events.publishEvent(new CoTrainingRefused(requestId));
    }
    return request;
  }

  /** The coordinators schedule the workshop on one of the wished dates. */
  public CoTrainingRequest schedule(
      Long requestId,
      LocalDate date,
      String slot,
      String venue,
      String expertConfirmed,
      String coordinator) {
    CoTrainingRequest request = require(requestId);
    if (!request.getWishedDates().contains(date)) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.SCHEDULED_DATE, "choisissez l'une des dates souhaitées.");
    }
    if (!date.isAfter(EngineClock.today())) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.SCHEDULED_DATE, "cette date est passée.");
    }
    if (venue == null || venue.isBlank()) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.PLACE, "indiquez le lieu de l'atelier.");
    }
    request.scheduled(date, slot, venue.strip(), expertConfirmed, coordinator);
    return request;
  }

  public CoTrainingRequest refuseByCoordinators(Long requestId, String reason, String coordinator) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          CoTrainingRequestVariables.REFUSAL_REASON, "dites à l'équipe pourquoi.");
    }
    CoTrainingRequest request = require(requestId);
    request.refusedByCoordinators(reason.strip(), coordinator);
    events.publishEvent(new CoTrainingRefused(requestId));
    return request;
  }

  /** Task_SendConvocations: the convocations go out in this transaction (invitation listens). */
  public void sendConvocations(Long requestId) {
    CoTrainingRequest request = require(requestId);
    if (request.getStatus() != CoTrainingStatus.SCHEDULED) {
      throw new IllegalStateException("Request " + requestId + " is not scheduled");
    }
    events.publishEvent(new CoTrainingScheduled(requestId));
  }

  /**
   * The requests a person may read: coordinators (and administrators) all of the network's; others
   * those they asked for, take part in, or answer as head of school.
   */
  @Transactional(readOnly = true)
  public List<CoTrainingRequest> visibleTo(String networkId, String userId, boolean coordinator) {
    List<CoTrainingRequest> all = requests.findByNetworkIdOrderById(networkId);
    if (coordinator) {
      return all;
    }
    return all.stream()
        .filter(
            r ->
                r.getRequesterUserId().equals(userId)
                    || r.getHeadUserId().equals(userId)
                    || r.getParticipants().contains(userId))
        .toList();
  }

  /** The scheduled workshops a person takes part in (their calendar feed). */
  @Transactional(readOnly = true)
  public List<CoTrainingRequest> scheduledWith(String userId) {
    return requests
        .findByStatusAndParticipantsContainingOrderById(CoTrainingStatus.SCHEDULED, userId)
        .stream()
        .filter(r -> r.getParticipants().contains(userId))
        .toList();
  }
}
