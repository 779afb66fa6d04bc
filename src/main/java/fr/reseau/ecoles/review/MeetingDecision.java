package fr.reseau.ecoles.review;

import java.util.Arrays;
import java.util.List;

/** What the network meeting decides for the action; the codes are the form's contract. */
public enum MeetingDecision {
  CONTINUE("continue", "Poursuivre l'action telle quelle"),
  ADJUST("adjust", "Poursuivre en ajustant les règles ou le calendrier"),
  STOP("stop", "Arrêter ou suspendre l'action");

  private final String code;
  private final String label;

  MeetingDecision(String code, String label) {
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
    return Arrays.stream(values()).map(MeetingDecision::code).toList();
  }

  public static MeetingDecision of(String code) {
    return Arrays.stream(values())
        .filter(d -> d.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown decision " + code));
  }
}
