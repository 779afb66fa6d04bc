package fr.reseau.ecoles.forminput;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every failed command at ERROR with its stack trace, including a form refused for
 * a user's mistake, which is answered with HTTP 400 and is not a server error. This filter drops
 * those entries from the engine's command log; the REST layer still logs them at DEBUG, and every
 * other error is logged as before.
 */
@Component
public class UserInputLogFilter extends TurboFilter {

  static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";

  @PostConstruct
  void install() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!logger.getName().equals(ENGINE_COMMAND_LOGGER)
        || level == null
        || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable refusal = t;
    if (refusal == null && params != null) {
      for (Object param : params) {
        if (param instanceof Throwable throwable) {
          refusal = throwable;
        }
      }
    }
    for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
