package fr.reseau.ecoles.academic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the forms of a production show: the scenario in a few lines, every académie's progress. */
@Service
@Transactional(readOnly = true)
public class ProductionForms {

  private final ProductionRepository productions;
  private final AcademicGroupService groups;
  private final AcademicAccounts accounts;

  public ProductionForms(
      ProductionRepository productions, AcademicGroupService groups, AcademicAccounts accounts) {
    this.productions = productions;
    this.groups = groups;
    this.accounts = accounts;
  }

  /** One choice of a form-js list. */
  public record Choice(String label, String value) {}

  /** The group's teachers, as choices for the reviewer. */
  public List<Choice> memberOptions(AcademicGroup group) {
    return groups.memberNames(group).entrySet().stream()
        .map(e -> new Choice(e.getValue(), e.getKey()))
        .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
        .toList();
  }

  public static String groupName(AcademicGroup group) {
    return group.getAcademie() + " — " + group.getName();
  }

  public static String statusLabel(ProductionStatus status) {
    return switch (status) {
      case DRAFT -> "en rédaction";
      case IN_PEER_REVIEW -> "en relecture";
      case IN_VALIDATION -> "en validation par l'IA-IPR";
      case CHANGES_REQUESTED -> "modifications demandées";
      case PUBLISHED -> "publiée";
      case WITHDRAWN -> "retirée";
    };
  }

  /** The production in a few lines of markdown. */
  public String summary(Production p) {
    StringBuilder text = new StringBuilder();
    text.append("## ").append(p.getTitle()).append("\n\n");
    line(text, "Statut", statusLabel(p.getStatus()));
    line(text, "Résumé", p.getSummary());
    line(text, "Discipline", p.getDiscipline());
    line(text, "Niveau", p.getLevel());
    line(text, "Thèmes", String.join(", ", p.getThemes()));
    line(text, "Durée", p.getDuration());
    line(text, "Outils numériques", String.join(", ", p.getDigitalTools()));
    if (!p.getSteps().isEmpty()) {
      text.append("**Étapes :**\n\n");
      for (int i = 0; i < p.getSteps().size(); i++) {
        text.append(i + 1).append(". ").append(p.getSteps().get(i)).append("\n");
      }
      text.append("\n");
    }
    line(text, "Ressources", String.join(" ; ", p.getResources()));
    line(text, "Auteurs", String.join(", ", p.getAuthors()));
    line(text, "Licence", p.getLicence());
    line(text, "Point de départ", p.getSourceLink());
    return text.toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append("**").append(label).append(" :** ").append(value).append("\n\n");
    }
  }

  /**
   * Every académie's productions by status (markdown table): what the national group and the
   * référents see. Titles and statuses only, nothing of the drafts' content.
   */
  public String nationalOverview() {
    List<Production> all =
        productions.findAll().stream()
            .sorted(
                Comparator.comparing(Production::getAcademie)
                    .thenComparing(Production::getStatus)
                    .thenComparing(Production::getTitle))
            .toList();
    if (all.isEmpty()) {
      return "Aucune production pour l'instant.";
    }
    Map<String, Long> counts =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    Production::getAcademie, TreeMap::new, Collectors.counting()));
    StringBuilder table = new StringBuilder("| Académie | Production | Statut |\n|---|---|---|\n");
    for (Production p : all) {
      table
          .append("| ")
          .append(p.getAcademie())
          .append(" (")
          .append(counts.get(p.getAcademie()))
          .append(") | ")
          .append(p.getTitle().replace("|", "/"))
          .append(" | ")
          .append(statusLabel(p.getStatus()))
          .append(" |\n");
    }
    return table.toString();
  }

  public String name(String userId) {
    return accounts.name(userId);
  }
}
