package fr.reseau.ecoles.academic;

import static fr.reseau.ecoles.academic.ProductionPublicationVariables.LICENCE;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.PEER_COMMENT;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.RESOURCES;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.REVIEWER;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.SOURCE_LINK;
import static fr.reseau.ecoles.academic.ProductionPublicationVariables.VALIDATION_COMMENT;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a production's life (process {@code production-publication}): who may review it,
 * what a requested change needs, when it is published; the référent's progress reports.
 */
@Service
@Transactional
public class ProductionService {

  public static final Set<String> PEER_DECISIONS = Set.of("approve", "changes");
  public static final Set<String> VALIDATION_DECISIONS = Set.of("publish", "changes");
  public static final Set<String> LICENCES =
      Set.of(Production.DEFAULT_LICENCE, "CC BY 4.0", "CC BY-NC-SA 4.0");

  /** An absolute http(s) address, or a path of this application ({@code /api/…}). */
  static final Pattern LINK = Pattern.compile("(https?://[^\\s]+|/[^\\s/][^\\s]*)");

  /** A resource line: {@code titre | https://…}. */
  static final Pattern RESOURCE = Pattern.compile("[^|]+\\|\\s*https?://[^\\s]+");

  private final ProductionRepository productions;
  private final ProgressReportRepository reports;
  private final AcademicGroupRepository groups;
  private final ProductionMessages messages;

  public ProductionService(
      ProductionRepository productions,
      ProgressReportRepository reports,
      AcademicGroupRepository groups,
      ProductionMessages messages) {
    this.productions = productions;
    this.reports = reports;
    this.groups = groups;
    this.messages = messages;
  }

  /** The scenario as the draft form gives it. */
  public record Draft(
      String title,
      String summary,
      String discipline,
      String level,
      String themes,
      String duration,
      String digitalTools,
      String steps,
      String resources,
      String authors,
      String licence) {}

  public Production require(Long productionId) {
    return productions
        .findById(productionId)
        .orElseThrow(() -> new IllegalStateException("Unknown production " + productionId));
  }

  /** A link given as a starting point, checked: {@code null} when blank. */
  public static String checkedLink(String field, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String text = link.strip();
    if (text.length() > 500 || !LINK.matcher(text).matches()) {
      throw new InvalidInputException(
          field,
          "un lien est attendu : une adresse https://… ou un chemin de l'application (/…), 500"
              + " caractères au plus.");
    }
    return text;
  }

  public Production open(
      AcademicGroup group,
      String title,
      String summary,
      String sourceLink,
      String processInstanceId) {
    Production production =
        new Production(group.getId(), group.getAcademie(), title, EngineClock.now());
    production.describe(
        title,
        summary,
        null,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        EngineClock.now());
    production.linkSource(checkedLink(SOURCE_LINK, sourceLink));
    production.attachProcess(processInstanceId);
    return productions.save(production);
  }

  /**
   * The draft is stored and goes to peer review by {@code reviewer}, another teacher of the group
   * than {@code submitter} (null when the application itself submits).
   */
  public Production drafted(Long productionId, Draft draft, String reviewer, String submitter) {
    Production production = require(productionId);
    AcademicGroup group = groups.findById(production.getGroupId()).orElseThrow();
    if (!group.hasMember(reviewer)) {
      throw new InvalidInputException(REVIEWER, "le relecteur doit être membre du groupe.");
    }
    if (reviewer.equals(submitter)) {
      throw new InvalidInputException(
          REVIEWER, "un autre membre du groupe que vous relit le scénario.");
    }
    if (!LICENCES.contains(draft.licence())) {
      throw new InvalidInputException(
          LICENCE, "valeur inconnue. Valeurs possibles : " + String.join(", ", LICENCES) + ".");
    }
    List<String> resources = lines(draft.resources());
    for (String resource : resources) {
      if (!RESOURCE.matcher(resource).matches()) {
        throw new InvalidInputException(
            RESOURCES, "« " + resource + " » : une ligne par ressource, « titre | https://… ».");
      }
    }
    production.describe(
        draft.title(),
        draft.summary(),
        draft.discipline(),
        draft.level(),
        lines(draft.themes()),
        draft.duration(),
        lines(draft.digitalTools()),
        lines(draft.steps()),
        resources,
        lines(draft.authors()),
        draft.licence(),
        EngineClock.now());
    production.moveTo(ProductionStatus.IN_PEER_REVIEW, EngineClock.now());
    return production;
  }

  /** The reviewer's answer; asking for changes needs a comment. */
  public void peerAnswered(Long productionId, String decision, String comment) {
    Production production = require(productionId);
    requireCommentForChanges(PEER_COMMENT, decision, comment);
    production.moveTo(
        decision.equals("changes")
            ? ProductionStatus.CHANGES_REQUESTED
            : ProductionStatus.IN_VALIDATION,
        EngineClock.now());
  }

  /** The IA-IPR's answer; asking for changes needs a comment. */
  public void validationAnswered(Long productionId, String decision, String comment) {
    Production production = require(productionId);
    requireCommentForChanges(VALIDATION_COMMENT, decision, comment);
    if (decision.equals("changes")) {
      production.moveTo(ProductionStatus.CHANGES_REQUESTED, EngineClock.now());
    }
  }

  public Production publish(Long productionId) {
    Production production = require(productionId);
    production.moveTo(ProductionStatus.PUBLISHED, EngineClock.now());
    return production;
  }

  /** The report is stored and the IA-IPR and the group are told, in the same transaction. */
  public ProgressReport reportProgress(Long productionId, String referent, String progress) {
    ProgressReport report =
        reports.save(new ProgressReport(productionId, referent, EngineClock.now(), progress));
    messages.progressReported(require(productionId), report);
    return report;
  }

  @Transactional(readOnly = true)
  public List<ProgressReport> reports(Long productionId) {
    return reports.findByProductionIdOrderByReportedAt(productionId);
  }

  @Transactional(readOnly = true)
  public List<Production> ofGroup(String groupId) {
    return productions.findByGroupIdOrderByUpdatedAtDesc(groupId);
  }

  private static void requireCommentForChanges(String field, String decision, String comment) {
    if (decision.equals("changes") && (comment == null || comment.isBlank())) {
      throw new InvalidInputException(field, "dites au groupe ce qu'il faut modifier.");
    }
  }

  static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
