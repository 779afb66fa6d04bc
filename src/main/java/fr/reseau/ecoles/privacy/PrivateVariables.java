package fr.reseau.ecoles.privacy;

import fr.reseau.ecoles.forminput.FormInput;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The form fields only the two teachers of a visit may read (pre-visit answers and recaps), listed
 * in {@code app.privacy.private-variables}. Their answers are stored in the database; in the engine
 * they only live as task-local variables of those teachers' own tasks, and never reach the history
 * ({@link PrivateHistoryFilter}).
 */
@Component
public class PrivateVariables {

  private final Set<String> names;

  public PrivateVariables(@Value("${app.privacy.private-variables}") List<String> names) {
    this.names = Set.copyOf(names);
  }

  public Set<String> names() {
    return names;
  }

  public boolean isPrivate(String variableName) {
    return variableName != null && names.contains(variableName);
  }

  /**
   * The private names that {@code text} is, ignoring case (queries may match names ignoring case);
   * a text followed by a REST condition suffix ({@code name_like_…}) counts too.
   */
  public Set<String> matching(String text) {
    if (text == null) {
      return Set.of();
    }
    String candidate = text.contains("_") ? text.substring(0, text.indexOf('_')) : text;
    return names.stream()
        .filter(name -> name.equalsIgnoreCase(candidate.trim()))
        .collect(Collectors.toSet());
  }

  /**
   * What the teacher submitted for {@code name}: Tasklist's form submission writes into the task's
   * local variable when the task has one (shown to prefill the form), while a REST {@code complete}
   * with variables writes to the process; such a process-level value can only come from this
   * submission, since {@link #discard} removes them after each task.
   */
  public Object submitted(DelegateTask task, String name) {
    VariableScope execution = task.getExecution();
    return execution.hasVariable(name) ? execution.getVariable(name) : task.getVariableLocal(name);
  }

  /** The task's submitted form, private fields read with {@link #submitted}. */
  public FormInput input(DelegateTask task) {
    return FormInput.of(
        name -> isPrivate(name) ? submitted(task, name) : task.getVariable(name),
        (name, value) -> {
          if (!isPrivate(name)) {
            task.setVariable(name, value);
          }
        });
  }

  /**
   * Removes every private variable from the task and from the process, once stored in the database.
   */
  public void discard(DelegateTask task) {
    for (String name : names) {
      task.removeVariableLocal(name);
      while (task.getExecution().hasVariable(name)) {
        task.getExecution().removeVariable(name);
      }
    }
  }
}
