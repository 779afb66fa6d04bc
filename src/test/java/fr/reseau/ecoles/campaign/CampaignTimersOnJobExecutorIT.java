package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.Declaration;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The timers of a campaign on the job executor, nobody logged in: the reminder, the deadline that
 * closes the declarations, the visit left without a date, and, a year after the school year, the
 * nightly {@code data-retention} that removes its personal content.
 */
class CampaignTimersOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired DeclarationRepository declarations;
  @Autowired VisitRepository visits;
  @Autowired CampaignRepository campaigns;

  @Test
  void reminderDeadlineStalledVisitAndRetentionRunOnTheJobExecutor() {
    TestNetwork network = networks.create(3);
    CampaignPeople people = new CampaignPeople(this, network);
    ProcessInstance tour = people.startCampaign("2026-2027");
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    people.declare(tour, network.documentalistes().get(0), VolunteerRole.VISITOR.code());
    people.declare(tour, network.documentalistes().get(1), VolunteerRole.HOST.code());

    // A week before the deadline: the silent member's task moves up.
    clockAt(LocalDate.of(2026, 9, 23), 9);
    assertThat(
            runtimeService.getVariable(
                tour.getId(), CdiTourVariables.Internal.REMINDER_PENDING_COUNT))
        .isEqualTo(1);
    assertThat(
            taskOf(tour, "Task_DeclareVolunteering", network.documentalistes().get(2))
                .getPriority())
        .isEqualTo(80);
    assertThat(campaigns.findById(campaignId).orElseThrow().getReminderRecordedAt()).isNotNull();

    // After the deadline: the open declaration is closed, the pairing is proposed.
    clockAt(LocalDate.of(2026, 10, 1), 9);
    assertThat(task(tour, "Task_ReviewPairing")).as("pairing to review").isNotNull();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(tour.getId())
                .taskDefinitionKey("Task_DeclareVolunteering")
                .count())
        .isZero();
    List<Declaration> all = declarations.findByCampaignIdOrderByMemberUserId(campaignId);
    assertThat(all)
        .hasSize(3)
        .filteredOn(d -> !d.isAnswered())
        .singleElement()
        .satisfies(
            d -> assertThat(d.getMemberUserId()).isEqualTo(network.documentalistes().get(2)));

    people.approvePairing(tour);
    ProcessInstance visit = calledInstances(tour).get(0);
    people.byAssignee(
        visit,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Voir",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "Le fonds"));
    people.byAssignee(
        visit,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Échanger",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le fonds",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Collège"));
    // No date agreed in time: the coordinators get the visit, and cancel it.
    clockAfterTimer(visit, "Timer_DateAgreementDeadline");
    Task stalled = task(visit, "Task_ResolveStalledVisit");
    assertThat(stalled).as("stalled visit for the coordinators").isNotNull();
    completeAs(
        network.coordinator(),
        stalled,
        Map.of(
            CdiVisitVariables.STALLED_DECISION,
            "cancel",
            CdiVisitVariables.STALLED_COMMENT,
            "Pas de date possible"));
    assertThat(isEnded(visit)).isTrue();
    assertThat(visits.findByCampaignIdOrderById(campaignId))
        .extracting(v -> v.getStatus())
        .containsExactly(VisitStatus.CANCELLED);
    people.publishSummary(tour);
    assertThat(isEnded(tour)).isTrue();

    // Twelve months after the end of the school year, the network's nightly timer purges the
    // campaign.
    assertThat(declarations.findByCampaignIdOrderByMemberUserId(campaignId)).isNotEmpty();
    clockAtRetentionNight(network.id(), LocalDate.of(2028, 9, 1));
    assertThat(declarations.findByCampaignIdOrderByMemberUserId(campaignId)).isEmpty();
    assertThat(campaigns.findById(campaignId).orElseThrow().getPersonalContentPurgedAt())
        .isNotNull();
    assertNoFailure();
  }
}
