package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CHOSEN_CONCERNS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.VALIDATION_SAMPLE;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The concerns the project team chooses and the votes of the sample that validates them. */
@Service
@Transactional
public class ConcernValidationService {

  private final WorkshopDayService days;
  private final QuestionnaireService questionnaire;
  private final ConcernVoteRepository votes;

  public ConcernValidationService(
      WorkshopDayService days, QuestionnaireService questionnaire, ConcernVoteRepository votes) {
    this.days = days;
    this.questionnaire = questionnaire;
    this.votes = votes;
  }

  /**
   * Task_ChooseConcerns: 3 or 4 concerns cited in the questionnaire, and a sample of respondents.
   */
  public void chooseConcerns(Long workshopDayId, List<String> chosen, Collection<String> sample) {
    WorkshopDay day = days.require(workshopDayId);
    Set<String> cited =
        questionnaire.consolidate(workshopDayId).stream()
            .map(ConcernShare::concern)
            .collect(Collectors.toSet());
    Set<String> concerns = new LinkedHashSet<>(chosen);
    if (concerns.size() < 3 || concerns.size() > 4) {
      throw new InvalidInputException(
          CHOSEN_CONCERNS,
          "il faut retenir 3 ou 4 préoccupations (reçu : " + concerns.size() + ").");
    }
    for (String concern : concerns) {
      if (!cited.contains(concern)) {
        throw new InvalidInputException(
            CHOSEN_CONCERNS,
            "« " + concern + " » n'est citée par aucun enseignant du questionnaire.");
      }
    }
    Set<String> respondents =
        days.answers(workshopDayId).stream()
            .map(QuestionnaireAnswer::getTeacherUserId)
            .collect(Collectors.toSet());
    if (sample.isEmpty()) {
      throw new InvalidInputException(
          VALIDATION_SAMPLE, "choisissez au moins un enseignant pour valider les préoccupations.");
    }
    for (String teacher : sample) {
      if (!respondents.contains(teacher)) {
        throw new InvalidInputException(
            VALIDATION_SAMPLE,
            "« " + teacher + " » n'a pas répondu au questionnaire de cette journée.");
      }
    }
    day.concernsChosen(String.join(WorkshopDayService.SEPARATOR, concerns));
  }

  /**
   * Task_ValidateConcerns: one vote per sampled teacher and round; a second answer replaces the
   * first.
   */
  public void recordVote(Long workshopDayId, String teacher, boolean agreed, String comment) {
    WorkshopDay day = days.require(workshopDayId);
    Optional<ConcernVote> earlier =
        votes.findByWorkshopDayIdAndVoteRoundAndTeacherUserId(
            workshopDayId, day.getValidationRound(), teacher);
    earlier.ifPresent(vote -> vote.answered(agreed, comment, EngineClock.now()));
    votes.save(
        earlier.orElseGet(
            () ->
                new ConcernVote(
                    workshopDayId,
                    day.getValidationRound(),
                    teacher,
                    agreed,
                    comment,
                    EngineClock.now())));
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
    WorkshopDay day = days.require(workshopDayId);
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

  /** The chosen concerns as a numbered list, for the sample's and the animators' forms. */
  public static String concernsText(List<String> concerns) {
    StringBuilder text = new StringBuilder("**Préoccupations retenues par l'équipe projet :**\n");
    for (int i = 0; i < concerns.size(); i++) {
      text.append("\n").append(i + 1).append(". ").append(concerns.get(i));
    }
    return text.toString();
  }
}
