package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.calendar.SchoolYear;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.time.LocalDate;

/** The start form of a campaign, read and checked field by field. */
public record CampaignRequest(
    String schoolYear,
    String networkId,
    LocalDate volunteeringDeadline,
    LocalDate visitWindowStart,
    LocalDate visitWindowEnd) {

  /** Long enough for a date to be agreed before the three-week alert of stalled visits. */
  static final int MIN_WINDOW_DAYS = 28;

  /**
   * The values of {@link CdiTourVariables#ZONE_POLICY}, first the default: the codes of {@code
   * pairing.ZonePolicy} (which depends on this package, not the reverse; a test checks they agree).
   */
  public static final java.util.List<String> ZONE_POLICIES =
      java.util.List.of("ignore", "prefer", "require", "avoid");

  public static CampaignRequest read(FormInput input) {
    String schoolYear = input.requiredText(CdiTourVariables.SCHOOL_YEAR, 9);
    SchoolYear year;
    try {
      year = SchoolYear.parse(schoolYear);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(CdiTourVariables.SCHOOL_YEAR, e.getMessage());
    }
    String networkId = input.requiredText(CdiTourVariables.NETWORK_ID, 100);
    LocalDate deadline = input.requiredDate(CdiTourVariables.VOLUNTEERING_DEADLINE);
    LocalDate windowStart = input.requiredDate(CdiTourVariables.VISIT_WINDOW_START);
    LocalDate windowEnd = input.requiredDate(CdiTourVariables.VISIT_WINDOW_END);
    if (!windowStart.isAfter(deadline)) {
      throw new InvalidInputException(
          CdiTourVariables.VISIT_WINDOW_START,
          "la période de visites commence au plus tôt le lendemain de la date limite de volontariat ("
              + deadline
              + ").");
    }
    if (windowEnd.isBefore(windowStart.plusDays(MIN_WINDOW_DAYS))) {
      throw new InvalidInputException(
          CdiTourVariables.VISIT_WINDOW_END,
          "la période de visites doit durer au moins "
              + MIN_WINDOW_DAYS
              + " jours : les binômes sans date sont signalés à la coordination trois semaines avant sa fin.");
    }
    // Visits may be set up from August, the month before the year starts.
    LocalDate yearStart = year.firstDay().minusMonths(1);
    LocalDate yearEnd = year.lastDay();
    if (windowStart.isBefore(yearStart) || windowEnd.isAfter(yearEnd)) {
      throw new InvalidInputException(
          windowStart.isBefore(yearStart)
              ? CdiTourVariables.VISIT_WINDOW_START
              : CdiTourVariables.VISIT_WINDOW_END,
          "la période de visites doit se situer dans l'année scolaire " + schoolYear + ".");
    }
    return new CampaignRequest(schoolYear, networkId, deadline, windowStart, windowEnd);
  }
}
