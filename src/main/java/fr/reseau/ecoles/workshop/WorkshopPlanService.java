package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshops of a day and their slots (Task_PlanWorkshops): the rows the team starts from, and
 * the plan it submits, checked.
 */
@Service
@Transactional
public class WorkshopPlanService {

  private final WorkshopDayService days;
  private final AnimatorPoolService animators;
  private final WorkshopRepository workshops;

  public WorkshopPlanService(
      WorkshopDayService days, AnimatorPoolService animators, WorkshopRepository workshops) {
    this.days = days;
    this.animators = animators;
    this.workshops = workshops;
  }

  public static final Set<String> FORMATS = Set.of("demonstration", "pratique", "echange");
  static final Map<String, String> FORMAT_LABELS =
      Map.of(
          "demonstration",
          "démonstration",
          "pratique",
          "atelier pratique",
          "echange",
          "échange de pratiques");
  public static final int MAX_SLOTS = 4;

  /** A row of the plan-workshops form. */
  public record WorkshopRow(
      String code,
      String title,
      String animatorName,
      String concern,
      String format,
      Integer durationMinutes,
      String slots,
      Integer capacity,
      String room) {}

  /** The rows the team starts from: the current plan, or one workshop per briefing. */
  /**
   * The rows the team starts from: one workshop per briefing, as planned last time when it was (a
   * workshop left without slots comes back with none, so it can be planned again).
   */
  @Transactional(readOnly = true)
  public List<WorkshopRow> workshopRows(Long workshopDayId) {
    Map<String, Workshop> planned =
        workshops.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .collect(Collectors.toMap(Workshop::getCode, w -> w));
    boolean replanning = !planned.isEmpty();
    List<WorkshopRow> rows = new ArrayList<>();
    int n = 0;
    for (AnimatorBriefing briefing : animators.briefings(workshopDayId)) {
      Animator animator = animators.requireAnimator(briefing.getAnimatorId());
      String code = "A" + (++n);
      Workshop w = planned.get(code);
      if (w != null) {
        rows.add(
            new WorkshopRow(
                code,
                w.getTitle(),
                w.getAnimatorName(),
                w.getConcern(),
                w.getFormat(),
                w.getDurationMinutes(),
                w.getSlots(),
                w.getCapacity(),
                w.getRoom()));
        continue;
      }
      int demo = briefing.getDemonstrationShare() == null ? 50 : briefing.getDemonstrationShare();
      rows.add(
          new WorkshopRow(
              code,
              briefing.getConcern() + " – " + animator.getFullName(),
              animator.getFullName(),
              briefing.getConcern(),
              demo >= 60 ? "demonstration" : demo <= 30 ? "echange" : "pratique",
              60,
              replanning ? "" : "1",
              12,
              null));
    }
    return rows;
  }

  /**
   * Task_PlanWorkshops: the slots of the day, the optional free-choice slot and each workshop's
   * sessions. Checked: formats, lengths, capacities, slots within the day, an animator in one
   * session at a time, something to choose in the free slot. Replaces the previous plan.
   */
  public void planWorkshops(
      Long workshopDayId,
      int slotCount,
      String slotTimes,
      Integer freeChoiceSlot,
      List<WorkshopRow> rows) {
    WorkshopDay day = days.require(workshopDayId);
    if (slotCount < 1 || slotCount > MAX_SLOTS) {
      throw new InvalidInputException(
          SLOT_COUNT, "de 1 à " + MAX_SLOTS + " créneaux (reçu " + slotCount + ").");
    }
    if (freeChoiceSlot != null && (freeChoiceSlot < 1 || freeChoiceSlot > slotCount)) {
      throw new InvalidInputException(
          FREE_CHOICE_SLOT,
          "le créneau libre doit être un des créneaux de la journée (1 à " + slotCount + ").");
    }
    if (freeChoiceSlot != null && slotCount < 2) {
      throw new InvalidInputException(
          FREE_CHOICE_SLOT, "un créneau libre demande au moins deux créneaux dans la journée.");
    }
    Map<String, WorkshopRow> expected =
        workshopRows(workshopDayId).stream()
            .collect(Collectors.toMap(WorkshopRow::code, r -> r, (a, b) -> a, LinkedHashMap::new));
    Map<String, Long> animatorOf = new HashMap<>();
    for (AnimatorBriefing b : animators.briefings(workshopDayId)) {
      animatorOf.putIfAbsent(
          animators.requireAnimator(b.getAnimatorId()).getFullName(), b.getAnimatorId());
    }
    List<Workshop> plan = new ArrayList<>();
    Map<String, String> animatorSlots = new HashMap<>();
    Map<String, String> roomSlots = new HashMap<>();
    Set<String> seenCodes = new HashSet<>();
    boolean freeSlotOffered = false;
    int row = 0;
    for (WorkshopRow submitted : rows) {
      row++;
      String where = "ligne " + row + " : ";
      WorkshopRow known = submitted.code() == null ? null : expected.get(submitted.code());
      if (known == null || !seenCodes.add(submitted.code())) {
        throw new InvalidInputException(
            WORKSHOPS, where + "atelier inconnu ou en double (" + submitted.code() + ").");
      }
      Set<Integer> slots = slots(submitted.slots(), slotCount, where);
      if (slots.isEmpty()) {
        continue;
      }
      if (submitted.title() == null
          || submitted.title().isBlank()
          || submitted.title().length() > 300) {
        throw new InvalidInputException(
            WORKSHOPS, where + "le titre de l'atelier est obligatoire (300 caractères au plus).");
      }
      if (submitted.format() == null || !FORMATS.contains(submitted.format())) {
        throw new InvalidInputException(
            WORKSHOPS,
            where + "choisissez le format (démonstration, atelier pratique ou échange).");
      }
      if (submitted.durationMinutes() == null
          || submitted.durationMinutes() < 15
          || submitted.durationMinutes() > 240) {
        throw new InvalidInputException(
            WORKSHOPS, where + "la durée doit être comprise entre 15 et 240 minutes.");
      }
      if (submitted.capacity() == null || submitted.capacity() < 2 || submitted.capacity() > 40) {
        throw new InvalidInputException(
            WORKSHOPS,
            where + "la capacité doit être comprise entre 2 et 40 enseignants par séance.");
      }
      String room = room(submitted.room(), where);
      for (int slot : slots) {
        if (room != null) {
          String before = roomSlots.put(room.toLowerCase(Locale.ROOT) + "#" + slot, known.code());
          if (before != null) {
            throw new InvalidInputException(
                WORKSHOPS,
                where
                    + "la salle « "
                    + room
                    + " » accueille déjà l'atelier "
                    + before
                    + " au créneau "
                    + slot
                    + " : choisissez une autre salle ou un autre créneau.");
          }
        }
        String previous = animatorSlots.put(known.animatorName() + "#" + slot, known.code());
        if (previous != null) {
          throw new InvalidInputException(
              WORKSHOPS,
              where
                  + known.animatorName()
                  + " anime déjà l'atelier "
                  + previous
                  + " au créneau "
                  + slot
                  + ".");
        }
        freeSlotOffered |= freeChoiceSlot != null && slot == freeChoiceSlot;
      }
      plan.add(
          new Workshop(
              workshopDayId,
              known.code(),
              submitted.title().strip(),
              animatorOf.get(known.animatorName()),
              known.animatorName(),
              known.concern(),
              submitted.format(),
              submitted.durationMinutes(),
              slots.stream().map(String::valueOf).collect(Collectors.joining(", ")),
              submitted.capacity(),
              room));
    }
    if (plan.isEmpty()) {
      throw new InvalidInputException(
          WORKSHOPS, "aucun atelier n'a de créneau : indiquez au moins un créneau par atelier.");
    }
    if (freeChoiceSlot != null && !freeSlotOffered) {
      throw new InvalidInputException(
          FREE_CHOICE_SLOT,
          "aucun atelier n'a lieu au créneau libre "
              + freeChoiceSlot
              + " : ajoutez-y des ateliers au choix, ou laissez ce champ vide.");
    }
    workshops.deleteByWorkshopDayId(workshopDayId);
    workshops.flush();
    workshops.saveAll(plan);
    day.workshopsPlanned(slotCount, slotTimes, freeChoiceSlot);
  }

  /** The room of a row, trimmed; null when not given. */
  private static String room(String text, String where) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String room = text.strip().replaceAll("\\s+", " ");
    if (room.length() > Workshop.ROOM_LIMIT || room.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          WORKSHOPS,
          where
              + "la salle tient en "
              + Workshop.ROOM_LIMIT
              + " caractères au plus, sans caractère de contrôle.");
    }
    return room;
  }

  private static Set<Integer> slots(String text, int slotCount, String where) {
    Set<Integer> slots = new TreeSet<>();
    if (text == null) {
      return slots;
    }
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        int slot = Integer.parseInt(part);
        if (slot < 1 || slot > slotCount) {
          throw new NumberFormatException();
        }
        slots.add(slot);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            WORKSHOPS,
            where + "« " + part + " » n'est pas un créneau de la journée (1 à " + slotCount + ").");
      }
    }
    return slots;
  }
}
