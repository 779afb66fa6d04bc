package fr.reseau.ecoles.messages;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The engine side of "who is told what, and when": a process-engine plugin whose BPMN parse
 * listener attaches, at deployment, the listeners that call {@link MessageService}:
 *
 * <ul>
 *   <li>on every user task whose message {@link TaskMessageRules} gives (the defaults, or the
 *       designer's {@code camunda:property name="notify"}), a {@code create} task listener: the
 *       person the task waits for receives its message with the link to that very task (a task
 *       reassigned by « Relancer ou réaffecter » is announced by the {@code followup} package's own
 *       message, not twice);
 *   <li>on every user task, an {@code assignment} task listener: when someone gives an open task to
 *       another person (Tasklist, {@code /engine-rest/task/{id}/assignee}, a claim for someone
 *       else), the new assignee is told « Une tâche vous est confiée ». Not at the task's creation
 *       (its own message, or « Relancer ou réaffecter », which gives the task in its {@code create}
 *       listener, announce it), not when a person takes a task for themself, not when a task is
 *       unassigned;
 *   <li>the end of {@code Task_PlanVisits} (pairing approved, visits planned): the volunteers left
 *       without a pair;
 *   <li>the completion of {@code Task_PublishSummary}, after the BPMN's own listener accepted it:
 *       the summary to every volunteer.
 * </ul>
 *
 * One class plays the plugin, the parse listener and the runtime listeners (the BPMN files name no
 * bean of it): nothing in the code calls a listener. It only maps the task or execution to {@link
 * TaskFacts} or an id; the service decides and builds the messages, in the step's transaction.
 */
@Component
public class TaskMessages extends AbstractBpmnParseListener
    implements ProcessEnginePlugin, TaskListener, ExecutionListener {

  static final String PLAN_VISITS = "Task_PlanVisits";
  static final String PUBLISH_SUMMARY = "Task_PublishSummary";

  /**
   * {@link TaskEntity#getTaskState()} of a task changed through the task service (the engine's
   * {@code TaskState.STATE_UPDATED}, whose name it does not expose); « Created » while the task is
   * being created.
   */
  static final String TASK_UPDATED = "Updated";

  private final ObjectProvider<MessageService> messages;

  /** The message this instance sends for its user task; {@code null} for the plugin itself. */
  private final MessageKind kind;

  @Autowired
  public TaskMessages(ObjectProvider<MessageService> messages) {
    this(messages, null);
  }

  private TaskMessages(ObjectProvider<MessageService> messages, MessageKind kind) {
    this.messages = messages;
    this.kind = kind;
  }

  // --- plugin

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(this);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}

  // --- parse listener

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(element);
    String notify = properties == null ? null : properties.get(TaskMessageRules.PROPERTY);
    var definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    TaskMessageRules.messageOf(activity.getId(), notify)
        .ifPresent(
            message -> {
              TaskMessages listener = new TaskMessages(messages, message);
              definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            });
    definition.addTaskListener(
        TaskListener.EVENTNAME_ASSIGNMENT, new TaskMessages(messages, MessageKind.TASK_REASSIGNED));
    if (PUBLISH_SUMMARY.equals(activity.getId())) {
      definition.addTaskListener(
          TaskListener.EVENTNAME_COMPLETE,
          new TaskMessages(messages, MessageKind.SUMMARY_PUBLISHED));
    }
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (PLAN_VISITS.equals(activity.getId())) {
      activity.addListener(
          ExecutionListener.EVENTNAME_END,
          new TaskMessages(messages, MessageKind.PAIRING_UNPAIRED));
    }
  }

  // --- runtime

  @Override
  public void notify(DelegateTask task) {
    if (kind == MessageKind.TASK_REASSIGNED) {
      handedOver(task);
      return;
    }
    if (kind == MessageKind.SUMMARY_PUBLISHED) {
      messages.getObject().summaryPublished(CdiTourVariables.campaignId(task));
      return;
    }
    messages
        .getObject()
        .taskForYou(
            new TaskFacts(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                kind,
                task.getAssignee(),
                candidateGroups(task),
                task.getTenantId(),
                task.getDueDate(),
                processId(task)));
  }

  /**
   * The assignment event of an open task. The engine also fires it right after {@code create} when
   * the task is created with an assignee (or given one by a {@code create} listener): the task's
   * state is then « Created », and the message of the task's creation, if any, is the one to send.
   * A change through the task service (set assignee, claim, delegate) marks the task « Updated »
   * before firing the event.
   */
  private void handedOver(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null
        || assignee.isBlank()
        || !(task instanceof TaskEntity entity)
        || !TASK_UPDATED.equals(entity.getTaskState())) {
      return;
    }
    CommandContext command = Context.getCommandContext();
    String actor = command == null ? null : command.getAuthenticatedUserId();
    if (assignee.equals(actor)) {
      return; // a person taking a task for themself needs no message
    }
    messages
        .getObject()
        .taskHandedOver(
            new TaskFacts(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                kind,
                assignee,
                List.of(),
                task.getTenantId(),
                task.getDueDate(),
                null),
            actor,
            entity.getRevision());
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (kind == MessageKind.PAIRING_UNPAIRED) {
      messages.getObject().unpairedVolunteers(CdiTourVariables.campaignId(execution));
    }
  }

  private static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  /** The id of the business row the message reads, when the process has it. */
  private Long processId(VariableScope scope) {
    String name =
        switch (kind.source()) {
          case CAMPAIGN -> CdiTourVariables.Internal.CAMPAIGN_ID;
          case VISIT -> CdiVisitVariables.VISIT_ID;
          case REVIEW -> AnnualReviewVariables.Internal.REVIEW_ID;
          case NONE -> null;
        };
    Object value = name == null ? null : scope.getVariable(name);
    return value instanceof Number number ? number.longValue() : null;
  }
}
