package fr.reseau.ecoles.network;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared list of professional themes: what a documentaliste needs, can show, or wants training
 * in. The codes are part of the forms' contract (checklist values); {@code shortLabel} is used in
 * the pairing reasons.
 */
public enum Theme {
  WELCOME_LAYOUT("welcome-layout", "Accueil et aménagement du CDI", "accueil et aménagement"),
  DOCUMENTARY_POLICY(
      "documentary-policy",
      "Politique documentaire et gestion des collections",
      "politique documentaire"),
  INFO_LITERACY("info-literacy", "Éducation aux médias et à l'information (EMI)", "EMI"),
  TEACHING_COOPERATION(
      "teaching-cooperation", "Travail avec les équipes pédagogiques", "travail avec les équipes"),
  PROJECTS_PARTNERSHIPS(
      "projects-partnerships", "Projets et partenariats", "projets et partenariats"),
  DIGITAL("digital", "Numérique et ressources en ligne", "numérique"),
  READING_CULTURE("reading-culture", "Lecture et ouverture culturelle", "lecture et culture"),
  GUIDANCE("guidance", "Orientation et parcours des élèves", "orientation"),
  MANAGEMENT_BUDGET(
      "management-budget", "Gestion, budget et politique d'acquisition", "gestion et budget"),
  PPCR_PREPARATION(
      "ppcr-preparation", "Préparation du rendez-vous de carrière (PPCR)", "préparation PPCR"),
  // Inter-degree themes (issue 19): primary and secondary schools along the pupil's path.
  SCHOOL_COLLEGE_LINK(
      "school-college-link", "Liaison école-collège (CM2–6e)", "liaison école-collège"),
  LEARNING_CONTINUITY(
      "learning-continuity", "Continuité des apprentissages", "continuité des apprentissages"),
  INCLUSIVE_PATH(
      "inclusive-path", "Parcours inclusif des élèves les plus fragiles", "parcours inclusif");

  private final String code;
  private final String label;
  private final String shortLabel;

  Theme(String code, String label, String shortLabel) {
    this.code = code;
    this.label = label;
    this.shortLabel = shortLabel;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public String shortLabel() {
    return shortLabel;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Theme::code).toList();
  }

  public static Optional<Theme> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  /**
   * The themes named by these codes, most named first (ties in the enum's order), with their
   * counts; unknown codes are ignored. One ranking for the summary and the year's indicators.
   */
  public static List<Map.Entry<Theme, Long>> ranked(Stream<String> codes) {
    Map<Theme, Long> counts = new EnumMap<>(Theme.class);
    codes.forEach(code -> fromCode(code).ifPresent(theme -> counts.merge(theme, 1L, Long::sum)));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<Theme, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }
}
