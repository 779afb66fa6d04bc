package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The tour's "two half-days of absence in the year": a volunteer visits once and hosts once, on two
 * different half-days, and no agreed date may give anyone a third half-day or a second visit on the
 * same half-day. Checked when the host proposes a date (an early form error) and again, under a
 * lock on the network, when the visitor accepts it: two visits of the same person agreed at the
 * same moment are serialized, the second one sees the first.
 */
@Component
public class VolunteerHalfDays {

  /** Half-days of the tour per volunteer and school year (the project's rule). */
  public static final int MAX_HALF_DAYS_PER_YEAR = 2;

  private final VisitRepository visits;
  private final NetworkDirectory directory;

  public VolunteerHalfDays(VisitRepository visits, NetworkDirectory directory) {
    this.visits = visits;
    this.directory = directory;
  }

  /** A check without lock: the host hears at once that the half-day is not free. */
  void checkProposed(VisitService.VisitContext context, LocalDate date, String halfDay) {
    check(
        context.visit(),
        List.of(context.visitor(), context.host()),
        date,
        halfDay,
        "choisissez une autre demi-journée.");
  }

  /**
   * The check that counts, when the date becomes agreed: the network's row is locked until the
   * transaction ends, so concurrent agreements of a network's visits run one after the other.
   */
  void checkAgreed(Visit visit) {
    directory.lockNetwork(visit.getNetworkId());
    check(
        visit,
        List.of(
            directory.requireMemberIn(visit.getVisitorUserId(), visit.getNetworkId()),
            directory.requireMemberIn(visit.getHostUserId(), visit.getNetworkId())),
        visit.getVisitDate(),
        visit.getVisitHalfDay(),
        "refusez cette date en expliquant pourquoi, une autre sera proposée.");
  }

  private void check(
      Visit visit, List<Member> people, LocalDate date, String halfDay, String advice) {
    List<HalfDayBooking> booked =
        visits.findBookedHalfDays(
            visit.getNetworkId(),
            visit.getSchoolYear(),
            List.of(visit.getVisitorUserId(), visit.getHostUserId()),
            visit.getId());
    for (Member person : people) {
      List<HalfDayBooking> own =
          booked.stream().filter(b -> b.involves(person.getUserId())).toList();
      if (own.stream().anyMatch(b -> b.sameSlot(date, halfDay))) {
        throw new InvalidInputException(
            CdiVisitVariables.VISIT_DATE,
            person.fullName()
                + " a déjà une autre visite le "
                + VisitDateRules.french(date)
                + " ("
                + halfDayLabel(halfDay)
                + ") : "
                + advice);
      }
      if (own.size() >= MAX_HALF_DAYS_PER_YEAR) {
        throw new InvalidInputException(
            CdiVisitVariables.VISIT_DATE,
            person.fullName()
                + " a déjà ses deux demi-journées de la tournée cette année ("
                + own.stream()
                    .map(b -> VisitDateRules.french(b.date()) + " " + halfDayLabel(b.halfDay()))
                    .collect(Collectors.joining(", "))
                + ") : une troisième absence n'est pas possible.");
      }
    }
  }

  static String halfDayLabel(String halfDay) {
    return "afternoon".equals(halfDay) ? "après-midi" : "matin";
  }
}
