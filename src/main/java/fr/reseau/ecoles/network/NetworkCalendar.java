package fr.reseau.ecoles.network;

import fr.reseau.ecoles.calendar.SchoolCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the school calendar known to the application covers a network's dates: the network's own
 * zone and those of its establishments (a network may span two zones) must all be known.
 */
@Service
public class NetworkCalendar {

  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final SchoolCalendar calendar;

  public NetworkCalendar(
      NetworkRepository networks, EstablishmentRepository establishments, SchoolCalendar calendar) {
    this.networks = networks;
    this.establishments = establishments;
    this.calendar = calendar;
  }

  /** The network's zone first, then its establishments' zones, each once. */
  @Transactional(readOnly = true)
  public List<String> zones(String networkId) {
    Set<String> zones = new LinkedHashSet<>();
    networks.findById(networkId).flatMap(Network::holidayZone).ifPresent(zones::add);
    establishments.findByNetworkIdOrderByCode(networkId).stream()
        .map(Establishment::getHolidayZone)
        .filter(zone -> zone != null && !zone.isBlank())
        .forEach(zones::add);
    return new ArrayList<>(zones);
  }

  /**
   * A French warning when the days until {@code lastDay} are not covered for every zone of the
   * network ("Attention : le calendrier scolaire connu pour la zone B s'arrête le …"), else empty.
   */
  @Transactional(readOnly = true)
  public Optional<String> coverageWarning(String networkId, LocalDate lastDay) {
    List<String> zones = zones(networkId);
    if (zones.isEmpty()) {
      return calendar.coverageProblem(null, lastDay).map(NetworkCalendar::attention);
    }
    List<String> problems = new ArrayList<>();
    for (String zone : zones) {
      calendar.coverageProblem(zone, lastDay).ifPresent(problems::add);
    }
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(attention(String.join(" ", problems)));
  }

  /**
   * Why {@code date} cannot be retained for a day of the network (a workshop day): not covered by
   * the known calendar, or not a school day, in one of its zones; empty when it can.
   */
  @Transactional(readOnly = true)
  public Optional<String> whyNotPlannable(String networkId, LocalDate date) {
    List<String> zones = zones(networkId);
    for (String zone : zones.isEmpty() ? List.of("") : zones) {
      Optional<String> reason = whyNotPlannableInZone(calendar, date, zone);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  /**
   * The last day the known calendar covers for every zone of the network, with the zones; empty
   * when the network has no zone or a zone has no known calendar at all.
   */
  @Transactional(readOnly = true)
  public Optional<Coverage> coverage(String networkId) {
    List<String> zones = zones(networkId);
    if (zones.isEmpty()) {
      return Optional.empty();
    }
    LocalDate last = null;
    for (String zone : zones) {
      Optional<LocalDate> until = calendar.coveredUntil(zone);
      if (until.isEmpty()) {
        return Optional.empty();
      }
      LocalDate day = until.get().minusDays(1);
      last = last == null || day.isBefore(last) ? day : last;
    }
    return Optional.of(new Coverage(List.copyOf(zones), last));
  }

  /** Until when the calendar of all the network's zones is known ({@code lastDay} included). */
  public record Coverage(List<String> zones, LocalDate lastDay) {}

  /**
   * The French warning when the network's calendar is not known at all (no zone, or no calendar for
   * one of its zones), whatever the dates.
   */
  @Transactional(readOnly = true)
  public Optional<String> unknownCalendarWarning(String networkId) {
    if (coverage(networkId).isPresent()) {
      return Optional.empty();
    }
    return coverageWarning(networkId, LocalDate.of(1900, 1, 1));
  }

  /** Shared with the visits' date rules, which check the two establishments' zones. */
  public static Optional<String> whyNotPlannableInZone(
      SchoolCalendar calendar, LocalDate date, String zone) {
    if (!zone.isBlank() && !calendar.covers(date, zone)) {
      return Optional.of(
          "le "
              + date
              + " n'est pas couvert par le calendrier scolaire connu pour la zone "
              + zone
              + calendar
                  .coveredUntil(zone)
                  .map(u -> " (connu jusqu'au " + u.minusDays(1) + ")")
                  .orElse("")
              + " : demandez à l'administration d'importer le calendrier officiel de l'année.");
    }
    return calendar
        .reasonNotSchoolDay(date, zone)
        .map(reason -> "le " + date + " n'est pas un jour de classe : " + reason + ".");
  }

  private static String attention(String problem) {
    return "Attention : "
        + problem
        + " Les jours non couverts ne peuvent pas être retenus pour une visite ou une journée d'ateliers.";
  }
}
