package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.SchoolDegree;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a visit that plan it and follow it: the pair, the date, the mission order, the visit
 * held, its end. What the teachers write (pre-visit answers, recap) is {@link
 * VisitDocumentService}.
 */
@Service
@Transactional
public class VisitService {

  /**
   * Camunda keeps a String variable in a 4000-character column: a longer answer could not be
   * submitted.
   */
  public static final int MAX_ANSWER_LENGTH = 4000;

  public static final List<String> HALF_DAYS = List.of("morning", "afternoon");

  private final VisitRepository visits;
  private final VisitStepRepository steps;
  private final NetworkDirectory directory;
  private final VisitDateRules dateRules;
  private final VolunteerHalfDays halfDays;
  private final PairHistoryService pairHistory;
  private final ApplicationEventPublisher events;

  public VisitService(
      VisitRepository visits,
      VisitStepRepository steps,
      NetworkDirectory directory,
      VisitDateRules dateRules,
      VolunteerHalfDays halfDays,
      PairHistoryService pairHistory,
      ApplicationEventPublisher events) {
    this.halfDays = halfDays;
    this.pairHistory = pairHistory;
    this.events = events;
    this.visits = visits;
    this.steps = steps;
    this.directory = directory;
    this.dateRules = dateRules;
  }

  /** Names and people a visit's forms and tasks need. */
  public record VisitContext(
      Visit visit,
      Member visitor,
      Member host,
      Establishment visitorEstablishment,
      Establishment hostEstablishment) {}

  @Transactional(readOnly = true)
  public Visit require(Long visitId) {
    return visits
        .findById(visitId)
        .orElseThrow(() -> new IllegalStateException("Unknown visit " + visitId));
  }

  @Transactional(readOnly = true)
  public VisitContext context(Long visitId) {
    Visit visit =
        visits
            .findById(visitId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        CdiVisitVariables.VISIT_ID,
                        "aucune visite n'a l'identifiant " + visitId + "."));
    Member visitor = directory.requireMemberIn(visit.getVisitorUserId(), visit.getNetworkId());
    Member host = directory.requireMemberIn(visit.getHostUserId(), visit.getNetworkId());
    return new VisitContext(
        visit, visitor, host, directory.establishmentOf(visitor), directory.establishmentOf(host));
  }

  /** A visit started on its own (not from a campaign): checks the pair and stores the visit. */
  public Visit createStandalone(
      String networkId,
      String schoolYear,
      String visitorId,
      String hostId,
      LocalDate windowStart,
      LocalDate windowEnd) {
    Member visitor = documentaliste(CdiVisitVariables.VISITOR, visitorId, networkId);
    Member host = documentaliste(CdiVisitVariables.HOST, hostId, networkId);
    if (visitor.getEstablishmentCode().equals(host.getEstablishmentCode())) {
      throw new InvalidInputException(
          CdiVisitVariables.HOST,
          "le visiteur et l'accueillant travaillent dans le même établissement.");
    }
    if (!windowEnd.isAfter(windowStart)) {
      throw new InvalidInputException(
          CdiVisitVariables.VISIT_WINDOW_END,
          "la fin de la période de visites doit suivre son début.");
    }
    if (visits
        .findByNetworkIdAndSchoolYearAndVisitorUserIdAndHostUserId(
            networkId, schoolYear, visitorId, hostId)
        .isPresent()) {
      throw new InvalidInputException(
          CdiVisitVariables.HOST, "cette visite existe déjà pour l'année " + schoolYear + ".");
    }
    return visits.save(
        new Visit(
            null,
            networkId,
            schoolYear,
            visitorId,
            hostId,
            visitor.getEstablishmentCode(),
            host.getEstablishmentCode(),
            null,
            null,
            windowStart,
            windowEnd,
            EngineClock.now()));
  }

  private Member documentaliste(String field, String userId, String networkId) {
    Member member =
        directory
            .memberIn(userId, networkId)
            .or(() -> directory.member(userId))
            .orElseThrow(
                () -> new InvalidInputException(field, "personne inconnue « " + userId + " »."));
    if (!(member.getRole() == MemberRole.DOCUMENTALISTE || isPrimaryTeacher(member))
        || !member.getNetworkId().equals(networkId)) {
      throw new InvalidInputException(
          field,
          member.fullName()
              + " n'est ni professeur·e documentaliste ni professeur·e des écoles du réseau "
              + networkId
              + ".");
    }
    return member;
  }

  /**
   * A teacher of a primary school: invited to the visits of an inter-degree campaign (issue 19).
   */
  private boolean isPrimaryTeacher(Member member) {
    return member.getRole() == MemberRole.TEACHER
        && member.getEstablishmentCode() != null
        && directory.establishmentOf(member).degree() == SchoolDegree.PRIMAIRE;
  }

  /**
   * Links the visit to its process; a visit already run by another process cannot be taken over.
   */
  public void attachProcess(Long visitId, String processInstanceId) {
    Visit visit = require(visitId);
    if (visit.getProcessInstanceId() != null
        && !visit.getProcessInstanceId().equals(processInstanceId)) {
      throw new InvalidInputException(
          CdiVisitVariables.VISIT_ID,
          "la visite " + visitId + " est déjà suivie par un autre processus.");
    }
    visit.attachProcess(processInstanceId);
  }

  /** Checks that the date is in the window, not past, and a school day in both schools. */
  public void proposeDate(Long visitId, String actor, LocalDate date, String halfDay) {
    VisitContext context = context(visitId);
    Visit visit = context.visit();
    dateRules.checkProposed(context, date);
    halfDays.checkProposed(context, date, halfDay);
    visit.proposeDate(date, halfDay);
    steps.save(
        new VisitStep(
            visitId,
            "Task_ProposeVisitDate",
            actor,
            date + " " + halfDay,
            null,
            EngineClock.now()));
  }

  public void confirmDate(Long visitId, String actor, boolean accepted, String comment) {
    Visit visit = require(visitId);
    if (accepted) {
      halfDays.checkAgreed(visit);
    }
    Visit.CalendarChange change =
        accepted ? visit.agreeDate(EngineClock.now()) : Visit.CalendarChange.NONE;
    steps.save(
        new VisitStep(
            visitId,
            "Task_ConfirmVisitDate",
            actor,
            accepted ? "accepted" : "refused",
            comment,
            EngineClock.now()));
    if (change != Visit.CalendarChange.NONE) {
      events.publishEvent(
          new VisitEvent.DateAgreed(visitId, change == Visit.CalendarChange.CHANGED));
    }
  }

  public void answerMissionOrder(
      Long visitId, String actor, boolean signed, String reference, String refusalReason) {
    Visit visit = require(visitId);
    if (signed) {
      visit.signMissionOrder(reference);
    } else {
      visit.backToPlanning();
    }
    steps.save(
        new VisitStep(
            visitId,
            "Task_SignMissionOrder",
            actor,
            signed ? "signed " + reference : "refused",
            refusalReason,
            EngineClock.now()));
    if (signed) {
      // After the step is stored: the mission order reads its signature from the steps.
      events.publishEvent(new VisitEvent.MissionOrderSigned(visitId));
    }
  }

  public void confirmHeld(Long visitId, String actor, boolean held, String reason) {
    Visit visit = require(visitId);
    if (held) {
      visit.confirmHeld(EngineClock.now());
      pairHistory.recordHeld(visit);
    } else {
      visit.backToPlanning();
    }
    steps.save(
        new VisitStep(
            visitId,
            "Task_ConfirmVisitHeld",
            actor,
            held ? "held" : "not-held",
            reason,
            EngineClock.now()));
  }

  public void resolveStalled(
      Long visitId, String actor, String decision, LocalDate newDeadline, String comment) {
    Visit visit = require(visitId);
    if (newDeadline != null) {
      dateRules.checkNewDeadline(visit, newDeadline);
    }
    steps.save(
        new VisitStep(
            visitId,
            "Task_ResolveStalledVisit",
            actor,
            decision + (newDeadline == null ? "" : " " + newDeadline),
            comment,
            EngineClock.now()));
  }

  public void cancel(Long visitId, String reason) {
    Visit visit = require(visitId);
    if (!visit.getStatus().ended() && visit.cancel(reason, EngineClock.now())) {
      events.publishEvent(new VisitEvent.Cancelled(visitId));
    }
  }

  public void complete(Long visitId) {
    require(visitId).complete(EngineClock.now());
  }

  /**
   * At the end of the window: visits that did not take place are cancelled; held ones stay held.
   */
  public int closeOpenVisits(Long campaignId) {
    int cancelled = 0;
    for (Visit visit : visits.findByCampaignIdOrderById(campaignId)) {
      if (!visit.getStatus().ended() && !visit.getStatus().held()) {
        if (visit.cancel("Période de visites terminée sans visite réalisée", EngineClock.now())) {
          events.publishEvent(new VisitEvent.Cancelled(visit.getId()));
        }
        cancelled++;
      }
    }
    return cancelled;
  }
}
