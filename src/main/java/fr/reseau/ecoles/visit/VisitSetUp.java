package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code Task_PrepareVisit}'s work: a visit planned by its campaign comes with its id; a visit
 * started on its own (Tasklist or {@code /engine-rest}) is stored from its start form. Either way
 * the visit is tied to its process, and the date must be agreed {@code stallWarningDays} (the
 * task's input parameter) before the window closes.
 */
@Service
public class VisitSetUp {

  /**
   * The visit ready for its process.
   *
   * @param createdVisitId the id of the visit stored from the start form, empty for a planned one
   * @param dateAgreementDeadline ISO date after which a visit without a date is reported
   */
  public record Prepared(
      VisitService.VisitContext context,
      Optional<Long> createdVisitId,
      String dateAgreementDeadline) {

    public Visit visit() {
      return context.visit();
    }
  }

  private final VisitService visits;

  public VisitSetUp(VisitService visits) {
    this.visits = visits;
  }

  /**
   * @param givenVisitId the {@code visitId} the process was started with, if any
   * @param input the start form, read only when no visit id is given
   * @param stallWarningDays the value of the input parameter {@code stallWarningDays}
   */
  public Prepared prepare(
      Object givenVisitId, FormInput input, String processInstanceId, Object stallWarningDays) {
    Optional<Long> created = Optional.empty();
    Long visitId = plannedVisitId(givenVisitId);
    if (visitId == null) {
      Visit visit =
          visits.createStandalone(
              input.requiredText(CdiVisitVariables.NETWORK_ID, 100),
              input.requiredText(CdiVisitVariables.SCHOOL_YEAR, 9),
              input.requiredText(CdiVisitVariables.VISITOR, 100),
              input.requiredText(CdiVisitVariables.HOST, 100),
              input.requiredDate(CdiVisitVariables.VISIT_WINDOW_START),
              input.requiredDate(CdiVisitVariables.VISIT_WINDOW_END));
      visitId = visit.getId();
      created = Optional.of(visitId);
    }
    VisitService.VisitContext context = visits.context(visitId);
    visits.attachProcess(visitId, processInstanceId);
    return new Prepared(
        context,
        created,
        dateAgreementDeadline(context.visit().getVisitWindowEnd(), stallWarningDays));
  }

  /** The id of a visit planned by its campaign, {@code null} for a visit started on its own. */
  static Long plannedVisitId(Object givenVisitId) {
    if (givenVisitId == null) {
      return null;
    }
    if (!(givenVisitId instanceof Number number)) {
      throw new InvalidInputException(
          CdiVisitVariables.VISIT_ID,
          "identifiant de visite numérique attendu, reçu « " + givenVisitId + " ».");
    }
    return number.longValue();
  }

  /** The day, as an ISO date, {@code stallWarningDays} before the end of the visit window. */
  static String dateAgreementDeadline(LocalDate windowEnd, Object stallWarningDays) {
    return windowEnd.minusDays(((Number) stallWarningDays).intValue()).toString();
  }
}
