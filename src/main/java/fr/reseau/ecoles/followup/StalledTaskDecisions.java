package fr.reseau.ecoles.followup;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.FormInput;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.forminput.JsonVariables;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.MemberRepository;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.variables.CommonVariables;
import fr.reseau.ecoles.variables.CommonVariables.FollowUpInternal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The coordinators' « Relancer ou réaffecter » (issue 15): prepares it for a stalled task, checks
 * their choice and carries it out when the flow is back at the stalled task. The BPMN decides when
 * (boundary timers from {@link TaskDeadlines}, choices from {@link FollowedElements}); this class
 * decides who may take the task over; {@link FollowUpMessages} tells the people concerned.
 */
@Service
public class StalledTaskDecisions {

  /** The choices of « Relancer ou réaffecter », with their French labels. */
  public static final Map<String, String> CHOICES =
      Map.of(
          "remind", "Relancer la personne (un nouveau délai commence)",
          "reassign", "Confier la tâche à une autre personne",
          "replace", "Remplacer l'enseignant·e par un·e collègue",
          "cancel", "Annuler la visite");

  public static final int MAX_COMMENT_LENGTH = 1000;

  private final HistoryService history;
  private final MemberRepository members;
  private final FollowUpMessages messages;
  private final SystemAccess system;
  private final ObjectProvider<EscalationRecipients> recipients;
  private final NetworkDirectory directory;

  public StalledTaskDecisions(
      HistoryService history,
      MemberRepository members,
      FollowUpMessages messages,
      SystemAccess system,
      ObjectProvider<EscalationRecipients> recipients,
      NetworkDirectory directory) {
    this.history = history;
    this.members = members;
    this.messages = messages;
    this.system = system;
    this.recipients = recipients;
    this.directory = directory;
  }

  /**
   * A « Relancer ou réaffecter » task was created for the stalled task {@code stalledElement}:
   * shows the coordinators what stalled and the choices that fit ({@code choices}, from the task's
   * {@code followUpChoices} property), and tells each member of the network in its candidate groups
   * (the coordinators; category {@link fr.reseau.ecoles.notification.NoticeCategory#ESCALATION}:
   * always sent).
   */
  public void prepareEscalation(
      DelegateTask followUp, String stalledElement, List<String> choices) {
    String networkId = followUp.getTenantId();
    Optional<HistoricTaskInstance> stalled =
        lastTask(followUp.getProcessInstanceId(), stalledElement);
    String holder = stalled.map(HistoricTaskInstance::getAssignee).orElse(null);
    String holderName =
        holder == null
            ? "l'équipe concernée"
            : members.findById(holder).map(Member::fullName).orElse(holder);
    String taskName = stalled.map(HistoricTaskInstance::getName).orElse(stalledElement);
    followUp.setVariableLocal(FollowUpInternal.STALLED_ELEMENT, stalledElement);
    followUp.setVariableLocal(CommonVariables.FOLLOW_UP_TASK_NAME, taskName);
    followUp.setVariableLocal(CommonVariables.FOLLOW_UP_HOLDER_NAME, holderName);
    followUp.setVariableLocal(
        CommonVariables.FOLLOW_UP_WAITING_SINCE,
        stalled
            .map(
                t ->
                    FollowUpMessages.FRENCH_DAY.format(
                        t.getStartTime()
                            .toInstant()
                            .atZone(fr.reseau.ecoles.calendar.ProcessDates.ZONE)))
            .orElse(""));
    List<Map<String, String>> options = new ArrayList<>();
    for (String choice : choices) {
      if (!CHOICES.containsKey(choice)) {
        throw new IllegalStateException(
            "Choix inconnu « "
                + choice
                + " » dans followUpChoices de "
                + followUp.getTaskDefinitionKey());
      }
      options.add(Map.of("label", CHOICES.get(choice), "value", choice));
    }
    followUp.setVariableLocal(CommonVariables.FOLLOW_UP_OPTIONS, JsonVariables.of(options));
    List<Map<String, String>> candidates = new ArrayList<>();
    for (Member member :
        replacements(networkId, holder, stalled.map(t -> t.getId()).orElse(null))) {
      candidates.add(Map.of("label", member.fullName(), "value", member.getUserId()));
    }
    followUp.setVariableLocal(CommonVariables.FOLLOW_UP_MEMBERS, JsonVariables.of(candidates));
    // Fresh answers at each escalation: a stale decision must never pass for a new one.
    followUp.setVariable(CommonVariables.FOLLOW_UP_DECISION, null);
    followUp.setVariable(CommonVariables.FOLLOW_UP_ASSIGNEE, null);
    followUp.setVariable(CommonVariables.FOLLOW_UP_COMMENT, null);
    List<Member> deciders = deciders(followUp, networkId);
    // Beside the coordinators: e.g. the zone's steering trio, when the coordinators chose so.
    recipients
        .orderedStream()
        .flatMap(r -> r.of(networkId, holder).stream())
        .filter(m -> deciders.stream().noneMatch(d -> d.getUserId().equals(m.getUserId())))
        .forEach(
            m -> {
              followUp.addCandidateUser(m.getUserId());
              deciders.add(m);
            });
    messages.escalate(
        followUp,
        networkId,
        taskName,
        holderName,
        followUp.getVariableLocal(CommonVariables.FOLLOW_UP_WAITING_SINCE),
        deciders);
  }

  /**
   * The coordinators' answer: checks it (HTTP 400 naming the field) and arranges what it says.
   * {@code remind}, {@code reassign} and {@code replace} send the flow back to the stalled task,
   * whose next creation {@link #taskCreated} gives to the chosen member (or the same person) with a
   * message; {@code cancel} is taken by the process's gateway.
   *
   * @return the decision
   */
  public String decide(DelegateTask followUp, List<String> choices) {
    FormInput input = FormInput.of(followUp);
    String decision = input.requiredCode(CommonVariables.FOLLOW_UP_DECISION, choices);
    input.optionalText(CommonVariables.FOLLOW_UP_COMMENT, MAX_COMMENT_LENGTH);
    String stalledElement = (String) followUp.getVariableLocal(FollowUpInternal.STALLED_ELEMENT);
    String reassignTo = "";
    if (decision.equals("reassign") || decision.equals("replace")) {
      String chosen = input.requiredText(CommonVariables.FOLLOW_UP_ASSIGNEE, 100);
      Optional<HistoricTaskInstance> stalled =
          lastTask(followUp.getProcessInstanceId(), stalledElement);
      String holder = stalled.map(HistoricTaskInstance::getAssignee).orElse(null);
      boolean allowed =
          replacements(followUp.getTenantId(), holder, stalled.map(t -> t.getId()).orElse(null))
              .stream()
              .anyMatch(m -> m.getUserId().equals(chosen));
      if (!allowed) {
        throw new InvalidInputException(
            CommonVariables.FOLLOW_UP_ASSIGNEE,
            "« "
                + chosen
                + " » ne peut pas reprendre cette tâche : choisissez une personne de la liste.");
      }
      reassignTo = chosen;
    }
    if (!decision.equals("cancel")) {
      followUp.setVariable(FollowUpInternal.PENDING_ELEMENT, stalledElement);
      followUp.setVariable(FollowUpInternal.REASSIGN_TO, reassignTo);
    }
    return decision;
  }

  /**
   * A followed task was created: when the coordinators sent the flow back to it, gives it to the
   * member they chose (or leaves it to the same person) and tells that person, with the
   * coordinators' word.
   */
  public void taskCreated(DelegateTask task) {
    Object pending = task.getVariable(FollowUpInternal.PENDING_ELEMENT);
    if (!task.getTaskDefinitionKey().equals(pending)) {
      return;
    }
    String reassignTo = (String) task.getVariable(FollowUpInternal.REASSIGN_TO);
    boolean assigned = reassignTo != null && !reassignTo.isBlank();
    if (assigned) {
      task.setAssignee(reassignTo);
    }
    task.setVariable(FollowUpInternal.PENDING_ELEMENT, null);
    task.setVariable(FollowUpInternal.REASSIGN_TO, null);
    String comment = (String) task.getVariable(CommonVariables.FOLLOW_UP_COMMENT);
    messages.followedUp(task, comment, assigned);
  }

  /** The network's members of the candidate groups of « Relancer ou réaffecter ». */
  private List<Member> deciders(DelegateTask followUp, String networkId) {
    List<Member> result = new ArrayList<>();
    for (IdentityLink link : followUp.getCandidates()) {
      for (MemberRole role : MemberRole.values()) {
        if (role.groupId().equals(link.getGroupId())) {
          result.addAll(directory.membersWithRole(networkId, role));
        }
      }
    }
    return result;
  }

  /** Members who may take over a task held by {@code holder}: same role (a head: same school). */
  List<Member> replacements(String networkId, String holder, String stalledTaskId) {
    Optional<Member> current =
        holder == null ? Optional.empty() : directory.memberIn(holder, networkId);
    Set<MemberRole> roles = new LinkedHashSet<>();
    current.ifPresent(m -> roles.add(m.getRole()));
    if (current.isEmpty() && stalledTaskId != null) {
      for (var link : history.createHistoricIdentityLinkLogQuery().taskId(stalledTaskId).list()) {
        if (link.getGroupId() != null) {
          for (MemberRole role : MemberRole.values()) {
            if (role.groupId().equals(link.getGroupId())) {
              roles.add(role);
            }
          }
        }
      }
    }
    List<Member> result = new ArrayList<>();
    for (MemberRole role : roles) {
      for (Member member : directory.membersWithRole(networkId, role)) {
        boolean sameSchool =
            role != MemberRole.PRINCIPAL
                || current
                    .map(c -> c.getEstablishmentCode().equals(member.getEstablishmentCode()))
                    .orElse(true);
        if (!member.getUserId().equals(holder) && sameSchool) {
          result.add(member);
        }
      }
    }
    return result;
  }

  private Optional<HistoricTaskInstance> lastTask(String processInstanceId, String elementId) {
    return system
        .call(
            () ->
                history
                    .createHistoricTaskInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(elementId)
                    .orderByHistoricActivityInstanceStartTime()
                    .desc()
                    .listPage(0, 1))
        .stream()
        .findFirst();
  }
}
