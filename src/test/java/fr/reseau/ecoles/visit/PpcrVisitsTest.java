package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.pairing.PairingService;
import fr.reseau.ecoles.pairing.Volunteer;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A PPCR date on the declaration, through the engine: the visit of a volunteer who gave it takes
 * place before it (its window ends the day before, the date agreement refuses a later day), and its
 * date-agreement reminders come earlier ({@code followUpAfterPpcr}).
 */
class PpcrVisitsTest extends IntegrationTest {

  static final String APPRAISAL = "2027-01-15"; // a Friday

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;
  @Autowired DeclarationRepository declarations;
  @Autowired PairingService pairing;

  TestNetwork network;
  List<String> docs;

  @BeforeEach
  void network() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    network = networks.create(4);
    docs = network.documentalistes();
  }

  ProcessInstance start() {
    return startCdiTour(network);
  }

  Task declaration(ProcessInstance tour, String member) {
    return taskService
        .createTaskQuery()
        .processInstanceId(tour.getId())
        .taskDefinitionKey("Task_DeclareVolunteering")
        .taskAssignee(member)
        .singleResult();
  }

  static Map<String, Object> answers(String role, String ppcrDate) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, true);
    answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
    answers.put(CdiTourVariables.PUBLIC_SERVED, "college");
    answers.put(CdiTourVariables.NEEDS, List.of("digital"));
    answers.put(CdiTourVariables.STRENGTHS, List.of("digital"));
    if (ppcrDate != null) {
      answers.put(CdiTourVariables.PPCR_PLANNED, true);
      answers.put(CdiTourVariables.PPCR_DATE, ppcrDate);
    }
    return answers;
  }

  void declare(ProcessInstance tour, String member, String role, String ppcrDate) {
    taskService.complete(declaration(tour, member).getId(), answers(role, ppcrDate));
    executeDueJobs(tour);
  }

  Visit visitOf(String visitor) {
    return visits.findAll().stream()
        .filter(v -> v.getNetworkId().equals(network.id()))
        .filter(v -> v.getVisitorUserId().equals(visitor))
        .findFirst()
        .orElseThrow();
  }

  ProcessInstance instanceOf(Visit visit) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(visit.getProcessInstanceId())
        .singleResult();
  }

  @Test
  void aPpcrDateIsStoredAndAPastOneIsRefusedNamingTheField() {
    ProcessInstance tour = start();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    declaration(tour, docs.get(0)).getId(),
                    answers(VolunteerRole.VISITOR.code(), "2026-09-01")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« " + CdiTourVariables.PPCR_DATE + " »")
        .hasMessageContaining("postérieure à aujourd'hui");
    declare(tour, docs.get(0), VolunteerRole.VISITOR.code(), APPRAISAL);
    assertThat(
            declarations.findAll().stream()
                .filter(d -> d.getMemberUserId().equals(docs.get(0)))
                .findFirst()
                .orElseThrow()
                .getPpcrDate())
        .isEqualTo(LocalDate.parse(APPRAISAL));
  }

  @Test
  void anAppraisalBeforeTheWindowGivesNoPriorityInThePairing() {
    ProcessInstance tour = start();
    declare(
        tour,
        docs.get(0),
        VolunteerRole.VISITOR.code(),
        "2026-10-02"); // before the window opens (5 October)
    declare(tour, docs.get(1), VolunteerRole.VISITOR.code(), APPRAISAL);
    declare(tour, docs.get(2), VolunteerRole.HOST.code(), null);
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    Map<String, Boolean> priority = new HashMap<>();
    for (Volunteer volunteer : pairing.volunteers(campaignId)) {
      priority.put(volunteer.userId(), volunteer.ppcrPlanned());
    }
    assertThat(priority)
        .containsEntry(docs.get(0), false)
        .containsEntry(docs.get(1), true)
        .containsEntry(docs.get(2), false);
  }

  @Test
  void aPpcrVisitTakesPlaceBeforeTheAppraisalAndItsRemindersComeEarlier() {
    ProcessInstance tour = start();
    declare(tour, docs.get(0), VolunteerRole.VISITOR.code(), APPRAISAL);
    declare(tour, docs.get(1), VolunteerRole.HOST.code(), null);
    declare(tour, docs.get(2), VolunteerRole.VISITOR.code(), null);
    declare(tour, docs.get(3), VolunteerRole.HOST.code(), null);
    complete(tour, "Task_ReviewPairing", Map.of(CdiTourVariables.PAIRING_APPROVED, true));

    Visit ppcr = visitOf(docs.get(0));
    Visit plain = visitOf(docs.get(2));
    assertThat(ppcr.getVisitWindowEnd()).isEqualTo(LocalDate.of(2027, 1, 14));
    assertThat(ppcr.getPpcrDate()).isEqualTo(LocalDate.parse(APPRAISAL));
    assertThat(ppcr.getReasons())
        .contains("visite avant le rendez-vous de carrière du vendredi 15 janvier 2027");
    assertThat(plain.getVisitWindowEnd()).isEqualTo(LocalDate.of(2027, 5, 28));
    assertThat(plain.getPpcrDate()).isNull();

    ProcessInstance ppcrVisit = instanceOf(ppcr);
    ProcessInstance plainVisit = instanceOf(plain);
    // The coordinators' deadline (21 days before the window ends) comes earlier too.
    assertThat(
            runtimeService.getVariable(
                ppcrVisit.getId(), CdiVisitVariables.DATE_AGREEMENT_DEADLINE))
        .isEqualTo("2026-12-24");
    assertThat(
            runtimeService.getVariable(
                plainVisit.getId(), CdiVisitVariables.DATE_AGREEMENT_DEADLINE))
        .isEqualTo("2027-05-07");

    // The pair prepares at once (the pre-visit steps escalate after their own delays).
    for (ProcessInstance instance : List.of(ppcrVisit, plainVisit)) {
      complete(instance, "Task_PreVisitVisitor", CampaignPeople.visitorDocument());
      complete(instance, "Task_PreVisitHost", CampaignPeople.hostDocument());
    }
    // followUpAfterPpcr P3D instead of followUpAfter P7D, on the task and on its reminder timer
    assertThat(daysToReminder(ppcrVisit, "Task_ProposeVisitDate")).isEqualTo(3);
    assertThat(daysToReminder(plainVisit, "Task_ProposeVisitDate")).isEqualTo(7);

    assertThatThrownBy(
            () ->
                complete(
                    ppcrVisit, "Task_ProposeVisitDate", CampaignPeople.dateProposal("2027-01-19")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« " + CdiVisitVariables.VISIT_DATE + " »")
        .hasMessageContaining("au jeudi 14 janvier 2027");
    complete(ppcrVisit, "Task_ProposeVisitDate", CampaignPeople.dateProposal("2027-01-12"));
    // the visitor's reminder: followUpAfterPpcr P1D instead of P3D
    assertThat(daysToReminder(ppcrVisit, "Task_ConfirmVisitDate")).isEqualTo(1);
    complete(ppcrVisit, "Task_ConfirmVisitDate", CampaignPeople.dateAccepted());
    assertThat(visitOf(docs.get(0)).getVisitDate()).isBefore(LocalDate.parse(APPRAISAL));
  }

  /** Days from now to the task's follow-up date, which its reminder timer shares. */
  long daysToReminder(ProcessInstance instance, String taskKey) {
    Task task = task(instance, taskKey);
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(taskKey.replace("Task_", "Timer_") + "Reminder")
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(task.getFollowUpDate());
    return ChronoUnit.DAYS.between(
        fr.reseau.ecoles.calendar.EngineClock.today(),
        task.getFollowUpDate()
            .toInstant()
            .atZone(fr.reseau.ecoles.calendar.ProcessDates.ZONE)
            .toLocalDate());
  }
}
