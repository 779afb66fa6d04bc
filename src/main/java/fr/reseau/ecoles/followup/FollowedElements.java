package fr.reseau.ecoles.followup;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Reads the diagram around a reminder or an escalation: which user task a step follows (the task
 * its boundary timer is attached to) and the choices its « Relancer ou réaffecter » offers.
 */
final class FollowedElements {

  /** Extension property of a « Relancer ou réaffecter » task: its choices, comma-separated. */
  static final String CHOICES_PROPERTY = "followUpChoices";

  private FollowedElements() {}

  /**
   * The id of the task whose boundary timer leads to {@code step}, directly or through steps with
   * one incoming flow each (e.g. the timer, a step that raises the priority, then the reminder).
   */
  static String followedTaskOf(FlowNode step) {
    FlowNode node = step;
    for (int depth = 0; depth < 10 && node.getIncoming().size() == 1; depth++) {
      FlowNode source = node.getIncoming().iterator().next().getSource();
      if (source instanceof BoundaryEvent timer) {
        return timer.getAttachedTo().getId();
      }
      node = source;
    }
    throw new IllegalStateException(
        step.getId()
            + " doit suivre le minuteur d'une tâche (événement attaché à la tâche suivie)");
  }

  /** The choices set on the element, in their order. */
  static List<String> choicesOf(BaseElement followUp) {
    String text =
        TaskDeadlines.property(followUp, CHOICES_PROPERTY)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Propriété " + CHOICES_PROPERTY + " absente de " + followUp.getId()));
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
