package fr.reseau.ecoles.workshop.planning;

import java.util.List;

/**
 * Input of {@link GroupFormer#form(GroupingRequest)}.
 *
 * @param teachers teachers to place (ids unique)
 * @param chosenConcerns the 3 or 4 concerns chosen for the day (only these count)
 * @param maxGroupSize at most this many teachers per group (2 to 6; {@link #DEFAULT_MAX_GROUP_SIZE}
 *     by default)
 */
public record GroupingRequest(
    List<PlanningTeacher> teachers, List<String> chosenConcerns, int maxGroupSize) {

  public static final int DEFAULT_MAX_GROUP_SIZE = 6;

  public GroupingRequest(List<PlanningTeacher> teachers, List<String> chosenConcerns) {
    this(teachers, chosenConcerns, DEFAULT_MAX_GROUP_SIZE);
  }
}
