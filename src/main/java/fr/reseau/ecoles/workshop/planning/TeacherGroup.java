package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * A group of teachers sharing a concern.
 *
 * @param id "G1", "G2", … (numbered by concern order, then by first member)
 * @param concern the shared concern (one of the chosen concerns, and one of every member's
 *     concerns)
 * @param teacherIds members, in the order of the request
 * @param catalystId the member acting as catalyst, or {@code null} when the group has none
 */
public record TeacherGroup(String id, String concern, List<String> teacherIds, String catalystId) {

  public TeacherGroup {
    teacherIds =
        teacherIds == null
            ? null
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(teacherIds));
  }

  public int size() {
    return teacherIds.size();
  }
}
