package fr.reseau.ecoles.access;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the application itself, after the caller's own rights were checked by the
 * application (e.g. a coordinator importing the roster of their network may create users, which
 * Camunda's authorizations would refuse to a non-administrator).
 */
@Component
public class SystemAccess {

  private final IdentityService identity;

  public SystemAccess(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> action) {
    return asApplication(identity, action);
  }

  /** The same, for engine plugins, which exist before the Spring beans that use the engine. */
  public static <T> T asApplication(IdentityService identity, Supplier<T> action) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** Whether the logged-in user is an administrator ({@code camunda-admin}). */
  public static boolean isAdministrator(Authentication user) {
    return user != null
        && user.getGroupIds() != null
        && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }
}
