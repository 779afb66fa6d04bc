package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * {@code Task_ChooseConcerns}'s work: the team picks concerns among those the questionnaire cited,
 * and the sample of teachers who validate them among those who answered it.
 */
@Service
public class ConcernChoice {

  /** The concerns chosen and the teachers asked to validate them, in the team's order. */
  public record Chosen(List<String> concerns, List<String> sample) {}

  private final WorkshopDayService days;
  private final QuestionnaireService questionnaire;
  private final ConcernValidationService validation;

  public ConcernChoice(
      WorkshopDayService days,
      QuestionnaireService questionnaire,
      ConcernValidationService validation) {
    this.days = days;
    this.questionnaire = questionnaire;
    this.validation = validation;
  }

  /** Reads the form's two lists, each value checked against what the questionnaire holds. */
  public Chosen choose(Long workshopDayId, FormInput input) {
    Set<String> cited =
        questionnaire.consolidate(workshopDayId).stream()
            .map(ConcernShare::concern)
            .collect(Collectors.toSet());
    List<String> chosen =
        new ArrayList<>(input.codeList(WorkshopDayVariables.CHOSEN_CONCERNS, cited));
    Set<String> respondents =
        days.answers(workshopDayId).stream()
            .map(QuestionnaireAnswer::getTeacherUserId)
            .collect(Collectors.toSet());
    List<String> sample =
        new ArrayList<>(input.codeList(WorkshopDayVariables.VALIDATION_SAMPLE, respondents));
    validation.chooseConcerns(workshopDayId, chosen, sample);
    return new Chosen(chosen, sample);
  }
}
