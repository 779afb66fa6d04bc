package fr.reseau.ecoles.invitation;

import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitService;
import fr.reseau.ecoles.visit.VisitStep;
import fr.reseau.ecoles.visit.VisitStepRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The « ordre de mission » of a visit: who travels where and when, and whether the head of the
 * visitor's school signed it (from the visit's steps). Who may read it: the visitor, the heads of
 * both schools (the one who signs, the one who receives) and the network's coordinators.
 */
@Service
@Transactional(readOnly = true)
public class MissionOrders {

  static final String SIGN_STEP = "Task_SignMissionOrder";
  static final String DATE_STEP = "Task_ConfirmVisitDate";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
          .withZone(CalendarSettings.ZONE);

  private final VisitService visits;
  private final VisitRepository visitRows;
  private final VisitStepRepository steps;
  private final NetworkDirectory directory;
  private final ApiAccess access;

  public MissionOrders(
      VisitService visits,
      VisitRepository visitRows,
      VisitStepRepository steps,
      NetworkDirectory directory,
      ApiAccess access) {
    this.visits = visits;
    this.visitRows = visitRows;
    this.steps = steps;
    this.directory = directory;
    this.access = access;
  }

  /** What the document shows. {@code signedAt} null: not signed (yet) for the agreed date. */
  public record MissionOrder(
      Long visitId,
      String networkId,
      String schoolYear,
      String visitorUserId,
      String visitorName,
      String visitorEstablishment,
      String fromTown,
      String hostName,
      String hostEstablishment,
      String toTown,
      LocalDate date,
      String halfDay,
      Double distanceKm,
      String reference,
      String signerName,
      Instant signedAt,
      String visitorHeadUserId,
      String hostHeadUserId) {

    public boolean signed() {
      return signedAt != null;
    }

    /** « Signé le 3 mars 2027 à 10h15 par … » or « En attente de signature ». */
    public String status() {
      return signed()
          ? "Signé le "
              + DATE_TIME.format(signedAt)
              + " par "
              + signerName
              + ", chef d'établissement (référence "
              + reference
              + ")"
          : "En attente de la signature du chef d'établissement";
    }

    /** Values for the message's template (no private content: names, schools, date). */
    public Map<String, Object> model() {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("visitorFullName", visitorName);
      model.put("hostFullName", hostName);
      model.put("visitorEstablishment", visitorEstablishment);
      model.put("hostEstablishment", hostEstablishment);
      model.put("visitDay", date == null ? "à convenir" : VisitCalendar.FRENCH_DATE.format(date));
      model.put("halfDay", halfDay);
      model.put("reference", reference);
      model.put("signerName", signerName);
      return model;
    }
  }

  public MissionOrder of(Long visitId) {
    VisitService.VisitContext context = visits.context(visitId);
    Visit visit = context.visit();
    String reference = null;
    String signer = null;
    Instant signedAt = null;
    for (VisitStep step : steps.findByVisitIdOrderById(visitId)) {
      if (SIGN_STEP.equals(step.getStep())) {
        boolean signed = step.getOutcome() != null && step.getOutcome().startsWith("signed ");
        reference = signed ? step.getOutcome().substring("signed ".length()) : null;
        signer = signed ? step.getActorUserId() : null;
        signedAt = signed ? step.getSubmittedAt() : null;
      } else if (DATE_STEP.equals(step.getStep()) && "accepted".equals(step.getOutcome())) {
        // A new date agreed after a signature needs a new signature.
        reference = null;
        signer = null;
        signedAt = null;
      }
    }
    String signerName =
        signer == null ? null : directory.member(signer).map(Member::fullName).orElse(signer);
    return new MissionOrder(
        visitId,
        visit.getNetworkId(),
        visit.getSchoolYear(),
        visit.getVisitorUserId(),
        context.visitor().fullName(),
        context.visitorEstablishment().getName(),
        context.visitorEstablishment().getTown(),
        context.host().fullName(),
        context.hostEstablishment().getName(),
        context.hostEstablishment().getTown(),
        visit.getVisitDate(),
        visit.getVisitHalfDay() == null
            ? null
            : "afternoon".equals(visit.getVisitHalfDay()) ? "après-midi" : "matin",
        visit.getDistanceKm(),
        reference,
        signerName,
        signedAt,
        context.visitorEstablishment().getPrincipalUserId(),
        context.hostEstablishment().getPrincipalUserId());
  }

  /** The visitor, either school's head, or a coordinator of the visit's network (or an admin). */
  public boolean mayRead(MissionOrder order, Authentication user) {
    String userId = user == null ? null : user.getUserId();
    if (userId == null) {
      return false;
    }
    return userId.equals(order.visitorUserId())
        || userId.equals(order.visitorHeadUserId())
        || userId.equals(order.hostHeadUserId())
        || access.isCoordinatorOf(user, order.networkId());
  }

  /**
   * For the controller: the order, if the visit exists (checked without an exception, which would
   * mark the read-only transaction for rollback).
   */
  public Optional<MissionOrder> find(Long visitId) {
    return visitRows.existsById(visitId) ? Optional.of(of(visitId)) : Optional.empty();
  }
}
