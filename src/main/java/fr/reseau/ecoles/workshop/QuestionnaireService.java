package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.QUESTIONNAIRE_CSV;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.NetworkSummaryRepository;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire of a workshop day (temps 1): its import, the concerns it cites and their share,
 * and the needs of the network's summary when the concerns come from there.
 */
@Service
@Transactional
public class QuestionnaireService {

  /**
   * A pasted questionnaire must fit the engine's 4000-character String column (about 35 teachers);
   * larger files go through the API.
   */
  public static final int PASTE_MAX = 3900;

  /** The concerns are chosen among the answers of at least that many teachers. */
  static final int MIN_ANSWERS = 2;

  private final WorkshopDayService days;
  private final QuestionnaireAnswerRepository answers;
  private final MemberRepository members;
  private final NetworkAccounts accounts;
  private final NetworkSummaryRepository summaries;
  private final ObjectMapper json;
  private final IdentityService identity;
  private final SystemAccess system;
  private final NetworkDirectory directory;

  public QuestionnaireService(
      WorkshopDayService days,
      QuestionnaireAnswerRepository answers,
      MemberRepository members,
      NetworkAccounts accounts,
      NetworkSummaryRepository summaries,
      ObjectMapper json,
      IdentityService identity,
      SystemAccess system,
      NetworkDirectory directory) {
    this.days = days;
    this.answers = answers;
    this.members = members;
    this.accounts = accounts;
    this.summaries = summaries;
    this.json = json;
    this.identity = identity;
    this.system = system;
    this.directory = directory;
  }

  /**
   * Task_ImportQuestionnaire: a pasted text longer than {@link #PASTE_MAX} is refused before it is
   * read (the engine could not keep it).
   */
  public static void checkPasteLength(Object pasted) {
    if (pasted instanceof String text && text.length() > PASTE_MAX) {
      throw new InvalidInputException(
          QUESTIONNAIRE_CSV,
          "le texte collé dépasse "
              + PASTE_MAX
              + " caractères ("
              + text.length()
              + ") : envoyez ce fichier par l'adresse d'import indiquée dans la tâche, puis validez sans rien coller.");
    }
  }

  /**
   * Task_ImportQuestionnaire: the pasted CSV, if any, replaces the answers; the concerns are chosen
   * among the answers of at least two teachers.
   */
  public void importPasted(Long workshopDayId, String csv) {
    if (csv != null) {
      importQuestionnaire(workshopDayId, csv);
    }
    if (days.answers(workshopDayId).size() < MIN_ANSWERS) {
      throw new InvalidInputException(
          QUESTIONNAIRE_CSV,
          "il faut les réponses d'au moins deux enseignants : collez le fichier CSV du questionnaire.");
    }
  }

  /** What is imported so far, for the import form (markdown, in French). */
  @Transactional(readOnly = true)
  public String importStatus(Long workshopDayId) {
    int count = days.answers(workshopDayId).size();
    return count == 0
        ? "**Aucune réponse importée pour l'instant.**"
        : "**" + count + " réponses déjà importées.** Un nouveau fichier les remplace.";
  }

  /** What an import did, for the form and the REST answer. */
  public record ImportReport(
      int answers, List<String> createdAccounts, List<ConcernShare> concerns) {}

  /**
   * Replaces the day's answers with those of the file. Unknown teachers become members of the
   * network (role {@code enseignant}, no password); a user of another network is refused. The same
   * concern written with other capitals is counted once, under its first spelling.
   */
  public ImportReport importQuestionnaire(Long workshopDayId, String csv) {
    WorkshopDay day = days.require(workshopDayId);
    if (day.getChosenConcerns() != null) {
      throw new InvalidInputException(
          QUESTIONNAIRE_CSV,
          "les préoccupations de la journée sont déjà choisies : le questionnaire ne peut plus être remplacé.");
    }
    List<QuestionnaireCsv.Row> rows;
    try {
      rows = QuestionnaireCsv.parse(csv);
    } catch (QuestionnaireCsv.RejectedException e) {
      throw new InvalidInputException(QUESTIONNAIRE_CSV, String.join(" ", e.errors()));
    }
    Map<String, Member> known =
        members.findAllById(rows.stream().map(QuestionnaireCsv.Row::teacherId).toList()).stream()
            .collect(Collectors.toMap(Member::getUserId, m -> m));
    List<String> refused = new ArrayList<>();
    for (QuestionnaireCsv.Row row : rows) {
      Member member = known.get(row.teacherId());
      if (member != null && !directory.isMemberOf(member.getUserId(), day.getNetworkId())) {
        refused.add(
            "Ligne " + row.line() + " : « " + row.teacherId() + " » appartient à un autre réseau.");
      } else if (member == null
          && system.call(() -> identity.createUserQuery().userId(row.teacherId()).count() > 0)) {
        // An account outside the directory (the administrator's, another application's) is never
        // taken over.
        refused.add(
            "Ligne "
                + row.line()
                + " : l'identifiant « "
                + row.teacherId()
                + " » est déjà un compte de l'application hors de l'annuaire du réseau ; choisissez-en un autre.");
      } else if (member == null) {
        members
            .findFirstByUserIdIgnoreCase(row.teacherId())
            .ifPresent(
                other ->
                    refused.add(
                        "Ligne "
                            + row.line()
                            + " : « "
                            + row.teacherId()
                            + " » ressemble à l'identifiant existant « "
                            + other.getUserId()
                            + " » ; écrivez-le à l'identique."));
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidInputException(QUESTIONNAIRE_CSV, String.join(" ", refused));
    }
    List<String> created = new ArrayList<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    answers.deleteByWorkshopDayId(workshopDayId);
    answers.flush();
    List<QuestionnaireAnswer> stored = new ArrayList<>();
    for (QuestionnaireCsv.Row row : rows) {
      if (!known.containsKey(row.teacherId())) {
        Member member =
            members.save(
                new Member(
                    row.teacherId(),
                    row.firstName(),
                    row.lastName(),
                    row.teacherId().contains("@") ? row.teacherId() : null,
                    MemberRole.TEACHER,
                    null,
                    day.getNetworkId()));
        accounts.ensureAccount(member, null);
        created.add(row.teacherId());
      }
      List<String> concerns =
          row.rankedConcerns().stream()
              .map(c -> spelling.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> c))
              .distinct()
              .toList();
      stored.add(
          new QuestionnaireAnswer(
              workshopDayId,
              row.teacherId(),
              row.displayName(),
              row.discipline(),
              String.join(WorkshopDayService.SEPARATOR, concerns),
              row.digitalEase(),
              row.seniorityYears(),
              row.catalyst()));
    }
    answers.saveAll(stored);
    return new ImportReport(stored.size(), created, consolidate(stored));
  }

  @Transactional(readOnly = true)
  public List<ConcernShare> consolidate(Long workshopDayId) {
    List<ConcernShare> shares = consolidate(days.answers(workshopDayId));
    WorkshopDay day = days.require(workshopDayId);
    if (day.getProposedConcerns() == null || day.getProposedConcerns().isBlank()) {
      return shares;
    }
    // A day started from the network summary: its grouped needs are concerns of the day too,
    // after those the teachers cite (a need cited by teachers keeps their spelling and counts).
    List<ConcernShare> result = new ArrayList<>(shares);
    Set<String> cited =
        shares.stream()
            .map(s -> s.concern().toLowerCase(java.util.Locale.FRENCH))
            .collect(java.util.stream.Collectors.toSet());
    for (String proposed : day.getProposedConcerns().split("\\" + WorkshopDayService.SEPARATOR)) {
      if (!proposed.isBlank() && cited.add(proposed.toLowerCase(java.util.Locale.FRENCH))) {
        result.add(new ConcernShare(proposed, 0, 0, 0));
      }
    }
    return result;
  }

  private static List<ConcernShare> consolidate(List<QuestionnaireAnswer> answers) {
    return ConcernConsolidation.consolidate(answers.stream().map(a -> rankedConcerns(a)).toList());
  }

  static List<String> rankedConcerns(QuestionnaireAnswer answer) {
    return Arrays.stream(answer.getRankedConcerns().split("\\" + WorkshopDayService.SEPARATOR))
        .filter(s -> !s.isBlank())
        .toList();
  }

  /**
   * The network's needs to show beside the questionnaire's concerns: only when the team chose the
   * network summary as the source of the day's concerns.
   */
  @Transactional(readOnly = true)
  public List<SummaryContent.ThemeCount> needsToShow(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    if (!"networkSummary".equals(day.getConcernSource())) {
      return List.of();
    }
    return day.getSummarySchoolYear() == null
        ? networkNeeds(day.getNetworkId())
        : summaries
            .findByNetworkIdAndSchoolYear(day.getNetworkId(), day.getSummarySchoolYear())
            .map(s -> readSummary(s).trainingNeeds())
            .orElse(List.of());
  }

  /** The training needs of the network's latest published summary, most cited first. */
  @Transactional(readOnly = true)
  public List<SummaryContent.ThemeCount> networkNeeds(String networkId) {
    return summaries
        .findFirstByNetworkIdAndPublishedTrueOrderBySchoolYearDesc(networkId)
        .map(s -> readSummary(s).trainingNeeds())
        .orElse(List.of());
  }

  private SummaryContent readSummary(NetworkSummary summary) {
    try {
      return json.readValue(summary.getContentJson(), SummaryContent.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Unreadable summary " + summary.getId(), e);
    }
  }
}
