package fr.reseau.ecoles.support;

import fr.reseau.ecoles.visit.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates for many visits of a campaign test agreed at once: as close to one day as the tour's rule
 * allows (no teacher on two visits of one half-day). Each volunteer visits once and hosts once, so
 * a visit shares a teacher with at most two others: three half-days always suffice.
 */
public final class HalfDaySlots {

  public record Slot(String date, String halfDay) {}

  private HalfDaySlots() {}

  /** Visit process instance id → its half-day: that day's morning, afternoon, then days before. */
  public static Map<String, Slot> of(List<Visit> visits, LocalDate day) {
    List<Slot> order = new ArrayList<>();
    Map<String, Slot> slots = new LinkedHashMap<>();
    Map<String, Set<Slot>> taken = new HashMap<>();
    for (Visit visit : visits) {
      Set<Slot> visitor = taken.computeIfAbsent(visit.getVisitorUserId(), k -> new HashSet<>());
      Set<Slot> host = taken.computeIfAbsent(visit.getHostUserId(), k -> new HashSet<>());
      for (int i = 0; ; i++) {
        if (i == order.size()) {
          order.add(slot(day, i));
        }
        Slot slot = order.get(i);
        if (!visitor.contains(slot) && !host.contains(slot)) {
          visitor.add(slot);
          host.add(slot);
          slots.put(visit.getProcessInstanceId(), slot);
          break;
        }
      }
    }
    return slots;
  }

  private static Slot slot(LocalDate day, int index) {
    LocalDate date = day;
    for (int back = 0; back < index / 2; ) {
      date = date.minusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        back++;
      }
    }
    return new Slot(date.toString(), index % 2 == 0 ? "morning" : "afternoon");
  }
}
