package fr.reseau.ecoles.event;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.summary.SummaryService;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From needs to a training day: the grouped need of a published summary (digital, named by the
 * validated recaps of documentalistes 0 and 2 of the hand-built year) and a need a member sent
 * since become a proposal; one call makes it a training event that keeps places for them.
 */
class TrainingFromNeedsTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2027, 1, 11); // a Monday

  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear year;
  @Autowired SummaryService summaries;
  @Autowired TrainingProposals proposals;
  @Autowired TrainingEventStarter starter;
  @Autowired NetworkEventRepository events;
  @Autowired RegistrationService registering;
  @Autowired EventRegistrationRepository registrations;

  @Test
  void aGroupedNeedOfThePublishedSummaryBecomesATrainingEventInOneStep() {
    TestNetwork network = networks.create(6);
    List<String> docs = network.documentalistes();
    Long campaignId = year.build(network);
    summaries.compile(campaignId, 2, 1);
    summaries.publish(campaignId, network.coordinator(), null);
    clockAt(TODAY, 9);
    proposals.send(network.id(), docs.get(4), "digital", "Les ENT et les ressources en ligne");

    TrainingProposals.Proposal digital = proposals.proposals(network.id()).get(0);
    assertThat(digital.theme()).isEqualTo("digital");
    assertThat(digital.inSummary()).isEqualTo(2);
    assertThat(digital.sentSince()).isEqualTo(1);
    assertThat(digital.members()).containsExactlyInAnyOrder(docs.get(0), docs.get(2), docs.get(4));
    assertThat(digital.capacity()).as("trainingCapacity of the BPMN file").isEqualTo(12);
    assertThat(digital.suggestedDate())
        .as("first Wednesday after 8 weeks (trainingNotice)")
        .isEqualTo(LocalDate.of(2027, 3, 10));

    Long eventId =
        starter.start(
            network.id(),
            new TrainingEventStarter.Choices("digital", null, "afternoon", "Canopé Avignon", 2));
    NetworkEvent event = events.findById(eventId).orElseThrow();
    assertThat(event.getKind()).isEqualTo(EventKind.TRAINING);
    assertThat(event.getTitle()).isEqualTo("Formation : Numérique et ressources en ligne");
    assertThat(event.getEventDate()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(event.getPriorityInvitees()).isEqualTo(3);
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(event.getProcessInstanceId())
            .singleResult();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey("Task_RegisterForEvent")
                .list())
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(docs);
    assertThat(proposals.proposals(network.id()))
        .as("the member's need is answered by the event")
        .allSatisfy(p -> assertThat(p.sentSince()).isZero());

    // During the priority period the places are kept for those who expressed the need.
    answer(instance, docs.get(1), EventPeople.participant());
    assertThat(statusOf(eventId, docs.get(1))).isEqualTo(RegistrationStatus.WAITING);
    answer(instance, docs.get(0), EventPeople.participant());
    assertThat(statusOf(eventId, docs.get(0))).isEqualTo(RegistrationStatus.REGISTERED);

    // At its end (priorityPeriod, 7 days), a place kept and not taken goes to the waiting list.
    clockAt(TODAY.plusDays(8), 9);
    executeDueJobs(instance);
    assertThat(statusOf(eventId, docs.get(1))).isEqualTo(RegistrationStatus.REGISTERED);
  }

  private void answer(ProcessInstance instance, String member, java.util.Map<String, Object> form) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_RegisterForEvent")
            .taskAssignee(member)
            .singleResult();
    taskService.complete(task.getId(), form);
    executeDueJobs(instance);
  }

  private RegistrationStatus statusOf(Long eventId, String member) {
    return registrations.findByEventIdAndMemberUserId(eventId, member).orElseThrow().getStatus();
  }
}
