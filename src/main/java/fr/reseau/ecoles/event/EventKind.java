package fr.reseau.ecoles.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of network events; the codes are the start form's values. */
public enum EventKind {
  NETWORK_DAY("networkDay", "journée réseau"),
  THEMATIC_HALF_DAY("thematicHalfDay", "demi-journée thématique"),
  ACADEMIC_EVENT("academicEvent", "évènement académique"),
  TRAINING("training", "formation");

  private final String code;
  private final String label;

  EventKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(EventKind::code).toList();
  }

  public static Optional<EventKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
