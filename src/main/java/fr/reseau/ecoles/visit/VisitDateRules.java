package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.calendar.SchoolCalendar;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * When a visit may take place, and until when its date may still be agreed: the rules of {@link
 * VisitService}'s date steps, each refusal a French message naming the form field.
 */
@Component
public class VisitDateRules {

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

  private final SchoolCalendar calendar;

  public VisitDateRules(SchoolCalendar calendar) {
    this.calendar = calendar;
  }

  /** The date is in the window, not past, and a school day in both schools. */
  void checkProposed(VisitService.VisitContext context, LocalDate date) {
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
      String zone = school.getHolidayZone();
      if (zone != null && !calendar.covers(date, zone)) {
        // An unknown year is never taken as a school day: its holidays are not known yet.
        throw new InvalidInputException(
            CdiVisitVariables.VISIT_DATE,
            "le "
                + french(date)
                + " n'est pas couvert par le calendrier scolaire connu pour la zone "
                + zone
                + " ("
                + school.getName()
                + ") : demandez à l'administration d'importer le calendrier officiel de l'année.");
      }
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
  }

  /** A new deadline to agree on a date: after today, before the window closes. */
  void checkNewDeadline(Visit visit, LocalDate newDeadline) {
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

  static String french(LocalDate date) {
    return FRENCH_DATE.format(date);
  }
}
