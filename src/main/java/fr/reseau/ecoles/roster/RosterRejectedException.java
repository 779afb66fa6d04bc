package fr.reseau.ecoles.roster;

import java.util.Comparator;
import java.util.List;

/** A roster refused for the user's mistakes, every one listed, by line; nothing was imported. */
public class RosterRejectedException extends RuntimeException {

  private final transient List<RosterError> errors;

  public RosterRejectedException(List<RosterError> errors) {
    super(errors.size() + " error(s) in the roster");
    this.errors =
        errors.stream()
            .sorted(
                Comparator.comparing(
                    RosterError::line, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
  }

  public List<RosterError> getErrors() {
    return errors;
  }
}
