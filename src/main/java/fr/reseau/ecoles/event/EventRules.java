package fr.reseau.ecoles.event;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The rules of {@code network-event} a designer changes in Modeler: the process's properties
 * (processes/network-event.bpmn), read from the deployed definition of the network, so that the
 * training proposal and the start form check apply the same numbers.
 */
@Component
public class EventRules {

  /** Minimum notice of a training event (ISO period, default 8 weeks). */
  public static final String TRAINING_NOTICE = "trainingNotice";

  /** Default capacity of a training event proposed from needs. */
  public static final String TRAINING_CAPACITY = "trainingCapacity";

  /** How long places are kept for those who expressed the need (ISO period). */
  public static final String PRIORITY_PERIOD = "priorityPeriod";

  /** How long participants have to give their feedback (ISO period). */
  public static final String FEEDBACK_PERIOD = "feedbackPeriod";

  /** The rules as numbers. */
  public record Rules(
      Period trainingNotice, int trainingCapacity, Period priorityPeriod, Period feedbackPeriod) {}

  private final RepositoryService repository;

  public EventRules(RepositoryService repository) {
    this.repository = repository;
  }

  /** The rules of the network's latest deployed definition. */
  public Rules of(String networkId) {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(NetworkEventVariables.PROCESS_KEY)
            .tenantIdIn(networkId)
            .latestVersion()
            .singleResult();
    if (definition == null) {
      throw new IllegalStateException("network-event is not deployed for " + networkId);
    }
    return of(repository.getBpmnModelInstance(definition.getId()));
  }

  public static Rules of(BpmnModelInstance model) {
    Process process = (Process) model.getModelElementById(NetworkEventVariables.PROCESS_KEY);
    Map<String, String> values =
        Optional.ofNullable(process.getExtensionElements())
            .map(
                e ->
                    e.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                        .flatMap(p -> p.getCamundaProperties().stream())
                        .filter(p -> p.getCamundaValue() != null)
                        .collect(
                            Collectors.toMap(
                                CamundaProperty::getCamundaName,
                                p -> p.getCamundaValue().strip(),
                                (a, b) -> a)))
            .orElse(Map.of());
    return new Rules(
        Period.parse(values.getOrDefault(TRAINING_NOTICE, "P8W")),
        Integer.parseInt(values.getOrDefault(TRAINING_CAPACITY, "12")),
        Period.parse(values.getOrDefault(PRIORITY_PERIOD, "P7D")),
        Period.parse(values.getOrDefault(FEEDBACK_PERIOD, "P14D")));
  }
}
