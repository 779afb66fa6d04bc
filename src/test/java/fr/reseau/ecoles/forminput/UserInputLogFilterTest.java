package fr.reseau.ecoles.forminput;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class UserInputLogFilterTest {

  final LoggerContext context = new LoggerContext();
  final UserInputLogFilter filter = new UserInputLogFilter();

  @Test
  void dropsTheEngineErrorForARefusedForm() {
    var wrapped =
        new ProcessEngineException(
            "listener failed",
            new InvalidInputException(CdiVisitVariables.VISIT_DATE, "pas un jour de classe"));
    assertThat(
            filter.decide(
                null,
                context.getLogger(UserInputLogFilter.ENGINE_COMMAND_LOGGER),
                Level.ERROR,
                "{}",
                new Object[] {wrapped},
                null))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void keepsRealErrorsAndOtherLoggers() {
    var real = new ProcessEngineException("database down");
    assertThat(
            filter.decide(
                null,
                context.getLogger(UserInputLogFilter.ENGINE_COMMAND_LOGGER),
                Level.ERROR,
                "{}",
                new Object[] {real},
                null))
        .isEqualTo(FilterReply.NEUTRAL);
    var refused = new InvalidInputException(CdiVisitVariables.VISIT_DATE, "pas un jour de classe");
    assertThat(
            filter.decide(
                null, context.getLogger("fr.reseau.ecoles"), Level.ERROR, "{}", null, refused))
        .isEqualTo(FilterReply.NEUTRAL);
  }
}
