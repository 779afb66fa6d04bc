package fr.reseau.ecoles.concurrency;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Someone else's simultaneous submission is never the caller's error: a command that loses an
 * optimistic lock (Camunda's {@link OptimisticLockingException}, a JPA version or lock conflict, a
 * database serialization failure or deadlock) was rolled back whole, so it is run again, a bounded
 * number of times with a short random pause, before its caller ever hears of it.
 *
 * <p>The outermost command interceptor, outside the engine's transaction interceptor, and only for
 * a command that owns its transaction: never inside another command nor inside a Spring transaction
 * opened by the caller (the roster import), whose other writes could not be replayed. Jobs are left
 * to the job executor, which retries a failed job itself.
 */
@Component
public class CommandRetry extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRetry.class);

  /**
   * Tries in all; ten lost races in a row would take dozens of people on one row in the same
   * second.
   */
  static final int MAX_ATTEMPTS = 10;

  private static final long PAUSE_MILLIS = 25;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Interceptor());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!ownsItsTransaction(command)) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (RuntimeException e) {
          if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
            throw e;
          }
          LOG.info(
              "{} lost a concurrent update (attempt {}), run again: {}",
              command.getClass().getSimpleName(),
              attempt,
              e.getMessage());
          pause(attempt);
        }
      }
    }

    private static boolean ownsItsTransaction(Command<?> command) {
      return Context.getCommandContext() == null
          && !TransactionSynchronizationManager.isActualTransactionActive()
          && !(command instanceof ExecuteJobsCmd)
          && !(command instanceof AcquireJobsCmd)
          && !command.getClass().getName().startsWith("org.camunda.bpm.engine.impl.jobexecutor.");
    }

    private static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(PAUSE_MILLIS * attempt + 1));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while retrying a command", interrupted);
      }
    }
  }

  /** A conflict with another transaction, anywhere in the cause chain. */
  static boolean isConflict(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause instanceof ConcurrencyFailureException
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof jakarta.persistence.PessimisticLockException) {
        return true;
      }
      // SQLState class 40: transaction rollback (serialization failure, deadlock).
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("40")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
