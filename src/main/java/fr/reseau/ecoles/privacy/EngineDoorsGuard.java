package fr.reseau.ecoles.privacy;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.CommandInterceptors;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.stereotype.Component;

/**
 * Closes the engine's doors that the authorizations leave open to participants (anyone logged in
 * who is not an administrator):
 *
 * <ul>
 *   <li>setting or removing a task's variables outside its form, and throwing a BPMN error or
 *       escalation from a task: both would let a teacher rewrite who the visit is for, or skip a
 *       step (the processes have no such events; forms go through {@code submit-form}/{@code
 *       complete}, checked by {@code SubmittedFieldsGuard});
 *   <li>the engine's usage metrics and telemetry ({@code /engine-rest/metrics}, and the same
 *       through the webapps' REST door): administrators only.
 * </ul>
 *
 * Refusals are authorization errors (HTTP 403). Queries on private answers are refused, for
 * everyone, by {@link PrivateQueryGuard}.
 */
@Component
public class EngineDoorsGuard extends AbstractProcessEnginePlugin {

  private static final List<Class<?>> PARTICIPANT_FORBIDDEN =
      List.of(
          SetTaskVariablesCmd.class,
          PatchTaskVariablesCmd.class,
          RemoveTaskVariablesCmd.class,
          HandleTaskBpmnErrorCmd.class,
          HandleTaskEscalationCmd.class);

  /**
   * The engine's usage metrics and telemetry (how many instances, tasks, workers the installation
   * ran), which Camunda lets any logged-in user read: operations, for administrators only.
   */
  private static final List<String> ADMINISTRATORS_ONLY =
      List.of(
          "org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl",
          "org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd",
          "org.camunda.bpm.engine.impl.cmd.DeleteMetricsCmd",
          "org.camunda.bpm.engine.impl.cmd.DeleteTaskMetricsCmd",
          "org.camunda.bpm.engine.impl.cmd.GetTelemetryDataCmd",
          "org.camunda.bpm.engine.impl.cmd.TelemetryConfigureCmd");

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    CommandInterceptors.append(configuration, new Guard());
  }

  final class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      // Participants only: not the application, nor the job executor (which authenticates a job's
      // tenant, no user).
      Authentication user = Requester.person(configuration.getIdentityService()).orElse(null);
      if (user == null || SystemAccess.isAdministrator(user)) {
        return next.execute(command);
      }
      check(command);
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        // Another network's task, instance or definition, reached by its id: as unknown, not a
        // server error.
        if (e.getMessage() != null && e.getMessage().contains("ENGINE-13034")) {
          throw new RestException(Response.Status.NOT_FOUND, "Introuvable dans votre réseau.");
        }
        throw e;
      }
    }
  }

  void check(Object command) {
    if (PARTICIPANT_FORBIDDEN.stream().anyMatch(forbidden -> forbidden.isInstance(command))) {
      throw new AuthorizationException(
          "Cette action n'est pas permise : une tâche se remplit et se termine "
              + "avec son formulaire.");
    }
    String type = command.getClass().getName();
    if (ADMINISTRATORS_ONLY.stream()
        .anyMatch(name -> type.equals(name) || type.startsWith(name + "$"))) {
      throw new AuthorizationException(
          "Les mesures d'utilisation du moteur sont réservées aux administrateurs.");
    }
  }
}
