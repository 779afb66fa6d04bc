package fr.reseau.ecoles.forminput;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: the logged-in user, or else (engine API without login) its assignee. */
public final class Actors {

  private Actors() {}

  public static String of(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
  }
}
