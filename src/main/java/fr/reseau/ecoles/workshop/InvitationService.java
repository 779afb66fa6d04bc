package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.calendar.EngineClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each teacher receives (Task_SendInvitations, Task_KeepLogbook): their group and, slot by
 * slot, what they attend, in French.
 */
@Service
@Transactional
public class InvitationService {

  private final WorkshopDayService days;
  private final WorkshopRepository workshops;
  private final DayGroupRepository groups;
  private final ParticipantRepository participants;
  private final ApplicationEventPublisher events;

  public InvitationService(
      WorkshopDayService days,
      WorkshopRepository workshops,
      DayGroupRepository groups,
      ParticipantRepository participants,
      ApplicationEventPublisher events) {
    this.events = events;
    this.days = days;
    this.workshops = workshops;
    this.groups = groups;
    this.participants = participants;
  }

  /** Task_SendInvitations: each teacher's group and path, stored with the date they were sent. */
  public int sendInvitations(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    int sent = 0;
    for (Participant p : participants.findByWorkshopDayIdOrderById(workshopDayId)) {
      p.invited(invitation(day, p), EngineClock.now());
      sent++;
    }
    day.invitationsSent();
    events.publishEvent(new WorkshopInvitationsSent(workshopDayId));
    return sent;
  }

  /** A teacher's day, in French (markdown): their group, then what they attend in each slot. */
  @Transactional(readOnly = true)
  public String invitation(WorkshopDay day, Participant participant) {
    if (participant.getGroupCode() == null) {
      return "Vous n'êtes dans aucun groupe : aucune des préoccupations que vous avez citées n'a été retenue. "
          + "L'équipe projet vous proposera de rejoindre un atelier.";
    }
    DayGroup group =
        groups.findByWorkshopDayIdOrderById(day.getId()).stream()
            .filter(g -> g.getCode().equals(participant.getGroupCode()))
            .findFirst()
            .orElseThrow();
    Map<String, Workshop> byCode =
        workshops.findByWorkshopDayIdOrderById(day.getId()).stream()
            .collect(Collectors.toMap(Workshop::getCode, w -> w));
    Map<Integer, String> steps = group.steps();
    String[] times = day.getSlotTimes() == null ? new String[0] : day.getSlotTimes().split(";");
    StringBuilder text =
        new StringBuilder(
            "**"
                + day.getTitle()
                + "**, le "
                + day.getDayDate()
                    .format(
                        java.time.format.DateTimeFormatter.ofPattern(
                            "EEEE d MMMM yyyy", java.util.Locale.FRENCH))
                + ".\n\n");
    text.append("Votre groupe : **")
        .append(group.getCode())
        .append("** (préoccupation « ")
        .append(group.getConcern())
        .append(" », ")
        .append(DayPlanningService.members(group).size())
        .append(" enseignants).\n");
    for (int slot = 1; slot <= day.getSlotCount(); slot++) {
      String time = slot <= times.length ? " (" + times[slot - 1].strip() + ")" : "";
      text.append("\n- Créneau ").append(slot).append(time).append(" : ");
      Workshop workshop;
      if (day.getFreeChoiceSlot() != null && slot == day.getFreeChoiceSlot()) {
        workshop =
            participant.getFreeChoiceWorkshopCode() == null
                ? null
                : byCode.get(participant.getFreeChoiceWorkshopCode());
        text.append("atelier libre, ")
            .append(
                workshop == null ? "à choisir sur place" : "votre choix : " + describe(workshop));
      } else {
        workshop = steps.containsKey(slot) ? byCode.get(steps.get(slot)) : null;
        text.append(workshop == null ? "pause, échanges libres" : describe(workshop));
      }
    }
    return text.toString();
  }

  private static String describe(Workshop w) {
    return "« "
        + w.getTitle()
        + " » animé par "
        + w.getAnimatorName()
        + " ("
        + WorkshopPlanService.FORMAT_LABELS.get(w.getFormat())
        + ", "
        + w.getDurationMinutes()
        + " min)"
        + (w.getRoom() == null ? "" : ", salle : " + w.getRoom());
  }

  /**
   * The rooms a participant goes to during the day, in the order of their path (the workshop chosen
   * in the free slot included once chosen); empty when no room was given or they are in no group.
   */
  @Transactional(readOnly = true)
  public List<String> roomsOf(WorkshopDay day, Participant participant) {
    if (participant.getGroupCode() == null) {
      return List.of();
    }
    Map<Integer, String> steps =
        groups.findByWorkshopDayIdOrderById(day.getId()).stream()
            .filter(g -> g.getCode().equals(participant.getGroupCode()))
            .findFirst()
            .<Map<Integer, String>>map(DayGroup::steps)
            .orElse(Map.of());
    Map<String, Workshop> byCode =
        workshops.findByWorkshopDayIdOrderById(day.getId()).stream()
            .collect(Collectors.toMap(Workshop::getCode, w -> w));
    List<String> rooms = new ArrayList<>();
    for (int slot = 1; slot <= day.getSlotCount(); slot++) {
      boolean free = day.getFreeChoiceSlot() != null && slot == day.getFreeChoiceSlot();
      String code = free ? participant.getFreeChoiceWorkshopCode() : steps.get(slot);
      Workshop workshop = code == null ? null : byCode.get(code);
      if (workshop != null && workshop.getRoom() != null && !rooms.contains(workshop.getRoom())) {
        rooms.add(workshop.getRoom());
      }
    }
    return rooms;
  }

  /** The invitation of a participant of the day (their group and path); none for an outsider. */
  @Transactional(readOnly = true)
  public String invitationOf(Long workshopDayId, String teacher) {
    return participants
        .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    teacher + " is not a participant of day " + workshopDayId))
        .getInvitation();
  }

  /**
   * The path of a group in French, with the rooms given, e.g. « 1 : A1 (salle B12) · 2 : A3 · 3 :
   * libre ».
   */
  @Transactional(readOnly = true)
  public String pathText(WorkshopDay day, DayGroup group) {
    Map<Integer, String> steps = group.steps();
    Map<String, String> roomOf = new java.util.HashMap<>();
    workshops.findByWorkshopDayIdOrderById(day.getId()).stream()
        .filter(w -> w.getRoom() != null)
        .forEach(w -> roomOf.put(w.getCode(), w.getRoom()));
    List<String> parts = new ArrayList<>();
    for (int slot = 1; slot <= day.getSlotCount(); slot++) {
      boolean free = day.getFreeChoiceSlot() != null && slot == day.getFreeChoiceSlot();
      String code = steps.get(slot);
      String room = code == null || free ? null : roomOf.get(code);
      parts.add(
          slot
              + " : "
              + (free ? "libre" : code == null ? "—" : code)
              + (room == null ? "" : " (salle " + room + ")"));
    }
    return String.join(" · ", parts);
  }
}
