package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free-choice slot of a day: the sessions offered with their places left, and each teacher's
 * choice, first come, first served.
 */
@Service
@Transactional
public class FreeChoiceService {

  private final WorkshopDayService days;
  private final WorkshopRepository workshops;
  private final DayGroupRepository groups;
  private final ParticipantRepository participants;

  public FreeChoiceService(
      WorkshopDayService days,
      WorkshopRepository workshops,
      DayGroupRepository groups,
      ParticipantRepository participants) {
    this.days = days;
    this.workshops = workshops;
    this.groups = groups;
    this.participants = participants;
  }

  /** The sessions offered in the free-choice slot, with the places left. */
  public record FreeOffer(String workshopCode, String label, int placesLeft) {}

  @Transactional(readOnly = true)
  public List<FreeOffer> freeOffers(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    if (day.getFreeChoiceSlot() == null) {
      return List.of();
    }
    Map<String, Long> picks =
        participants.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .filter(p -> p.getFreeChoiceWorkshopCode() != null)
            .collect(
                Collectors.groupingBy(
                    Participant::getFreeChoiceWorkshopCode, Collectors.counting()));
    return workshops.findByWorkshopDayIdOrderById(workshopDayId).stream()
        .filter(w -> runsIn(w, day.getFreeChoiceSlot()))
        .map(
            w ->
                new FreeOffer(
                    w.getCode(),
                    w.getCode()
                        + " – "
                        + w.getTitle()
                        + " ("
                        + w.getAnimatorName()
                        + ", "
                        + WorkshopPlanService.FORMAT_LABELS.get(w.getFormat())
                        + ", "
                        + w.getDurationMinutes()
                        + " min)",
                    w.getCapacity() - picks.getOrDefault(w.getCode(), 0L).intValue()))
        .toList();
  }

  /** The offers a teacher may still take: places left, and not already in the group's path. */
  @Transactional(readOnly = true)
  public List<FreeOffer> freeOffersFor(Long workshopDayId, String teacher) {
    Collection<String> alreadyInPath = pathWorkshops(workshopDayId, teacher);
    return freeOffers(workshopDayId).stream()
        .filter(o -> o.placesLeft() > 0 && !alreadyInPath.contains(o.workshopCode()))
        .toList();
  }

  private static boolean runsIn(Workshop workshop, int slot) {
    return Arrays.stream(workshop.getSlots().split(",\\s*"))
        .anyMatch(s -> s.equals(String.valueOf(slot)));
  }

  /**
   * Task_ChooseFreeWorkshop: first come, first served. The workshop's row is locked while counting,
   * so two teachers completing at the same time on two nodes cannot both take the last place.
   */
  public void chooseFreeWorkshop(Long workshopDayId, String teacher, String workshopCode) {
    WorkshopDay day = days.require(workshopDayId);
    Workshop workshop =
        workshops.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .filter(
                w ->
                    w.getCode().equals(workshopCode)
                        && day.getFreeChoiceSlot() != null
                        && runsIn(w, day.getFreeChoiceSlot()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
                        "choisissez un des ateliers proposés au créneau libre."));
    workshops.findLockedById(workshop.getId());
    Participant participant =
        participants
            .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
                        teacher + " ne participe pas à cette journée."));
    if (pathWorkshops(workshopDayId, teacher).contains(workshopCode)) {
      throw new InvalidInputException(
          WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
          "votre groupe suit déjà l'atelier « "
              + workshop.getTitle()
              + " » dans son parcours : choisissez-en un autre.");
    }
    long taken =
        participants.countByWorkshopDayIdAndFreeChoiceWorkshopCodeAndTeacherUserIdNot(
            workshopDayId, workshopCode, teacher);
    if (taken >= workshop.getCapacity()) {
      throw new InvalidInputException(
          WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
          "l'atelier « "
              + workshop.getTitle()
              + " » est complet ("
              + workshop.getCapacity()
              + " places) : choisissez-en un autre.");
    }
    participant.choseFreeWorkshop(workshopCode);
  }

  /** The workshops the teacher's group attends in its path (none without a group). */
  @Transactional(readOnly = true)
  public Collection<String> pathWorkshops(Long workshopDayId, String teacher) {
    return participants
        .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
        .map(Participant::getGroupCode)
        .flatMap(
            code ->
                groups.findByWorkshopDayIdOrderById(workshopDayId).stream()
                    .filter(g -> g.getCode().equals(code))
                    .findFirst())
        .map(g -> g.steps().values())
        .orElse(List.of());
  }

  /** The placed teachers who have not chosen their free workshop (none without a free slot). */
  @Transactional(readOnly = true)
  public List<String> missingFreeChoices(Long workshopDayId) {
    return days.require(workshopDayId).getFreeChoiceSlot() == null
        ? List.of()
        : participants.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .filter(p -> p.getGroupCode() != null && p.getFreeChoiceWorkshopCode() == null)
            .map(Participant::getDisplayName)
            .toList();
  }
}
