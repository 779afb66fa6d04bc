package fr.reseau.ecoles.forminput;

import fr.reseau.ecoles.access.Requester;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completed a task: the logged-in user, or else (engine API without login) its assignee. */
public final class Actors {

  private Actors() {}

  public static String of(DelegateTask task) {
    String user = Requester.personId(task.getProcessEngineServices().getIdentityService());
    return user != null ? user : task.getAssignee();
  }
}
