package fr.reseau.ecoles.network;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a person leaves a network: the application never deletes a member (the roster import leaves
 * out members that are not in the file, docs/roster.md); administrators remove a person in Camunda
 * Admin or through {@code /engine-rest}, by deleting their account ({@code DELETE /user/{id}}) or
 * by taking them out of the network's tenant ({@code DELETE /tenant/{id}/user-members/{userId}}).
 * Both go through the engine's commands; this plugin's interceptor, placed after the engine opened
 * the command's transaction, publishes {@link MemberLeft} once the command has done its work, in
 * that transaction: what the listeners change commits or rolls back with the removal.
 */
@Component
public class MembershipEndings extends AbstractProcessEnginePlugin {

  private final ApplicationEventPublisher events;

  public MembershipEndings(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Watcher());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** The person and network a command removes, or null for any other command. */
  static MemberLeft removal(Object command) {
    if (command instanceof DeleteUserCmd) {
      return new MemberLeft(field(command, DeleteUserCmd.class, "userId"), null);
    }
    if (command instanceof DeleteTenantUserMembershipCmd) {
      return new MemberLeft(
          field(command, DeleteTenantUserMembershipCmd.class, "userId"),
          field(command, DeleteTenantUserMembershipCmd.class, "tenantId"));
    }
    return null;
  }

  /** The engine's commands keep their arguments in fields without getters. */
  private static String field(Object command, Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (String) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Camunda's " + type.getSimpleName() + " has no field " + name + " any more", e);
    }
  }

  final class Watcher extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      MemberLeft left = removal(command);
      if (left != null && left.userId() != null) {
        events.publishEvent(left);
      }
      return result;
    }
  }
}
