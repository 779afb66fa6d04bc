package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.NetworkCalendar;
import fr.reseau.ecoles.workshop.WorkshopDayVariables.Internal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop day itself: who may open it, its opening, its briefing of the participants and the day
 * held. The questionnaire is {@link QuestionnaireService}'s, the concerns' validation {@link
 * ConcernValidationService}'s.
 */
@Service
@Transactional
public class WorkshopDayService {

  public static final Set<String> CONCERN_SOURCES = Set.of("questionnaire", "networkSummary");

  /** The concern source of a day whose concerns come from the network summary. */
  public static final String FROM_SUMMARY = "networkSummary";

  static final String SEPARATOR = "|";

  /** The three topics the participants must have been told about. */
  public static final List<String> REQUIRED_BRIEFING_TOPICS =
      List.of("objectives", "groups", "expectations");

  private final WorkshopDayRepository days;
  private final QuestionnaireAnswerRepository answers;
  private final ApiAccess access;
  private final NetworkCalendar networkCalendar;

  public WorkshopDayService(
      WorkshopDayRepository days,
      QuestionnaireAnswerRepository answers,
      ApiAccess access,
      NetworkCalendar networkCalendar) {
    this.days = days;
    this.answers = answers;
    this.access = access;
    this.networkCalendar = networkCalendar;
  }

  /**
   * A day belongs to a network, and only its project team or coordination may organise one; a day
   * started by the system ({@code user} null) is allowed.
   */
  public void requireOrganiser(String networkId, Authentication user) {
    if (networkId == null) {
      throw new InvalidInputException(
          Internal.NETWORK_ID,
          "une journée d'ateliers appartient à un réseau : démarrez le processus de votre réseau.");
    }
    if (user != null
        && !access.hasRoleIn(user, networkId, MemberRole.PROJECT_TEAM, MemberRole.COORDINATOR)) {
      throw new InvalidInputException(
          TITLE,
          "seule une équipe projet ou la coordination du réseau peut organiser une journée d'ateliers.");
    }
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
          DAY_DATE, "la date de la journée (" + dayDate + ") est déjà passée.");
    }
    networkCalendar
        .whyNotPlannable(networkId, dayDate)
        .ifPresent(
            reason -> {
              throw new InvalidInputException(DAY_DATE, reason);
            });
    return days.save(
        new WorkshopDay(
            networkId,
            title,
            establishments,
            dayDate,
            schoolYear(dayDate),
            concernSource,
            startedBy,
            processInstanceId,
            EngineClock.now()));
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
                    WORKSHOP_DAY_ID, "journée d'ateliers inconnue : " + id + "."));
  }

  @Transactional(readOnly = true)
  public List<QuestionnaireAnswer> answers(Long workshopDayId) {
    return answers.findByWorkshopDayIdOrderById(workshopDayId);
  }

  public static List<String> chosenConcerns(WorkshopDay day) {
    return day.getChosenConcerns() == null
        ? List.of()
        : Arrays.stream(day.getChosenConcerns().split("\\" + SEPARATOR)).toList();
  }

  /** Task_BriefParticipants: the three topics must all have been presented. */
  public void recordParticipantsBriefing(
      Long workshopDayId, LocalDate on, Set<String> topics, String notes) {
    if (!topics.containsAll(REQUIRED_BRIEFING_TOPICS)) {
      throw new InvalidInputException(
          WorkshopDayVariables.BRIEFING_TOPICS,
          "les trois points doivent avoir été présentés aux participants : "
              + "objectifs, groupes et parcours, ce qui est attendu après la journée.");
    }
    require(workshopDayId).participantsBriefed(on, String.join(",", topics), notes);
  }
}
