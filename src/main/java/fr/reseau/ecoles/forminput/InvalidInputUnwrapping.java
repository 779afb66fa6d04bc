package fr.reseau.ecoles.forminput;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions of task listeners in a generic {@link ProcessEngineException}, which
 * the REST API answers with HTTP 500. This outermost command interceptor hands the caller the
 * {@link InvalidInputException} itself (after the transaction was rolled back), so Tasklist and
 * {@code /engine-rest} answer 400 with the French message that names the field.
 */
@Component
public class InvalidInputUnwrapping extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Interceptor());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof InvalidInputException invalid) {
            throw invalid;
          }
        }
        throw e;
      }
    }
  }
}
