package fr.reseau.ecoles.access;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The person whose request is running the current code, if any. Code reached from a delegate, a
 * listener or an expression may run on the job executor (a timer, an async continuation, a message
 * correlated by a job), where nobody is logged in: for a job of a tenant, Camunda authenticates the
 * tenant alone (no user id, no groups). Such code takes who and which network from the process's
 * own data (tenant id, variables) and checks a person's rights only when a person is there.
 */
public final class Requester {

  private Requester() {}

  /**
   * The logged-in person (with a user id), or empty on the job executor and for the application
   * itself.
   */
  public static Optional<Authentication> person(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getUserId() != null ? Optional.of(current) : Optional.empty();
  }

  /** The logged-in person's id, or {@code null}. */
  public static String personId(IdentityService identity) {
    return person(identity).map(Authentication::getUserId).orElse(null);
  }
}
