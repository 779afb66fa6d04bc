package fr.reseau.ecoles.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * « Relancer ou réaffecter » ({@code create} and {@code complete}): shows the coordinators the
 * stalled task and its choices, tells them, then carries out their choice.
 */
@Component
public class StalledTaskListener implements TaskListener {
  private final StalledTaskDecisions decisions;

  public StalledTaskListener(StalledTaskDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    var element = task.getBpmnModelElementInstance();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      decisions.prepareEscalation(
          task, FollowedElements.followedTaskOf(element), FollowedElements.choicesOf(element));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      decisions.decide(task, FollowedElements.choicesOf(element));
    }
  }
}
