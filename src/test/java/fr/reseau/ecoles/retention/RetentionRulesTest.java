package fr.reseau.ecoles.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/** The retention rules and the settings a designer may change in processes/. */
class RetentionRulesTest {

  @Test
  void aSchoolYearExpiresOnTheFirstOfSeptemberAfterItsRetentionPeriod() {
    assertThat(PersonalContentPurgeService.expiresOn("2025-2026", 12))
        .isEqualTo(LocalDate.of(2027, 9, 1));
    assertThat(PersonalContentPurgeService.expiresOn("2025-2026", 24))
        .isEqualTo(LocalDate.of(2028, 9, 1));
    assertThat(PersonalContentPurgeService.expiresOn("2025-2026", 6))
        .isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(PersonalContentPurgeService.expiresOn("2025-2026", 0))
        .isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void aWrongRetentionParameterStopsThePurge() {
    assertThat(RetentionPeriod.months(12)).isEqualTo(12);
    assertThat(RetentionPeriod.months(18L)).isEqualTo(18);
    for (Object wrong : new Object[] {null, -1, 12.5, "12"}) {
      assertThatThrownBy(() -> RetentionPeriod.months(wrong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(DataRetentionVariables.RETENTION_MONTHS_AFTER_SCHOOL_YEAR);
    }
  }

  @Test
  void everyProcessSaysHowLongItsHistoryIsKept() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> bpmn = files.filter(f -> f.toString().endsWith(".bpmn")).toList();
      assertThat(bpmn)
          .hasSizeGreaterThanOrEqualTo(3)
          .allSatisfy(
              file ->
                  assertThat(process(file).getCamundaHistoryTimeToLive())
                      .as(file.toString())
                      .isNotNull()
                      .isPositive());
    }
  }

  /**
   * A campaign ends before 1 September (its summary published in June), so a history kept no longer
   * than the retention period is gone before the purge: the engine's history does not outlive the
   * business data.
   */
  @Test
  void aCampaignsHistoryIsKeptNoLongerThanItsPersonalContent() {
    int months = Integer.parseInt(retentionParameter().getTextContent().replaceAll("[^0-9]", ""));
    int maxDays = months * 365 / 12;
    for (String key : List.of(CdiTourVariables.PROCESS_KEY, CdiVisitVariables.PROCESS_KEY)) {
      assertThat(process(Path.of("processes", key + ".bpmn")).getCamundaHistoryTimeToLive())
          .as(key)
          .isLessThanOrEqualTo(maxDays);
    }
  }

  @Test
  void dataRetentionRunsEveryNightWithATwelveMonthPeriod() {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(Path.of("processes/data-retention.bpmn").toFile());
    Process process = model.getModelElementById(DataRetentionVariables.PROCESS_KEY);
    assertThat(process.getName()).isEqualTo("Effacement des données personnelles échues");
    assertThat(process.isCamundaStartableInTasklist()).isFalse();
    StartEvent start = model.getModelElementById("Timer_EveryNight");
    TimerEventDefinition timer =
        (TimerEventDefinition) start.getEventDefinitions().iterator().next();
    assertThat(timer.getTimeCycle().getTextContent()).isEqualTo("0 0 3 * * ?");
    ServiceTask task = model.getModelElementById("Task_PurgePersonalContent");
    assertThat(task.getCamundaDelegateExpression()).isEqualTo("${purgePersonalContentDelegate}");
    assertThat(retentionParameter().getTextContent()).isEqualTo("${12}");
    // Every element has a name for the people who read the diagram, and a shape in it.
    for (FlowElement element : model.getModelElementsByType(FlowNode.class)) {
      assertThat(element.getName()).as(element.getId()).isNotBlank();
      assertThat((Object) model.getModelElementById(element.getId() + "_di"))
          .as(element.getId() + "_di")
          .isNotNull();
    }
  }

  static Process process(Path file) {
    return Bpmn.readModelFromFile(file.toFile())
        .getModelElementsByType(Process.class)
        .iterator()
        .next();
  }

  static CamundaInputParameter retentionParameter() {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(Path.of("processes/data-retention.bpmn").toFile());
    return model.getModelElementsByType(CamundaInputParameter.class).stream()
        .filter(
            p ->
                p.getCamundaName()
                    .equals(DataRetentionVariables.RETENTION_MONTHS_AFTER_SCHOOL_YEAR))
        .findFirst()
        .orElseThrow();
  }
}
