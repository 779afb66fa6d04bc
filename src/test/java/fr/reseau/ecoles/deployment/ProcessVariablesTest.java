package fr.reseau.ecoles.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.deployment.ProcessVariables.Use;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each process of {@code processes/} has its {@code <Key>Variables} class, which declares every
 * variable its BPMN file and its forms name, and nothing else outside {@code Internal}.
 */
class ProcessVariablesTest {

  @Test
  void everyVariableTheBpmnFileOrItsFormsNameIsDeclared() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Use>>> process :
        ProcessVariables.processes().entrySet()) {
      String key = process.getKey();
      Optional<Class<?>> variables = ProcessVariables.variablesClass(key);
      if (variables.isEmpty()) {
        missing.add("process " + key + ": class " + ProcessVariables.className(key) + " missing");
        continue;
      }
      Set<String> declared =
          new HashSet<>(ProcessVariables.declared(variables.get(), true).values());
      process
          .getValue()
          .forEach(
              (name, uses) -> {
                if (!declared.contains(name)) {
                  missing.add(
                      name + " (" + uses + ") not declared in " + variables.get().getSimpleName());
                }
              });
    }
    assertThat(missing).as("variables the BPMN files and forms name").isEmpty();
  }

  @Test
  void everyDeclaredVariableOutsideInternalIsNamedByTheBpmnFileOrItsForms() throws Exception {
    List<String> unused = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Use>>> process :
        ProcessVariables.processes().entrySet()) {
      Optional<Class<?>> variables = ProcessVariables.variablesClass(process.getKey());
      if (variables.isEmpty()) {
        continue; // reported by the test above
      }
      ProcessVariables.declared(variables.get(), false)
          .forEach(
              (constant, name) -> {
                if (!process.getValue().containsKey(name)) {
                  unused.add(
                      variables.get().getSimpleName()
                          + "."
                          + constant
                          + " = \""
                          + name
                          + "\": neither processes/"
                          + process.getKey()
                          + ".bpmn nor its forms name it (move it to Internal?)");
                }
              });
    }
    assertThat(unused).as("declared variables nobody names").isEmpty();
  }

  @Test
  void expressionsNameTheirVariablesNotBeansFunctionsOrLiterals() {
    assertThat(ProcessVariables.juel("${dates.endOfDay(visitWindowEnd, 14)}"))
        .containsExactly(CdiTourVariables.VISIT_WINDOW_END);
    assertThat(ProcessVariables.juel("${stalledDecision == 'reschedule'} ${!visitHeld}"))
        .containsExactly(CdiVisitVariables.STALLED_DECISION, CdiVisitVariables.VISIT_HELD);
    assertThat(ProcessVariables.juel("${S(\"[]\")} ${null} ${80}")).isEmpty();
    assertThat(
            ProcessVariables.feel(
                "not(proposedVisits = null or count(proposedVisits) = 0) and date(d).weekday",
                Set.of()))
        .containsExactly(CdiTourVariables.PROPOSED_VISITS, "d");
    assertThat(
            ProcessVariables.template(
                "{{#if items}}{{#loop items}}{{get value({\"a\": \"b\"}, this)}}{{x}}{{/loop}}"
                    + " {{hostName}}{{/if}}",
                Set.of()))
        .containsExactly("items", CdiVisitVariables.HOST_NAME);
  }

  @Test
  void formsNameFieldsAndShownVariablesButNotTheFieldsOfRowsOrItems() throws Exception {
    Map<String, List<Use>> reviewPairing = ProcessVariables.forms().get("review-pairing");
    assertThat(reviewPairing)
        .containsKeys(
            CdiTourVariables.PROPOSED_VISITS,
            CdiTourVariables.PAIRING_APPROVED,
            CdiTourVariables.FORBIDDEN_PAIRS,
            CdiTourVariables.NETWORK_NAME)
        .doesNotContainKeys(
            CdiVisitVariables.VISITOR_NAME, "distanceKm", CdiVisitVariables.VISITOR);
    assertThat(reviewPairing.get(CdiTourVariables.PROPOSED_VISITS))
        .contains(new Use("forms/review-pairing.form", "Table_proposedVisits"));
  }

  @Test
  void aCallActivityMappingNamesTheTargetInTheCalledProcess() throws Exception {
    Map<String, Map<String, List<Use>>> processes = ProcessVariables.processes();
    assertThat(processes.get(CdiVisitVariables.PROCESS_KEY).get(CdiVisitVariables.VISITOR))
        .contains(new Use("processes/cdi-tour.bpmn", "CallActivity_Visits camunda:in target"));
    assertThat(processes.get(CdiTourVariables.PROCESS_KEY))
        .doesNotContainKey(CdiVisitVariables.VISITOR);
  }
}
