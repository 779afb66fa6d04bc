package fr.reseau.ecoles.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
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
            "cdi-tour",
            network.id(),
            Map.of(
                "schoolYear",
                schoolYear,
                "volunteeringDeadline",
                first + "-09-30",
                "visitWindowStart",
                first + "-10-05",
                "visitWindowEnd",
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
    answers.put("volunteer", role != null);
    if (role != null) {
      answers.put("volunteerRole", role);
      answers.put("publicServed", "college");
      answers.put("needs", List.of("digital"));
      answers.put("strengths", List.of("reading-culture"));
      answers.put("constraintKinds", List.of());
    }
    test.completeAs(member, test.taskOf(tour, "Task_DeclareVolunteering", member), answers);
  }

  public void approvePairing(ProcessInstance tour) {
    test.completeAs(
        network.coordinator(), tour, "Task_ReviewPairing", Map.of("pairingApproved", true));
  }

  public void publishSummary(ProcessInstance tour) {
    test.completeAs(
        network.coordinator(), tour, "Task_PublishSummary", Map.of("summaryPublished", true));
  }

  /**
   * The two teachers and the visitor's head of school take a visit from the pre-visit documents to
   * the validated recap; the day-after timer fires on the job executor.
   */
  public void driveVisit(ProcessInstance visit, String visitDate, List<String> trainingNeeds) {
    prepareVisit(visit, visitDate);
    test.clockAt(LocalDate.parse(visitDate).plusDays(1), 9);
    finishVisit(visit, trainingNeeds);
  }

  /** Pre-visit documents, the date proposed and confirmed, the mission order signed. */
  public void prepareVisit(ProcessInstance visit, String visitDate) {
    byAssignee(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            "visitorExpectations",
            "Découvrir un autre CDI",
            "visitorWishesToSee",
            "L'aménagement de l'espace"));
    byAssignee(
        visit,
        "Task_PreVisitHost",
        Map.of(
            "hostExpectations",
            "Un regard extérieur",
            "hostWishesToShow",
            "Le coin lecture",
            "hostPublicDescription",
            "Élèves de la 6e à la 3e"));
    byAssignee(
        visit, "Task_ProposeVisitDate", Map.of("visitDate", visitDate, "visitHalfDay", "morning"));
    byAssignee(visit, "Task_ConfirmVisitDate", Map.of("visitDateAccepted", true));
    byAssignee(
        visit,
        "Task_SignMissionOrder",
        Map.of("missionOrderSigned", true, "missionOrderRef", "OM-1"));
  }

  /** After the visit day (its timer fired): held, recap written and validated. */
  public void finishVisit(ProcessInstance visit, List<String> trainingNeeds) {
    byAssignee(visit, "Task_ConfirmVisitHeld", Map.of("visitHeld", true));
    byAssignee(
        visit,
        "Task_WriteRecap",
        Map.of(
            "recapExchanges",
            "Échanges",
            "recapImprovementsHost",
            "Piste accueil",
            "recapImprovementsVisitor",
            "Piste visiteur",
            "recapTrainingNeeds",
            trainingNeeds,
            "recapShareImprovements",
            true));
    byAssignee(
        visit,
        "Task_ValidateRecap",
        Map.of("recapValidated", true, "recapHostSharesImprovements", true));
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
