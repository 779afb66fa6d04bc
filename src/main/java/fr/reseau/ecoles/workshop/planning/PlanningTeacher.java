package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * A teacher of the school taking part in a workshop day.
 *
 * @param id stable identifier (unique in a request)
 * @param displayName name used in the French messages
 * @param discipline taught discipline (compared ignoring case and surrounding spaces)
 * @param rankedConcerns teaching concerns, most important first (may be empty: the teacher is then
 *     reported)
 * @param digitalEase ease with digital tools, 1 (low) to 4 (high)
 * @param seniorityYears years of teaching, 0 or more
 * @param catalyst whether the project team sees this teacher as a "catalyst" able to drive a group
 */
public record PlanningTeacher(
    String id,
    String displayName,
    String discipline,
    List<String> rankedConcerns,
    int digitalEase,
    int seniorityYears,
    boolean catalyst) {

  public PlanningTeacher {
    rankedConcerns =
        rankedConcerns == null
            ? null
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rankedConcerns));
  }

  /**
   * Seniority bands used for diversity: 0 = under 5 years, 1 = 5–14, 2 = 15–24, 3 = 25 and more.
   */
  public int seniorityBand() {
    if (seniorityYears < 5) return 0;
    if (seniorityYears < 15) return 1;
    if (seniorityYears < 25) return 2;
    return 3;
  }

  String disciplineKey() {
    return discipline.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
