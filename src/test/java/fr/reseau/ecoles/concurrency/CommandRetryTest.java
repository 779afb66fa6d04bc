package fr.reseau.ecoles.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bounded retry of commands that lost a race (the concurrent behaviour itself:
 * ConcurrentCompletionsIT).
 */
class CommandRetryTest {

  private final AtomicInteger calls = new AtomicInteger();

  @AfterEach
  void noTransaction() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  /**
   * An interceptor whose next step fails {@code failures} times with {@code error}, then answers
   * "done".
   */
  private CommandRetry.Interceptor failing(int failures, RuntimeException error) {
    CommandRetry.Interceptor interceptor = new CommandRetry.Interceptor();
    interceptor.setNext(
        new CommandExecutor() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T execute(Command<T> command) {
            if (calls.incrementAndGet() <= failures) {
              throw error;
            }
            return (T) "done";
          }
        });
    return interceptor;
  }

  private static final Command<String> COMMAND = commandContext -> "unused";

  @Test
  void aLostOptimisticLockIsRunAgainUntilItSucceeds() {
    assertThat(
            failing(
                    3,
                    new OptimisticLockingException("ENGINE-03005 updated by another transaction"))
                .execute(COMMAND))
        .isEqualTo("done");
    assertThat(calls).hasValue(4);
  }

  @Test
  void aConflictWrappedByTheEngineOrFromJpaOrTheDatabaseCountsToo() {
    assertThat(
            CommandRetry.isConflict(
                new ProcessEngineException(
                    "Exception while invoking TaskListener",
                    new ObjectOptimisticLockingFailureException("Feedback", 1L))))
        .isTrue();
    assertThat(
            CommandRetry.isConflict(
                new ProcessEngineException("flush", new SQLException("Deadlock", "40001"))))
        .isTrue();
    assertThat(
            CommandRetry.isConflict(
                new ProcessEngineException("flush", new SQLException("Unique index", "23505"))))
        .isFalse();
    assertThat(
            CommandRetry.isConflict(
                new InvalidInputException(CdiTourVariables.VOLUNTEER, "obligatoire")))
        .isFalse();
  }

  @Test
  void theRetriesAreBounded() {
    OptimisticLockingException always = new OptimisticLockingException("always");
    assertThatThrownBy(() -> failing(Integer.MAX_VALUE, always).execute(COMMAND)).isSameAs(always);
    assertThat(calls).hasValue(CommandRetry.MAX_ATTEMPTS);
  }

  @Test
  void otherErrorsAreNotRetried() {
    InvalidInputException invalid =
        new InvalidInputException(CdiTourVariables.VOLUNTEER, "obligatoire");
    assertThatThrownBy(() -> failing(1, invalid).execute(COMMAND)).isSameAs(invalid);
    assertThat(calls).hasValue(1);
  }

  @Test
  void neverInsideACallersTransaction() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    OptimisticLockingException conflict = new OptimisticLockingException("conflict");
    assertThatThrownBy(() -> failing(1, conflict).execute(COMMAND)).isSameAs(conflict);
    assertThat(calls).hasValue(1);
  }
}
