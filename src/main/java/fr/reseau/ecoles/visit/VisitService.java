package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every step of a visit, from the pre-visit documents to the validated recap. */
@Service
@Transactional
public class VisitService {

  /**
   * Camunda keeps a String variable in a 4000-character column: a longer answer could not be
   * submitted.
   */
  public static final int MAX_ANSWER_LENGTH = 4000;

  public static final List<String> HALF_DAYS = List.of("morning", "afternoon");
  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final VisitRepository visits;
  private final VisitStepRepository steps;
  private final PreVisitDocumentRepository preVisitDocuments;
  private final RecapRepository recaps;
  private final NetworkDirectory directory;
  private final SchoolCalendar calendar;
  private final ApplicationEventPublisher events;

  public VisitService(
      VisitRepository visits,
      VisitStepRepository steps,
      PreVisitDocumentRepository preVisitDocuments,
      RecapRepository recaps,
      NetworkDirectory directory,
      SchoolCalendar calendar,
      ApplicationEventPublisher events) {
    this.events = events;
    this.visits = visits;
    this.steps = steps;
    this.preVisitDocuments = preVisitDocuments;
    this.recaps = recaps;
    this.directory = directory;
    this.calendar = calendar;
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
    Member visitor = directory.requireMember(visit.getVisitorUserId());
    Member host = directory.requireMember(visit.getHostUserId());
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
            .member(userId)
            .orElseThrow(
                () -> new InvalidInputException(field, "personne inconnue « " + userId + " »."));
    if (member.getRole() != MemberRole.DOCUMENTALISTE || !member.getNetworkId().equals(networkId)) {
      throw new InvalidInputException(
          field,
          member.fullName()
              + " n'est pas professeur·e documentaliste du réseau "
              + networkId
              + ".");
    }
    return member;
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

  public void submitPreVisit(
      Long visitId,
      PreVisitDocument.Side side,
      String author,
      String expectations,
      String wishes,
      String questions,
      String publicDescription,
      String constraints) {
    if (preVisitDocuments.existsByVisitIdAndSide(visitId, side)) {
      throw new IllegalStateException(
          "Pre-visit document already stored for visit " + visitId + " " + side);
    }
    preVisitDocuments.save(
        new PreVisitDocument(
            visitId,
            side,
            author,
            expectations,
            wishes,
            questions,
            publicDescription,
            constraints,
            EngineClock.now()));
  }

  /**
   * The private answers of a visit ({@link #privateContent}) for one task: only a task of the
   * visit's own process, held by one of its two teachers, gets them (defence in depth: the BPMN
   * file names the tasks, this checks the instance and the person).
   */
  public Map<String, Object> privateContentForTask(
      Long visitId, String processInstanceId, String assignee, String taskId) {
    Visit visit = require(visitId);
    if (!processInstanceId.equals(visit.getProcessInstanceId())
        || !(visit.getVisitorUserId().equals(assignee) || visit.getHostUserId().equals(assignee))) {
      throw new IllegalStateException(
          "Private content of visit " + visit.getId() + " refused to task " + taskId);
    }
    return privateContent(visitId);
  }

  /**
   * The pre-visit answers of both teachers and the latest recap with the host's amendments, under
   * their form field names, for the two teachers' own task forms only. Missing answers are left out
   * (Tasklist would otherwise submit the field with the type of a null variable).
   */
  public Map<String, Object> privateContent(Long visitId) {
    Map<String, Object> content = new HashMap<>();
    for (PreVisitDocument document : preVisitDocuments.findByVisitId(visitId)) {
      String prefix =
          document.getSide() == PreVisitDocument.Side.HOST
              ? CdiVisitVariables.HOST
              : CdiVisitVariables.VISITOR;
      content.put(prefix + "Expectations", document.getExpectations());
      content.put(
          prefix
              + (document.getSide() == PreVisitDocument.Side.HOST ? "WishesToShow" : "WishesToSee"),
          document.getWishes());
      content.put(prefix + "Questions", document.getQuestions());
      if (document.getSide() == PreVisitDocument.Side.HOST) {
        content.put(CdiVisitVariables.HOST_PUBLIC_DESCRIPTION, document.getPublicDescription());
        content.put(CdiVisitVariables.HOST_CONSTRAINTS, document.getConstraints());
      }
    }
    recaps
        .findFirstByVisitIdOrderByVersionDesc(visitId)
        .ifPresent(
            recap -> {
              content.put(CdiVisitVariables.RECAP_EXCHANGES, recap.getExchanges());
              content.put(CdiVisitVariables.RECAP_IMPROVEMENTS_HOST, recap.getImprovementsHost());
              content.put(
                  CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR, recap.getImprovementsVisitor());
              content.put(CdiVisitVariables.RECAP_ACTIONS, recap.getActions());
              content.put(
                  CdiVisitVariables.RECAP_TRAINING_NEEDS, List.copyOf(recap.getTrainingNeeds()));
              content.put(CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS, recap.isShareImprovements());
              if (Boolean.FALSE.equals(recap.getValidated())) {
                content.put(CdiVisitVariables.RECAP_AMENDMENTS, recap.getAmendments());
              }
            });
    content.values().removeIf(Objects::isNull);
    return content;
  }

  /** Checks that the date is in the window, not past, and a school day in both schools. */
  public void proposeDate(Long visitId, String actor, LocalDate date, String halfDay) {
    VisitContext context = context(visitId);
    Visit visit = context.visit();
    if (date.isBefore(visit.getVisitWindowStart()) || date.isAfter(visit.getVisitWindowEnd())) {
      throw new InvalidInputException(
          CdiVisitVariables.VISIT_DATE,
          "la date doit être comprise dans la période de visites, du "
              + french(visit.getVisitWindowStart())
              + " au "
              + french(visit.getVisitWindowEnd())
              + ".");
    }
    if (!date.isAfter(EngineClock.today())) {
      throw new InvalidInputException(
          CdiVisitVariables.VISIT_DATE,
          "la date doit être postérieure à aujourd'hui (" + french(EngineClock.today()) + ").");
    }
    for (Establishment school :
        Set.of(context.hostEstablishment(), context.visitorEstablishment())) {
      calendar
          .reasonNotSchoolDay(date, school.getHolidayZone())
          .ifPresent(
              reason -> {
                throw new InvalidInputException(
                    CdiVisitVariables.VISIT_DATE,
                    "le "
                        + french(date)
                        + " n'est pas un jour de classe pour "
                        + school.getName()
                        + " : "
                        + reason
                        + ".");
              });
    }
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

  public Recap writeRecap(
      Long visitId,
      String exchanges,
      String improvementsHost,
      String improvementsVisitor,
      String actions,
      Set<String> trainingNeeds,
      boolean shareImprovements) {
    int version =
        recaps.findFirstByVisitIdOrderByVersionDesc(visitId).map(r -> r.getVersion() + 1).orElse(1);
    return recaps.save(
        new Recap(
            visitId,
            version,
            exchanges,
            improvementsHost,
            improvementsVisitor,
            actions,
            trainingNeeds,
            shareImprovements,
            EngineClock.now()));
  }

  public void answerRecap(
      Long visitId, boolean validated, String amendments, boolean hostSharesImprovements) {
    Recap recap =
        recaps
            .findFirstByVisitIdOrderByVersionDesc(visitId)
            .orElseThrow(() -> new IllegalStateException("No recap for visit " + visitId));
    recap.answer(validated, amendments, hostSharesImprovements, EngineClock.now());
  }

  public void resolveStalled(
      Long visitId, String actor, String decision, LocalDate newDeadline, String comment) {
    Visit visit = require(visitId);
    if (newDeadline != null) {
      if (!newDeadline.isAfter(EngineClock.today())) {
        throw new InvalidInputException(
            CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
            "le nouveau délai doit être postérieur à aujourd'hui.");
      }
      if (newDeadline.isAfter(visit.getVisitWindowEnd())) {
        throw new InvalidInputException(
            CdiVisitVariables.NEW_DATE_AGREEMENT_DEADLINE,
            "le nouveau délai doit précéder la fin de la période de visites ("
                + french(visit.getVisitWindowEnd())
                + ").");
      }
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

  static String french(LocalDate date) {
    return FRENCH_DATE.format(date);
  }
}
