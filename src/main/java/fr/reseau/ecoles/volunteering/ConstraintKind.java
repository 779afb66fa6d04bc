package fr.reseau.ecoles.volunteering;

import java.util.Arrays;
import java.util.List;

/** Kinds of constraints a documentaliste can tick, so the network summary can count them. */
public enum ConstraintKind {
  PART_TIME("part-time", "Temps partiel ou service partagé entre établissements"),
  CDI_CLOSED_DAYS("cdi-closed-days", "CDI fermé certains jours"),
  TIMETABLE("timetable", "Emploi du temps chargé (heures d'enseignement, permanences)"),
  TRAVEL("travel", "Déplacements difficiles (distance, pas de véhicule)"),
  NO_REPLACEMENT("no-replacement", "Personne pour ouvrir le CDI en mon absence"),
  OTHER("other", "Autre contrainte");

  private final String code;
  private final String label;

  ConstraintKind(String code, String label) {
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
    return Arrays.stream(values()).map(ConstraintKind::code).toList();
  }
}
