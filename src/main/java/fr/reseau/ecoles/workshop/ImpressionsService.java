package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONFIRMED_REFERENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.MOTIVATION;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.PLEASURE;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The teachers' logbook, hot and cold impressions, and the referents drawn from them (temps 3). */
@Service
@Transactional
public class ImpressionsService {

  public static final Set<String> PRACTICE_STARTED = Set.of("yes", "planned", "no");

  private final TeacherImpressionsRepository impressions;
  private final ReferentRepository referents;
  private final WorkshopDayService days;
  private final DayPlanningService planning;
  private final AnimatorPoolService animators;

  public ImpressionsService(
      TeacherImpressionsRepository impressions,
      ReferentRepository referents,
      WorkshopDayService days,
      DayPlanningService planning,
      AnimatorPoolService animators) {
    this.impressions = impressions;
    this.referents = referents;
    this.days = days;
    this.planning = planning;
    this.animators = animators;
  }

  private TeacherImpressions of(Long workshopDayId, String teacher) {
    return impressions
        .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
        .orElseGet(
            () -> {
              return impressions.save(new TeacherImpressions(workshopDayId, teacher));
            });
  }

  public void keepLogbook(
      Long workshopDayId, String teacher, String practices, String questions, String ideas) {
    days.markHeld(workshopDayId);
    TeacherImpressions i = of(workshopDayId, teacher);
    i.logbookKept(practices, questions, ideas);
  }

  public void giveHotImpressions(
      Long workshopDayId,
      String teacher,
      int pleasure,
      String practicesOfInterest,
      String groupFeeling,
      String ideasToTry,
      String difficulties,
      boolean willingToHelp) {
    requireScale(PLEASURE, pleasure);
    TeacherImpressions i = of(workshopDayId, teacher);
    i.hotImpressionsGiven(
        pleasure, practicesOfInterest, groupFeeling, ideasToTry, difficulties, willingToHelp);
  }

  public void giveColdImpressions(
      Long workshopDayId,
      String teacher,
      String practiceStarted,
      String coldIdeas,
      int motivation,
      String supportNeeded,
      boolean willingToBeReferent) {
    requireScale(MOTIVATION, motivation);
    TeacherImpressions i = of(workshopDayId, teacher);
    i.coldImpressionsGiven(
        practiceStarted, coldIdeas, motivation, supportNeeded, willingToBeReferent);
  }

  private static void requireScale(String field, int value) {
    if (value < 1 || value > 4) {
      throw new InvalidInputException(
          field, "une note de 1 à 4 est attendue (reçu " + value + ").");
    }
  }

  @Transactional(readOnly = true)
  public List<TeacherImpressions> impressions(Long workshopDayId) {
    return impressions.findByWorkshopDayIdOrderById(workshopDayId);
  }

  /**
   * Task_ProposeReferents: every teacher who gave impressions, best score first (replaces a
   * previous proposal).
   */
  public List<Referent> proposeReferents(Long workshopDayId) {
    Map<String, Participant> participants =
        planning.participants(workshopDayId).stream()
            .collect(Collectors.toMap(Participant::getTeacherUserId, Function.identity()));
    Map<String, QuestionnaireAnswer> answers =
        days.answers(workshopDayId).stream()
            .collect(Collectors.toMap(QuestionnaireAnswer::getTeacherUserId, Function.identity()));
    referents.deleteByWorkshopDayId(workshopDayId);
    referents.flush();
    Map<String, TeacherImpressions> given =
        impressions(workshopDayId).stream()
            .collect(Collectors.toMap(TeacherImpressions::getTeacherUserId, Function.identity()));
    List<Referent> proposed = new ArrayList<>();
    // Every teacher of the day can be chosen; those whose impressions score high enough come
    // pre-ticked.
    for (Participant p : participants.values()) {
      if (p.getGroupCode() == null && !given.containsKey(p.getTeacherUserId())) {
        continue;
      }
      TeacherImpressions i = given.get(p.getTeacherUserId());
      ReferentScoring.Score score =
          i == null ? new ReferentScoring.Score(0, List.of()) : ReferentScoring.score(i);
      QuestionnaireAnswer a = answers.get(p.getTeacherUserId());
      proposed.add(
          referents.save(
              new Referent(
                  workshopDayId,
                  p.getTeacherUserId(),
                  p.getDisplayName(),
                  a == null ? null : a.getDiscipline(),
                  score.points(),
                  i == null
                      ? "pas d'impressions données"
                      : score.reasons().isEmpty() ? "—" : String.join(", ", score.reasons()),
                  score.proposed())));
    }
    proposed.sort(
        Comparator.comparingInt(Referent::getScore)
            .reversed()
            .thenComparing(Referent::getDisplayName));
    return proposed;
  }

  @Transactional(readOnly = true)
  public List<Referent> referents(Long workshopDayId) {
    return referents.findByWorkshopDayIdOrderByScoreDescIdAsc(workshopDayId);
  }

  /**
   * Task_ConfirmReferents: the team's choice among the proposed teachers; with {@code joinPool},
   * the referents join the pool of animators other schools can call on.
   */
  public List<Referent> confirmReferents(
      Long workshopDayId, Set<String> confirmed, boolean joinPool) {
    WorkshopDay day = days.require(workshopDayId);
    List<Referent> candidates = referents(workshopDayId);
    Set<String> known =
        candidates.stream().map(Referent::getTeacherUserId).collect(Collectors.toSet());
    for (String teacher : confirmed) {
      if (!known.contains(teacher)) {
        throw new InvalidInputException(
            CONFIRMED_REFERENTS,
            "« " + teacher + " » ne fait pas partie des enseignants proposés.");
      }
    }
    Map<String, DayGroup> groupOf = new java.util.HashMap<>();
    planning
        .groups(workshopDayId)
        .forEach(g -> DayPlanningService.members(g).forEach(t -> groupOf.put(t, g)));
    List<Referent> result = new ArrayList<>();
    for (Referent referent : candidates) {
      boolean chosen = confirmed.contains(referent.getTeacherUserId());
      referent.decided(chosen, chosen && joinPool);
      if (referent.isJoinedPool()) {
        DayGroup group = groupOf.get(referent.getTeacherUserId());
        animators.addReferentToPool(
            day.getNetworkId(),
            referent.getDisplayName(),
            day.getEstablishments(),
            group == null ? null : group.getConcern());
      }
      if (referent.isConfirmed()) {
        result.add(referent);
      }
    }
    return result;
  }
}
