package fr.reseau.ecoles.workshop.planning;

import java.util.List;
import java.util.Optional;

/**
 * A group's sequence of workshops, by increasing slot. A slot without step is empty: the
 * free-choice slot, or a slot where no session could take the group (then listed in the unmet
 * wishes).
 */
public record GroupPath(String groupId, List<PathStep> steps) {

  public GroupPath {
    steps = List.copyOf(steps);
  }

  public Optional<PathStep> at(int slot) {
    return steps.stream().filter(s -> s.slot() == slot).findFirst();
  }
}
