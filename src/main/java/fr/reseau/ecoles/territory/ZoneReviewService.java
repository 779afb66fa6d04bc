package fr.reseau.ecoles.territory;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.network.NetworkZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zones' part of the annual review (issue 19): which zones review the year, what each trio's
 * form shows (the zone's figures, its trio) and their stored remarks, shown at the network meeting.
 */
@Service
@Transactional
public class ZoneReviewService {

  /** The keys of a row of the forms' tables. */
  static final String LABEL = "label";

  static final String VALUE = "value";
  static final String ROLE = "role";
  static final String NAME = "name";
  static final String ZONE = "zone";
  static final String REMARKS = "remarks";
  static final String PRIORITIES = "priorities";

  /** The zones to review and the day their reviews are due. */
  public record Plan(List<String> zoneCodes, LocalDate due) {}

  /** What {@code Task_ReviewZone} shows and who works it. */
  public record ZoneTask(
      String zoneName,
      List<Map<String, String>> figures,
      List<Map<String, String>> trio,
      List<String> candidates) {}

  private final ZonePilotService pilots;
  private final ZoneFigures figures;
  private final ZoneReviewRepository reviews;

  public ZoneReviewService(
      ZonePilotService pilots, ZoneFigures figures, ZoneReviewRepository reviews) {
    this.pilots = pilots;
    this.figures = figures;
    this.reviews = reviews;
  }

  /**
   * The network's zones (by name), due {@code deadline} from today.
   *
   * @param deadline the input parameter {@code zoneReviewDeadline}, an ISO period such as P14D
   */
  @Transactional(readOnly = true)
  public Plan plan(String networkId, Object deadline) {
    Period period;
    try {
      period = Period.parse(String.valueOf(deadline));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "zoneReviewDeadline must be an ISO period such as P14D, not " + deadline, e);
    }
    if (period.isNegative()) {
      throw new IllegalArgumentException("zoneReviewDeadline must not be negative: " + deadline);
    }
    List<String> codes = pilots.zones(networkId).stream().map(NetworkZone::getCode).toList();
    return new Plan(codes, EngineClock.today().plus(period));
  }

  /** The zone's task: its figures for the year, its trio, who works it (the trio, else none). */
  @Transactional(readOnly = true)
  public ZoneTask task(String networkId, String zoneCode, String schoolYear) {
    NetworkZone zone =
        pilots
            .zone(networkId, zoneCode)
            .orElseThrow(
                () -> new IllegalStateException("Unknown zone " + zoneCode + " of " + networkId));
    List<Map<String, String>> rows = new ArrayList<>();
    for (ZoneFigures.Figure figure : figures.of(zone, schoolYear).figures()) {
      rows.add(row(LABEL, figure.label(), VALUE, String.valueOf(figure.value())));
    }
    ZonePilotService.Trio trio = pilots.trio(zone);
    List<Map<String, String>> people = new ArrayList<>();
    for (ZonePilotService.Pilot pilot : trio.pilots()) {
      people.add(row(ROLE, pilot.role().label(), NAME, pilot.name()));
    }
    return new ZoneTask(
        zone.getName(),
        rows,
        people,
        trio.pilots().stream().map(ZonePilotService.Pilot::userId).distinct().toList());
  }

  /** The trio's review, once per zone and year's review; a second one replaces nothing. */
  public void record(
      Long reviewId, String networkId, String zoneCode, String remarks, String priorities) {
    if (reviews.findByReviewIdAndZoneCode(reviewId, zoneCode).isPresent()) {
      return;
    }
    String zoneName = pilots.zone(networkId, zoneCode).map(NetworkZone::getName).orElse(zoneCode);
    reviews.save(
        new ZoneReview(
            reviewId, networkId, zoneCode, zoneName, remarks, priorities, Instant.now()));
  }

  /** The stored reviews of the year's review, as the meeting form's rows. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> shown(Long reviewId) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (ZoneReview review : reviews.findByReviewIdOrderByZoneName(reviewId)) {
      Map<String, String> row = row(ZONE, review.getZoneName(), REMARKS, review.getRemarks());
      row.put(PRIORITIES, review.getPriorities() == null ? "" : review.getPriorities());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, String> row(String k1, String v1, String k2, String v2) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(k1, v1);
    row.put(k2, v2);
    return row;
  }
}
