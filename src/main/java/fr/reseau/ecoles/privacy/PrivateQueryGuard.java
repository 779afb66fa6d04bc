package fr.reseau.ecoles.privacy;

import fr.reseau.ecoles.forminput.CommandInterceptors;
import java.util.Properties;
import java.util.Set;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * No query may carry a condition on a private variable, for anyone (docs/access.md, « Private
 * answers cannot be searched »). Camunda applies no variable permission to query conditions:
 * whoever may list a visit's tasks could otherwise ask "is there a task whose {@code
 * recapExchanges} starts with A?" and read an answer letter by letter, through any of the many
 * doors that take a variable condition (task, process-instance, execution, variable-instance, case
 * and history queries, their {@code orQueries}, saved filters, sorting by a variable, message
 * correlation, batch operations selected by a query, {@code *IgnoreCase} and {@code like} forms).
 *
 * <p>Rather than list those doors, the condition is refused where every one of them ends: in the
 * query objects themselves ({@link PrivateConditions}), checked twice:
 *
 * <ul>
 *   <li>on each engine command before it runs, so that a refusal is a clean authorization error
 *       (HTTP 403) that does not depend on the guess;
 *   <li>on each SQL select of the engine's MyBatis session, for queries built and run inside a
 *       command (a saved filter, a message correlation, a batch's selection).
 * </ul>
 *
 * Nobody needs such a query: the answers are stored in the application's database and shown to the
 * two teachers in their own tasks; in the engine they only exist as task-local variables of those
 * tasks. Cockpit's plugin queries, which run on a session factory of their own, are refused at
 * their HTTP door by {@link PrivateSearchFilter}.
 */
@Component
public class PrivateQueryGuard extends AbstractProcessEnginePlugin {

  private final PrivateConditions conditions;

  public PrivateQueryGuard(PrivateVariables privateVariables) {
    this.conditions = new PrivateConditions(privateVariables);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.append(configuration, new CommandGuard());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new SelectGuard());
  }

  final class CommandGuard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      conditions.refuseIfAny(command);
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        // Refused inside the command (e.g. a saved filter's query): the refusal, not a persistence
        // error.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof PrivateConditions.Refused refused) {
            throw refused;
          }
        }
        throw e;
      }
    }
  }

  /** Looks at the parameter object of every select the engine sends to the database. */
  @Intercepts({
    @Signature(
        type = Executor.class,
        method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class})
  })
  final class SelectGuard implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      conditions.refuseIfAny(invocation.getArgs()[1]);
      return invocation.proceed();
    }

    @Override
    public Object plugin(Object target) {
      // MyBatis offers every executor, statement, parameter and result handler of every select;
      // only the executor is intercepted, and Plugin.wrap reads the annotations again each time.
      return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public void setProperties(Properties properties) {
      // none
    }
  }

  /** The private names among the variable conditions of a command or query (for tests). */
  Set<String> privateConditions(Object commandOrQuery) {
    return conditions.privateNames(commandOrQuery);
  }
}
