package fr.reseau.ecoles.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code create} listener of every task with deadlines: when the coordinators sent the flow back to
 * it from « Relancer ou réaffecter », gives it to the member they chose and tells that person.
 */
@Component
public class FollowedTaskListener implements TaskListener {
  private final StalledTaskDecisions decisions;

  public FollowedTaskListener(StalledTaskDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    decisions.taskCreated(task);
  }
}
