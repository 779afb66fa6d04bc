package fr.reseau.ecoles.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The people of a test network acting in a {@code cdi-tour} campaign, each as themselves, with the
 * job executor running what follows their actions.
 */
public class CampaignPeople {

  private final JobExecutorIntegrationTest test;
  private final TestNetwork network;

  public CampaignPeople(JobExecutorIntegrationTest test, TestNetwork network) {
    this.test = test;
    this.network = network;
  }

  /**
   * The coordinator starts the year's campaign on 7 September: answers by the 30th, visits from 5
   * October to 28 May.
   */
  public ProcessInstance startCampaign(String schoolYear) {
    int first = Integer.parseInt(schoolYear.substring(0, 4));
    test.clockAt(LocalDate.of(first, 9, 7), 9);
    ProcessInstance tour =
        test.startAs(
            network.coordinator(),
            CdiTourVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                CdiTourVariables.SCHOOL_YEAR,
                schoolYear,
                CdiTourVariables.VOLUNTEERING_DEADLINE,
                first + "-09-30",
                CdiTourVariables.VISIT_WINDOW_START,
                first + "-10-05",
                CdiTourVariables.VISIT_WINDOW_END,
                (first + 1) + "-05-28"));
    test.awaitJobsDone();
    return tour;
  }

  /** Each member answers their declaration ({@code null}: not a volunteer). */
  public void declareAll(ProcessInstance tour, Map<String, String> roles) {
    roles.forEach((member, role) -> declare(tour, member, role));
  }

  public void declare(ProcessInstance tour, String member, String role) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
      answers.put(CdiTourVariables.NEEDS, List.of("digital"));
      answers.put(CdiTourVariables.STRENGTHS, List.of("reading-culture"));
      answers.put(CdiTourVariables.CONSTRAINT_KINDS, List.of());
    }
    test.completeAs(member, test.taskOf(tour, "Task_DeclareVolunteering", member), answers);
  }

  public void approvePairing(ProcessInstance tour) {
    test.completeAs(
        network.coordinator(),
        tour,
        "Task_ReviewPairing",
        Map.of(CdiTourVariables.PAIRING_APPROVED, true));
  }

  public void publishSummary(ProcessInstance tour) {
    test.completeAs(
        network.coordinator(),
        tour,
        "Task_PublishSummary",
        Map.of(CdiTourVariables.SUMMARY_PUBLISHED, true));
  }

  /** Pre-visit documents, the date proposed and confirmed, the mission order signed. */
  public void prepareVisit(ProcessInstance visit, String visitDate) {
    byAssignee(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Découvrir un autre CDI",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "L'aménagement de l'espace"));
    byAssignee(
        visit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Un regard extérieur",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le coin lecture",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Élèves de la 6e à la 3e"));
    byAssignee(
        visit,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE, visitDate, CdiVisitVariables.VISIT_HALF_DAY, "morning"));
    byAssignee(visit, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    byAssignee(
        visit,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-1"));
  }

  /** After the visit day (its timer fired): held, recap written and validated. */
  public void finishVisit(ProcessInstance visit, List<String> trainingNeeds) {
    byAssignee(visit, "Task_ConfirmVisitHeld", Map.of(CdiVisitVariables.VISIT_HELD, true));
    byAssignee(
        visit,
        "Task_WriteRecap",
        Map.of(
            CdiVisitVariables.RECAP_EXCHANGES,
            "Échanges",
            CdiVisitVariables.RECAP_IMPROVEMENTS_HOST,
            "Piste accueil",
            CdiVisitVariables.RECAP_IMPROVEMENTS_VISITOR,
            "Piste visiteur",
            CdiVisitVariables.RECAP_TRAINING_NEEDS,
            trainingNeeds,
            CdiVisitVariables.RECAP_SHARE_IMPROVEMENTS,
            true));
    byAssignee(
        visit,
        "Task_ValidateRecap",
        Map.of(
            CdiVisitVariables.RECAP_VALIDATED,
            true,
            CdiVisitVariables.RECAP_HOST_SHARES_IMPROVEMENTS,
            true));
  }

  /**
   * The task's assignee completes it; a group task of the coordinators goes to the network's
   * coordinator.
   */
  public void byAssignee(
      ProcessInstance instance, String taskDefinitionKey, Map<String, Object> answers) {
    Task task = test.task(instance, taskDefinitionKey);
    assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
    test.completeAs(
        task.getAssignee() != null ? task.getAssignee() : network.coordinator(), task, answers);
  }
}
