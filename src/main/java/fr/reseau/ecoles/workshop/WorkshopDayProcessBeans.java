package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.Actors;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.privacy.PrivateVariables;
import fr.reseau.ecoles.workshop.ConcernConsolidation.ConcernShare;
import fr.reseau.ecoles.workshop.planning.GroupingResult;
import fr.reseau.ecoles.workshop.planning.PathResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates and task listeners of {@code workshop-day}: each reads and checks its form's
 * variables, calls a service of this package, and sets what the next forms show.
 */
@Configuration
public class WorkshopDayProcessBeans {

  /** Camunda keeps a String variable in a 4000-character column. */
  private static final int TEXT = 4000;

  /**
   * A pasted questionnaire must fit that column too (about 35 teachers); larger files go through
   * the API.
   */
  static final int PASTE_MAX = 3900;

  private final WorkshopDayService days;
  private final AnimatorPoolService animators;
  private final DayPlanningService planning;
  private final ImpressionsService impressions;
  private final WorkshopOutputs outputs;
  private final PrivateVariables privateVariables;
  private final ApiAccess access;

  public WorkshopDayProcessBeans(
      WorkshopDayService days,
      AnimatorPoolService animators,
      DayPlanningService planning,
      ImpressionsService impressions,
      WorkshopOutputs outputs,
      PrivateVariables privateVariables,
      ApiAccess access) {
    this.days = days;
    this.animators = animators;
    this.planning = planning;
    this.impressions = impressions;
    this.outputs = outputs;
    this.privateVariables = privateVariables;
    this.access = access;
  }

  private static Long dayId(VariableScope scope) {
    return ((Number) scope.getVariable("workshopDayId")).longValue();
  }

  /**
   * A form whose fields were prefilled as task-local variables: Tasklist's submission writes into
   * those, a REST {@code complete} writes to the execution (the task's own scope when the BPMN
   * declares the field as an input parameter, as multi-instance tasks do, else the process). A
   * value there is this submission's; {@link #forget} removes it once read, so it never shadows a
   * later one.
   */
  private static FormInput prefilledInput(DelegateTask task) {
    return FormInput.of(
        name -> {
          DelegateExecution execution = task.getExecution();
          // In the task's own scope (its input parameters), a value still null is the BPMN's
          // declaration, not an answer.
          boolean declaredOnly =
              !execution.getId().equals(execution.getProcessInstanceId())
                  && execution.hasVariableLocal(name)
                  && execution.getVariableLocal(name) == null;
          return execution.hasVariable(name) && !declaredOnly
              ? execution.getVariable(name)
              : task.getVariable(name);
        },
        task::setVariableLocal);
  }

  private static void forget(DelegateTask task, String... names) {
    for (String name : names) {
      while (task.getExecution().hasVariable(name)) {
        task.getExecution().removeVariable(name);
      }
    }
  }

  private static Map<String, Object> option(String label, Object value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  /** {@code Task_OpenWorkshopDay}: the day is stored for the network whose process was started. */
  @Bean
  public JavaDelegate openWorkshopDayDelegate() {
    return execution -> {
      String networkId = execution.getTenantId();
      if (networkId == null) {
        throw new InvalidInputException(
            "networkId",
            "une journée d'ateliers appartient à un réseau : démarrez le processus de votre réseau.");
      }
      Authentication user =
          Requester.person(execution.getProcessEngineServices().getIdentityService()).orElse(null);
      if (user != null
          && !access.hasRoleIn(user, networkId, MemberRole.PROJECT_TEAM, MemberRole.COORDINATOR)) {
        throw new InvalidInputException(
            "title",
            "seule une équipe projet ou la coordination du réseau peut organiser une journée d'ateliers.");
      }
      FormInput input = FormInput.of(execution);
      WorkshopDay day =
          days.open(
              networkId,
              input.requiredText("title", 200),
              input.requiredText("establishments", 500),
              input.requiredDate("dayDate"),
              input.requiredCode("concernSource", WorkshopDayService.CONCERN_SOURCES),
              user == null ? null : user.getUserId(),
              execution.getProcessInstanceId());
      execution.setProcessBusinessKey("journee-" + day.getId());
      execution.setVariable("workshopDayId", day.getId());
      execution.setVariable("networkId", networkId);
      execution.setVariable("dayDate", day.getDayDate().toString());
    };
  }

  /** {@code Task_ImportQuestionnaire}: what is imported so far, shown in the form. */
  @Bean
  public TaskListener questionnaireStatusListener() {
    return task -> {
      int count = days.answers(dayId(task)).size();
      task.setVariableLocal(
          "questionnaireImportStatus",
          count == 0
              ? "**Aucune réponse importée pour l'instant.**"
              : "**" + count + " réponses déjà importées.** Un nouveau fichier les remplace.");
    };
  }

  /**
   * {@code Task_ImportQuestionnaire}: the pasted CSV, if any, replaces the answers; two are needed.
   */
  @Bean
  public TaskListener questionnaireImportListener() {
    return task -> {
      Object pasted = privateVariables.submitted(task, "questionnaireCsv");
      if (pasted instanceof String text && text.length() > PASTE_MAX) {
        throw new InvalidInputException(
            "questionnaireCsv",
            "le texte collé dépasse "
                + PASTE_MAX
                + " caractères ("
                + text.length()
                + ") : envoyez ce fichier par l'adresse d'import indiquée dans la tâche, puis validez sans rien coller.");
      }
      String csv = privateVariables.input(task).optionalText("questionnaireCsv", PASTE_MAX);
      if (csv != null) {
        days.importQuestionnaire(dayId(task), csv);
      }
      if (days.answers(dayId(task)).size() < 2) {
        throw new InvalidInputException(
            "questionnaireCsv",
            "il faut les réponses d'au moins deux enseignants : collez le fichier CSV du questionnaire.");
      }
      // Stored in the database; the engine keeps neither the teachers' answers nor their history.
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ConsolidateConcerns}: the concerns and their share, options for the next form. */
  @Bean
  public JavaDelegate consolidateConcernsDelegate() {
    return execution -> {
      Long dayId = dayId(execution);
      List<ConcernShare> shares = days.consolidate(dayId);
      execution.setVariable(
          "concernRanking",
          JsonVariables.of(
              shares.stream()
                  .map(
                      s ->
                          Map.of(
                              "concern",
                              s.concern(),
                              "teachers",
                              s.teachers(),
                              "share",
                              s.sharePercent() + " %",
                              "firstChoice",
                              s.firstChoice()))
                  .toList()));
      execution.setVariable(
          "concernOptions",
          JsonVariables.of(
              shares.stream()
                  .map(
                      s ->
                          option(
                              s.concern()
                                  + " ("
                                  + s.teachers()
                                  + " enseignants, "
                                  + s.sharePercent()
                                  + " %)",
                              s.concern()))
                  .toList()));
      WorkshopDay day = days.require(dayId);
      List<Map<String, Object>> needs =
          "networkSummary".equals(day.getConcernSource())
              ? days.networkNeeds(day.getNetworkId()).stream()
                  .map(n -> Map.<String, Object>of("need", n.theme(), "recaps", n.count()))
                  .toList()
              : List.of();
      execution.setVariable("networkNeeds", JsonVariables.of(needs));
    };
  }

  /**
   * {@code Task_ChooseConcerns} (create): the respondents to pick the sample from and, after a
   * refused round, the sample's answers. Task-local: the teachers' tasks of the same process do not
   * see them.
   */
  @Bean
  public TaskListener chooseConcernsContextListener() {
    return task -> {
      Long dayId = dayId(task);
      task.setVariableLocal(
          "teacherOptions",
          JsonVariables.of(
              days.answers(dayId).stream()
                  .map(
                      a ->
                          option(
                              a.getDisplayName() + " (" + a.getDiscipline() + ")",
                              a.getTeacherUserId()))
                  .toList()));
      if (days.require(dayId).getValidationRound() > 0
          && task.getVariable("validators") instanceof List<?> sample) {
        task.setVariableLocal(
            "validationFeedback", days.countVotes(dayId, sample.size()).summary());
      }
    };
  }

  /**
   * {@code Task_ChooseConcerns}: 3 or 4 cited concerns and the sample of teachers who validate
   * them.
   */
  @Bean
  public TaskListener chooseConcernsListener() {
    return task -> {
      Long dayId = dayId(task);
      FormInput input = FormInput.of(task);
      Set<String> cited =
          days.consolidate(dayId).stream().map(ConcernShare::concern).collect(Collectors.toSet());
      List<String> chosen = new ArrayList<>(input.codeList("chosenConcerns", cited));
      Set<String> respondents =
          days.answers(dayId).stream()
              .map(QuestionnaireAnswer::getTeacherUserId)
              .collect(Collectors.toSet());
      List<String> sample = new ArrayList<>(input.codeList("validationSample", respondents));
      days.chooseConcerns(dayId, chosen, sample);
      task.setVariable("validators", sample);
      task.setVariable("chosenConcernsText", concernsText(chosen));
      task.setVariable(
          "chosenConcernOptions",
          JsonVariables.of(chosen.stream().map(c -> option(c, c)).toList()));
    };
  }

  private static String concernsText(List<String> concerns) {
    StringBuilder text = new StringBuilder("**Préoccupations retenues par l'équipe projet :**\n");
    for (int i = 0; i < concerns.size(); i++) {
      text.append("\n").append(i + 1).append(". ").append(concerns.get(i));
    }
    return text.toString();
  }

  /** {@code Task_ValidateConcerns}: a sampled teacher's opinion. */
  @Bean
  public TaskListener validateConcernsListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      boolean agreed = input.requiredBoolean("concernsAgreed");
      String comment = input.optionalText("validationComment", TEXT);
      days.recordVote(dayId(task), Actors.of(task), agreed, comment);
      privateVariables.discard(task);
      task.getExecution().removeVariable("concernsAgreed");
    };
  }

  /** {@code Task_CountValidation}: a majority of the answers keeps the concerns. */
  @Bean
  public JavaDelegate countValidationDelegate() {
    return execution -> {
      @SuppressWarnings("unchecked")
      List<String> sample = (List<String>) execution.getVariable("validators");
      WorkshopDayService.ValidationOutcome outcome =
          days.countVotes(dayId(execution), sample.size());
      execution.setVariable("concernsApproved", outcome.approved());
    };
  }

  /** {@code Task_AssignAnimators} (create): the pool, as a table and as options. */
  @Bean
  public TaskListener animatorPoolListener() {
    return task -> {
      String networkId = days.require(dayId(task)).getNetworkId();
      List<Animator> pool = animators.pool(networkId);
      task.setVariableLocal(
          "animatorPool",
          JsonVariables.of(
              pool.stream()
                  .map(
                      a ->
                          Map.of(
                              "fullName",
                              a.getFullName(),
                              "establishment",
                              nullToEmpty(a.getEstablishment()),
                              "concerns",
                              String.join(", ", AnimatorPoolService.splitConcerns(a.getConcerns())),
                              "lastDay",
                              a.getLastDayDate() == null ? "" : a.getLastDayDate().toString()))
                  .toList()));
      task.setVariableLocal(
          "animatorOptions",
          JsonVariables.of(
              pool.stream()
                  .map(
                      a ->
                          option(
                              a.getFullName() + " (" + nullToEmpty(a.getEstablishment()) + ")",
                              String.valueOf(a.getId())))
                  .toList()));
    };
  }

  /** {@code Task_AssignAnimators}: who answers which concern; new animators join the pool. */
  @Bean
  public TaskListener assignAnimatorsListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      List<AnimatorPoolService.Assignment> assignments =
          input.objectList("animatorAssignments").stream()
              .map(r -> new AnimatorPoolService.Assignment(r.get("animator"), r.get("concern")))
              .toList();
      List<AnimatorPoolService.NewAnimator> newcomers =
          input.objectList("newAnimators").stream()
              .map(
                  r ->
                      new AnimatorPoolService.NewAnimator(
                          r.get("fullName"),
                          r.get("establishment"),
                          r.get("email"),
                          r.get("concern")))
              .toList();
      List<AnimatorBriefing> briefings = animators.assign(dayId(task), assignments, newcomers);
      task.setVariable(
          "briefedAnimators",
          new ArrayList<>(briefings.stream().map(AnimatorBriefing::getId).toList()));
    };
  }

  /**
   * {@code Task_BriefAnimator} (create): who the briefing is with, and the agreed concerns to start
   * from.
   */
  @Bean
  public TaskListener briefingContextListener() {
    return task -> {
      AnimatorBriefing briefing =
          animators.requireBriefing(((Number) task.getVariable("briefedAnimator")).longValue());
      Animator animator = animators.requireAnimator(briefing.getAnimatorId());
      task.setVariableLocal("animatorName", animator.getFullName());
      task.setVariableLocal("animatorEstablishment", nullToEmpty(animator.getEstablishment()));
      task.setVariableLocal("agreedConcerns", briefing.getAgreedConcerns());
    };
  }

  /** {@code Task_BriefAnimator}: what the team agreed with the animator. */
  @Bean
  public TaskListener briefAnimatorListener() {
    return task -> {
      FormInput input = prefilledInput(task);
      int share = requiredInt(input, "demonstrationShare");
      animators.recordBriefing(
          ((Number) task.getVariable("briefedAnimator")).longValue(),
          input.requiredText("agreedConcerns", TEXT),
          share,
          input.optionalText("equipmentNeeds", TEXT),
          Actors.of(task));
      forget(task, "agreedConcerns", "demonstrationShare", "equipmentNeeds");
    };
  }

  /** {@code Task_PlanWorkshops} (create): the plan to start from. */
  @Bean
  public TaskListener workshopRowsListener() {
    return task -> {
      Long dayId = dayId(task);
      WorkshopDay day = days.require(dayId);
      task.setVariableLocal("workshops", JsonVariables.of(planning.workshopRows(dayId)));
      task.setVariableLocal("slotCount", day.getSlotCount() == null ? 3 : day.getSlotCount());
      if (day.getSlotTimes() != null) {
        task.setVariableLocal("slotTimes", day.getSlotTimes());
      }
      // The current free slot is prefilled here; the process-level copy (for the teachers' form)
      // would shadow the answer.
      forget(task, "freeChoiceSlot");
      task.setVariableLocal("freeChoiceSlot", day.getFreeChoiceSlot());
    };
  }

  /** {@code Task_PlanWorkshops}: the slots and each workshop's sessions. */
  @Bean
  public TaskListener planWorkshopsListener() {
    return task -> {
      FormInput input = prefilledInput(task);
      int slotCount = requiredInt(input, "slotCount");
      Integer freeChoiceSlot = optionalInt(input, "freeChoiceSlot");
      List<DayPlanningService.WorkshopRow> rows =
          input.objectList("workshops").stream()
              .map(
                  r ->
                      new DayPlanningService.WorkshopRow(
                          r.get("code"),
                          r.get("title"),
                          r.get("animatorName"),
                          r.get("concern"),
                          r.get("format"),
                          parseInt(r.get("durationMinutes"), "workshops"),
                          r.get("slots"),
                          parseInt(r.get("capacity"), "workshops")))
              .toList();
      planning.planWorkshops(
          dayId(task), slotCount, input.optionalText("slotTimes", 500), freeChoiceSlot, rows);
      forget(task, "workshops", "slotCount", "slotTimes", "freeChoiceSlot");
      task.getExecution().setVariable("freeChoiceSlot", freeChoiceSlot);
    };
  }

  /** {@code Task_FormGroups}. */
  @Bean
  public JavaDelegate formGroupsDelegate() {
    return execution -> {
      GroupingResult result =
          planning.formGroups(
              dayId(execution), ((Number) execution.getVariable("maxGroupSize")).intValue());
      execution.setVariable("groupingScore", result.score().toString());
      execution.setVariable("groupingExplanation", result.score().explanation());
    };
  }

  /** {@code Task_PlanPaths}: paths, then everything the next forms show. */
  @Bean
  public JavaDelegate planPathsDelegate() {
    return execution -> {
      Long dayId = dayId(execution);
      PathResult result = planning.planPaths(dayId);
      execution.setVariable("pathScore", result.score().toString());
      execution.setVariable("pathExplanation", result.score().explanation());
      execution.setVariable("dayTeachers", new ArrayList<>(planning.placedTeachers(dayId)));
      execution.setVariable("hasFreeChoiceSlot", days.require(dayId).getFreeChoiceSlot() != null);
      execution.setVariable(
          "freeSessionOptions",
          JsonVariables.of(
              planning.freeOffers(dayId).stream()
                  .map(o -> option(o.label(), o.workshopCode()))
                  .toList()));
    };
  }

  /** {@code Task_ChooseFreeWorkshop} (create): the offers with the places left now. */
  @Bean
  public TaskListener freeOffersListener() {
    return task -> {
      var alreadyInPath = planning.pathWorkshops(dayId(task), task.getAssignee());
      task.setVariableLocal(
          "freeSessionOptions",
          JsonVariables.of(
              planning.freeOffers(dayId(task)).stream()
                  .filter(o -> o.placesLeft() > 0 && !alreadyInPath.contains(o.workshopCode()))
                  .map(
                      o ->
                          option(
                              o.label() + " – " + o.placesLeft() + " place(s)", o.workshopCode()))
                  .toList()));
    };
  }

  /** {@code Task_ChooseFreeWorkshop}: first come, first served. */
  @Bean
  public TaskListener chooseFreeWorkshopListener() {
    return task -> {
      String choice = FormInput.of(task).requiredText("freeWorkshopChoice", 20);
      planning.chooseFreeWorkshop(
          dayId(task), task.getAssignee() != null ? task.getAssignee() : Actors.of(task), choice);
      task.getExecution().removeVariable("freeWorkshopChoice");
    };
  }

  /** {@code Task_ReviewGroupsAndPaths} (create): the plan as it stands, for the team. */
  @Bean
  public TaskListener reviewContextListener() {
    return task -> {
      Long dayId = dayId(task);
      WorkshopDay day = days.require(dayId);
      Map<String, String> names =
          planning.participants(dayId).stream()
              .collect(
                  Collectors.toMap(Participant::getTeacherUserId, Participant::getDisplayName));
      task.setVariableLocal(
          "groupsTable",
          JsonVariables.of(
              planning.groups(dayId).stream()
                  .map(
                      g ->
                          Map.of(
                              "group",
                              g.getCode(),
                              "concern",
                              g.getConcern(),
                              "members",
                              DayPlanningService.members(g).stream()
                                  .map(t -> names.getOrDefault(t, t))
                                  .collect(Collectors.joining(", ")),
                              "catalyst",
                              g.getCatalystUserId() == null
                                  ? "—"
                                  : names.getOrDefault(
                                      g.getCatalystUserId(), g.getCatalystUserId()),
                              "path",
                              planning.pathText(day, g)))
                  .toList()));
      List<String> missing =
          day.getFreeChoiceSlot() == null
              ? List.of()
              : planning.participants(dayId).stream()
                  .filter(p -> p.getGroupCode() != null && p.getFreeChoiceWorkshopCode() == null)
                  .map(Participant::getDisplayName)
                  .toList();
      forget(task, "reviewDecision", "teacherMoves");
      task.setVariableLocal(
          "planningReport", planningReport(task, day.getPlanningNotes(), missing));
      task.setVariableLocal(
          "dayTeacherOptions",
          JsonVariables.of(
              planning.participants(dayId).stream()
                  .map(
                      p ->
                          option(
                              p.getDisplayName()
                                  + (p.getGroupCode() == null
                                      ? " (sans groupe)"
                                      : " (" + p.getGroupCode() + ")"),
                              p.getTeacherUserId()))
                  .toList()));
      task.setVariableLocal(
          "groupOptions",
          JsonVariables.of(
              planning.groups(dayId).stream()
                  .map(g -> option(g.getCode() + " – " + g.getConcern(), g.getCode()))
                  .toList()));
    };
  }

  private static String planningReport(
      DelegateTask task, String notes, List<String> missingChoices) {
    StringBuilder text = new StringBuilder();
    // The solver's explanations start with the score itself.
    text.append("**Groupes** : ").append(task.getVariable("groupingExplanation")).append("\n\n");
    text.append("**Parcours** : ").append(task.getVariable("pathExplanation")).append("\n");
    List<String> lines = new ArrayList<>();
    if (notes != null && !notes.isBlank()) {
      lines.addAll(List.of(notes.split("\n")));
    }
    if (!missingChoices.isEmpty()) {
      lines.add("Atelier libre non choisi : " + String.join(", ", missingChoices) + ".");
    }
    if (!lines.isEmpty()) {
      text.append("\n**Points à regarder** :\n");
      lines.forEach(l -> text.append("\n- ").append(l));
    }
    return text.toString();
  }

  /** {@code Task_ReviewGroupsAndPaths}: the team's moves, re-checked, and its decision. */
  @Bean
  public TaskListener reviewGroupsListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      String decision = input.requiredCode("reviewDecision", List.of("approve", "replan"));
      List<DayPlanningService.Move> moves =
          input.objectList("teacherMoves").stream()
              .map(r -> new DayPlanningService.Move(r.get("teacher"), r.get("group")))
              .toList();
      planning.moveTeachers(
          dayId(task), moves, ((Number) task.getVariable("maxGroupSize")).intValue());
      task.getExecution().removeVariable("teacherMoves");
      if ("approve".equals(decision)) {
        task.setVariable("dayTeachers", new ArrayList<>(planning.placedTeachers(dayId(task))));
      }
    };
  }

  /** {@code Task_SendInvitations}. */
  @Bean
  public JavaDelegate sendInvitationsDelegate() {
    return execution ->
        execution.setVariable("invitationsCount", planning.sendInvitations(dayId(execution)));
  }

  /** {@code Task_BriefParticipants}: the three topics were presented. */
  @Bean
  public TaskListener briefParticipantsListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      java.time.LocalDate on = input.requiredDate("briefingDate");
      Set<String> topics =
          input.codeList("briefingTopics", List.of("objectives", "groups", "expectations"));
      if (topics.size() < 3) {
        throw new InvalidInputException(
            "briefingTopics",
            "les trois points doivent avoir été présentés aux participants : "
                + "objectifs, groupes et parcours, ce qui est attendu après la journée.");
      }
      days.recordParticipantsBriefing(
          dayId(task), on, String.join(",", topics), input.optionalText("briefingNotes", TEXT));
      // The team's notes are not for the teachers, whose tasks come next in the same process.
      forget(task, "briefingDate", "briefingTopics", "briefingNotes");
    };
  }

  /** {@code Task_KeepLogbook} (create): the teacher's own group and path. */
  @Bean
  public TaskListener myDayListener() {
    return task -> {
      Long dayId = dayId(task);
      String teacher = task.getAssignee();
      Participant participant =
          planning.participants(dayId).stream()
              .filter(p -> p.getTeacherUserId().equals(teacher))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(teacher + " is not a participant of day " + dayId));
      task.setVariableLocal("myDay", participant.getInvitation());
    };
  }

  /** {@code Task_KeepLogbook}. */
  @Bean
  public TaskListener logbookListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      impressions.keepLogbook(
          dayId(task),
          task.getAssignee(),
          input.requiredText("logbookPractices", TEXT),
          input.optionalText("logbookQuestions", TEXT),
          input.optionalText("logbookIdeas", TEXT));
      privateVariables.discard(task);
    };
  }

  /** {@code Task_GiveHotImpressions}. */
  @Bean
  public TaskListener hotImpressionsListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      impressions.giveHotImpressions(
          dayId(task),
          task.getAssignee(),
          requiredInt(input, "pleasure"),
          input.requiredText("practicesOfInterest", TEXT),
          input.optionalText("groupFeeling", TEXT),
          input.requiredText("ideasToTry", TEXT),
          input.optionalText("difficulties", TEXT),
          input.requiredBoolean("willingToHelp"));
      privateVariables.discard(task);
    };
  }

  /** {@code Task_GiveColdImpressions}. */
  @Bean
  public TaskListener coldImpressionsListener() {
    return task -> {
      FormInput input = privateVariables.input(task);
      impressions.giveColdImpressions(
          dayId(task),
          task.getAssignee(),
          input.requiredCode("practiceStarted", ImpressionsService.PRACTICE_STARTED),
          input.requiredText("coldIdeas", TEXT),
          requiredInt(input, "motivation"),
          input.optionalText("supportNeeded", TEXT),
          input.requiredBoolean("willingToBeReferent"));
      privateVariables.discard(task);
    };
  }

  /** {@code Task_ProposeReferents}. */
  @Bean
  public JavaDelegate proposeReferentsDelegate() {
    return execution -> {
      List<Referent> candidates = impressions.proposeReferents(dayId(execution));
      execution.setVariable(
          "referentCandidates",
          JsonVariables.of(
              candidates.stream()
                  .map(
                      r ->
                          Map.of(
                              "teacher",
                              r.getDisplayName(),
                              "discipline",
                              nullToEmpty(r.getDiscipline()),
                              "reasons",
                              r.getReasons()))
                  .toList()));
      execution.setVariable(
          "referentOptions",
          JsonVariables.of(
              candidates.stream()
                  .map(
                      r ->
                          option(
                              r.getDisplayName() + " (" + r.getReasons() + ")",
                              r.getTeacherUserId()))
                  .toList()));
      execution.setVariable(
          "confirmedReferents",
          JsonVariables.of(
              candidates.stream()
                  .filter(Referent::isConfirmed)
                  .map(Referent::getTeacherUserId)
                  .toList()));
    };
  }

  /** {@code Task_ConfirmReferents}. */
  @Bean
  public TaskListener confirmReferentsListener() {
    return task -> {
      FormInput input = FormInput.of(task);
      Set<String> proposed =
          impressions.referents(dayId(task)).stream()
              .map(Referent::getTeacherUserId)
              .collect(Collectors.toSet());
      Set<String> confirmed = input.codeList("confirmedReferents", proposed);
      impressions.confirmReferents(
          dayId(task), confirmed, input.requiredBoolean("referentsJoinPool"));
    };
  }

  /** {@code Task_PublishOutputs}: the files, and where to download them. */
  @Bean
  public JavaDelegate publishOutputsDelegate() {
    return execution -> {
      Long dayId = dayId(execution);
      execution.setVariable(
          "outputFiles",
          JsonVariables.of(
              outputs.publish(dayId).stream()
                  .map(
                      o ->
                          Map.of(
                              "kind",
                              o.getKind(),
                              "fileName",
                              o.getFileName(),
                              "url",
                              "/api/workshop-days/" + dayId + "/outputs/" + o.getKind() + ".csv"))
                  .toList()));
    };
  }

  private static int requiredInt(FormInput input, String field) {
    Integer value = optionalInt(input, field);
    if (value == null) {
      throw new InvalidInputException(field, "ce champ est obligatoire (un nombre entier).");
    }
    return value;
  }

  private static Integer optionalInt(FormInput input, String field) {
    Object raw = input.raw(field);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      return null;
    }
    if (raw instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue()) || Math.abs(n.doubleValue()) > 1_000_000) {
        throw new InvalidInputException(
            field, "un nombre entier raisonnable est attendu (reçu " + n + ").");
      }
      return n.intValue();
    }
    return parseInt(raw.toString(), field);
  }

  private static Integer parseInt(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "« " + text + " » n'est pas un nombre entier.");
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
