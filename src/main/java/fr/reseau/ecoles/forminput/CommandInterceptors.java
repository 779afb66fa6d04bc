package fr.reseau.ecoles.forminput;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Adds the application's checks to the engine's command chain, after those already registered. */
public final class CommandInterceptors {

  private CommandInterceptors() {}

  public static void append(
      ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
