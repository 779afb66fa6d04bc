package fr.reseau.ecoles.privacy;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps private answers out of the engine's history: with history level "full", every variable
 * value and every submitted form field would otherwise be copied to ACT_HI_VARINST and
 * ACT_HI_DETAIL, readable in Cockpit and {@code /history} long after the task.
 */
@Component
public class PrivateHistoryFilter extends AbstractProcessEnginePlugin {

  private final PrivateVariables privateVariables;

  public PrivateHistoryFilter(PrivateVariables privateVariables) {
    this.privateVariables = privateVariables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler database =
        new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
    configuration.setHistoryEventHandler(new Handler(database));
  }

  boolean isPrivate(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return privateVariables.isPrivate(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formField) {
      return privateVariables.isPrivate(formField.getPropertyId());
    }
    return false;
  }

  final class Handler implements HistoryEventHandler {

    private final HistoryEventHandler next;

    Handler(HistoryEventHandler next) {
      this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isPrivate(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
