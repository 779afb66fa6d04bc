package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkAccounts;
import fr.reseau.ecoles.summary.NetworkSummary;
import fr.reseau.ecoles.summary.NetworkSummaryRepository;
import fr.reseau.ecoles.summary.SummaryContent;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop day from its opening to the validation of its concerns (temps 1): the questionnaire,
 * its consolidation, the concerns chosen by the project team and the sample's votes.
 */
@Service
@Transactional
public class WorkshopDayService {

  public static final Set<String> CONCERN_SOURCES = Set.of("questionnaire", "networkSummary");
  static final String SEPARATOR = "|";

  private final WorkshopDayRepository days;
  private final QuestionnaireAnswerRepository answers;
  private final ConcernVoteRepository votes;
  private final MemberRepository members;
  private final NetworkAccounts accounts;
  private final NetworkSummaryRepository summaries;
  private final com.fasterxml.jackson.databind.ObjectMapper json;
  private final org.camunda.bpm.engine.IdentityService identity;
  private final fr.reseau.ecoles.access.SystemAccess system;

  public WorkshopDayService(
      WorkshopDayRepository days,
      QuestionnaireAnswerRepository answers,
      ConcernVoteRepository votes,
      MemberRepository members,
      NetworkAccounts accounts,
      NetworkSummaryRepository summaries,
      com.fasterxml.jackson.databind.ObjectMapper json,
      org.camunda.bpm.engine.IdentityService identity,
      fr.reseau.ecoles.access.SystemAccess system) {
    this.days = days;
    this.answers = answers;
    this.votes = votes;
    this.members = members;
    this.accounts = accounts;
    this.summaries = summaries;
    this.json = json;
    this.identity = identity;
    this.system = system;
  }

  public WorkshopDay open(
      String networkId,
      String title,
      String establishments,
      LocalDate dayDate,
      String concernSource,
      String startedBy,
      String processInstanceId) {
    if (dayDate.isBefore(EngineClock.today())) {
      throw new InvalidInputException(
          "dayDate", "la date de la journée (" + dayDate + ") est déjà passée.");
    }
    WorkshopDay day = new WorkshopDay();
    day.setNetworkId(networkId);
    day.setTitle(title);
    day.setEstablishments(establishments);
    day.setDayDate(dayDate);
    day.setSchoolYear(schoolYear(dayDate));
    day.setConcernSource(concernSource);
    day.setStatus(WorkshopDayStatus.PREPARING);
    day.setStartedBy(startedBy);
    day.setProcessInstanceId(processInstanceId);
    day.setCreatedAt(EngineClock.now());
    return days.save(day);
  }

  /** "2026-2027" for a day from September 2026 to August 2027. */
  static String schoolYear(LocalDate date) {
    int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    return start + "-" + (start + 1);
  }

  /** The first logbook of the day marks it held (an atomic update: many teachers write at once). */
  @Transactional
  public void markHeld(Long id) {
    require(id);
    days.markHeld(id);
  }

  @Transactional(readOnly = true)
  public WorkshopDay require(Long id) {
    return days.findById(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "workshopDayId", "journée d'ateliers inconnue : " + id + "."));
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
    WorkshopDay day = require(workshopDayId);
    if (day.getChosenConcerns() != null) {
      throw new InvalidInputException(
          "questionnaireCsv",
          "les préoccupations de la journée sont déjà choisies : le questionnaire ne peut plus être remplacé.");
    }
    List<QuestionnaireCsv.Row> rows;
    try {
      rows = QuestionnaireCsv.parse(csv);
    } catch (QuestionnaireCsv.RejectedException e) {
      throw new InvalidInputException("questionnaireCsv", String.join(" ", e.errors()));
    }
    Map<String, Member> known =
        members.findAllById(rows.stream().map(QuestionnaireCsv.Row::teacherId).toList()).stream()
            .collect(Collectors.toMap(Member::getUserId, m -> m));
    List<String> refused = new ArrayList<>();
    for (QuestionnaireCsv.Row row : rows) {
      Member member = known.get(row.teacherId());
      if (member != null && !member.getNetworkId().equals(day.getNetworkId())) {
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
      throw new InvalidInputException("questionnaireCsv", String.join(" ", refused));
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
      QuestionnaireAnswer answer = new QuestionnaireAnswer();
      answer.setWorkshopDayId(workshopDayId);
      answer.setTeacherUserId(row.teacherId());
      answer.setDisplayName(row.displayName());
      answer.setDiscipline(row.discipline());
      answer.setRankedConcerns(String.join(SEPARATOR, concerns));
      answer.setDigitalEase(row.digitalEase());
      answer.setSeniorityYears(row.seniorityYears());
      answer.setCatalyst(row.catalyst());
      stored.add(answer);
    }
    answers.saveAll(stored);
    return new ImportReport(stored.size(), created, consolidate(stored));
  }

  @Transactional(readOnly = true)
  public List<QuestionnaireAnswer> answers(Long workshopDayId) {
    return answers.findByWorkshopDayIdOrderById(workshopDayId);
  }

  @Transactional(readOnly = true)
  public List<ConcernShare> consolidate(Long workshopDayId) {
    return consolidate(answers(workshopDayId));
  }

  private static List<ConcernShare> consolidate(List<QuestionnaireAnswer> answers) {
    return ConcernConsolidation.consolidate(answers.stream().map(a -> rankedConcerns(a)).toList());
  }

  static List<String> rankedConcerns(QuestionnaireAnswer answer) {
    return Arrays.stream(answer.getRankedConcerns().split("\\" + SEPARATOR))
        .filter(s -> !s.isBlank())
        .toList();
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

  /**
   * Task_ChooseConcerns: 3 or 4 concerns cited in the questionnaire, and a sample of respondents.
   */
  public void chooseConcerns(Long workshopDayId, List<String> chosen, Collection<String> sample) {
    WorkshopDay day = require(workshopDayId);
    Set<String> cited =
        consolidate(workshopDayId).stream().map(ConcernShare::concern).collect(Collectors.toSet());
    Set<String> concerns = new LinkedHashSet<>(chosen);
    if (concerns.size() < 3 || concerns.size() > 4) {
      throw new InvalidInputException(
          "chosenConcerns",
          "il faut retenir 3 ou 4 préoccupations (reçu : " + concerns.size() + ").");
    }
    for (String concern : concerns) {
      if (!cited.contains(concern)) {
        throw new InvalidInputException(
            "chosenConcerns",
            "« " + concern + " » n'est citée par aucun enseignant du questionnaire.");
      }
    }
    Set<String> respondents =
        answers(workshopDayId).stream()
            .map(QuestionnaireAnswer::getTeacherUserId)
            .collect(Collectors.toSet());
    if (sample.isEmpty()) {
      throw new InvalidInputException(
          "validationSample", "choisissez au moins un enseignant pour valider les préoccupations.");
    }
    for (String teacher : sample) {
      if (!respondents.contains(teacher)) {
        throw new InvalidInputException(
            "validationSample",
            "« " + teacher + " » n'a pas répondu au questionnaire de cette journée.");
      }
    }
    day.setChosenConcerns(String.join(SEPARATOR, concerns));
    day.setValidationRound(day.getValidationRound() + 1);
  }

  public static List<String> chosenConcerns(WorkshopDay day) {
    return day.getChosenConcerns() == null
        ? List.of()
        : Arrays.stream(day.getChosenConcerns().split("\\" + SEPARATOR)).toList();
  }

  /** Task_BriefParticipants. */
  public void recordParticipantsBriefing(
      Long workshopDayId, LocalDate on, String topics, String notes) {
    require(workshopDayId).participantsBriefed(on, topics, notes);
  }

  /**
   * Task_ValidateConcerns: one vote per sampled teacher and round; a second answer replaces the
   * first.
   */
  public void recordVote(Long workshopDayId, String teacher, boolean agreed, String comment) {
    WorkshopDay day = require(workshopDayId);
    ConcernVote vote =
        votes
            .findByWorkshopDayIdAndVoteRoundAndTeacherUserId(
                workshopDayId, day.getValidationRound(), teacher)
            .orElseGet(ConcernVote::new);
    vote.setWorkshopDayId(workshopDayId);
    vote.setVoteRound(day.getValidationRound());
    vote.setTeacherUserId(teacher);
    vote.setAgreed(agreed);
    vote.setComment(comment);
    vote.setAnsweredAt(EngineClock.now());
    votes.save(vote);
  }

  /** The outcome of a round of validation. */
  public record ValidationOutcome(
      boolean approved, int agree, int disagree, int silent, List<String> comments) {

    /** For the project team, in French (shown when the concerns come back to them). */
    public String summary() {
      StringBuilder text =
          new StringBuilder(
              "**Avis de l'échantillon** : "
                  + agree
                  + " pour, "
                  + disagree
                  + " contre, "
                  + silent
                  + " sans réponse. ");
      text.append(
          approved
              ? "Les préoccupations sont validées."
              : "Les préoccupations ne sont pas validées : choisissez-les à nouveau.");
      for (String comment : comments) {
        text.append("\n\n> ").append(comment.replace("\n", " "));
      }
      return text.toString();
    }
  }

  /** Kept when more than half of the answers agree, with at least one answer. */
  @Transactional(readOnly = true)
  public ValidationOutcome countVotes(Long workshopDayId, int sampleSize) {
    WorkshopDay day = require(workshopDayId);
    List<ConcernVote> round =
        votes.findByWorkshopDayIdAndVoteRound(workshopDayId, day.getValidationRound());
    int agree = (int) round.stream().filter(ConcernVote::isAgreed).count();
    int disagree = round.size() - agree;
    List<String> comments =
        round.stream().map(ConcernVote::getComment).filter(c -> c != null && !c.isBlank()).toList();
    return new ValidationOutcome(
        isApproved(agree, disagree),
        agree,
        disagree,
        Math.max(0, sampleSize - round.size()),
        comments);
  }

  static boolean isApproved(int agree, int disagree) {
    return agree > disagree;
  }
}
