package fr.reseau.ecoles.workshop.planning;

/**
 * One run of a workshop in one time slot. Several workshops can run in parallel in a slot; a
 * workshop can be repeated in several slots (one session each, same workshop id, same concern).
 *
 * @param id unique session id
 * @param workshopId the workshop it runs
 * @param concern the concern the workshop answers
 * @param animator the animating teacher (from another school); may be {@code null}; never two
 *     sessions of one animator in the same slot
 * @param slot time slot, 1 to {@link PathRequest#slotCount()}
 * @param capacity at most this many teachers (the sizes of the groups attending add up)
 */
public record WorkshopSession(
    String id, String workshopId, String concern, String animator, int slot, int capacity) {}
