package fr.reseau.ecoles.visit;

import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.VolunteeringService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The tour's « visite de soutien et de préparation en vue de l'inspection (PPCR) »: a visit one of
 * whose teachers gave the date of their career appraisal takes place before it. Its window ends the
 * day before the earliest such date, so the date agreement refuses a later day, the coordinators'
 * deadline comes earlier, and the date-agreement reminders follow {@code followUpAfterPpcr} ({@link
 * VisitReminders}). A date on or before the window's first day cannot be prepared by this visit and
 * changes nothing.
 */
@Component
public class PpcrWindow {

  private final VolunteeringService volunteering;

  public PpcrWindow(VolunteeringService volunteering) {
    this.volunteering = volunteering;
  }

  /** The campaign's PPCR dates by member, read once for all its visits. */
  public Map<String, LocalDate> appraisalDates(Long campaignId) {
    Map<String, LocalDate> dates = new HashMap<>();
    for (Declaration declaration : volunteering.volunteers(campaignId)) {
      if (declaration.isPpcrPlanned() && declaration.getPpcrDate() != null) {
        dates.put(declaration.getMemberUserId(), declaration.getPpcrDate());
      }
    }
    return dates;
  }

  /** Bounds the visit by the earliest appraisal of its two teachers that it can still prepare. */
  public void apply(Visit visit, Map<String, LocalDate> appraisalDates) {
    earliest(visit, appraisalDates)
        .ifPresent(
            date ->
                visit.boundByPpcr(
                    date,
                    "visite avant le rendez-vous de carrière du " + VisitDateRules.french(date)));
  }

  static Optional<LocalDate> earliest(Visit visit, Map<String, LocalDate> appraisalDates) {
    return Stream.of(visit.getVisitorUserId(), visit.getHostUserId())
        .map(appraisalDates::get)
        .filter(d -> d != null && d.isAfter(visit.getVisitWindowStart()))
        .min(LocalDate::compareTo);
  }
}
