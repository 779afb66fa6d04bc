package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * Input of {@link PathPlanner#plan(PathRequest)}.
 *
 * @param groups the groups (typically from {@link GroupFormer})
 * @param sessions the workshop sessions of the day
 * @param slotCount number of time slots, numbered 1 to slotCount
 * @param freeChoiceSlot the slot left to the teachers' own choice (empty in every path), or {@code
 *     null}
 */
public record PathRequest(
    List<TeacherGroup> groups,
    List<WorkshopSession> sessions,
    int slotCount,
    Integer freeChoiceSlot) {}
