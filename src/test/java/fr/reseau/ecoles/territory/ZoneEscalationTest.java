package fr.reseau.ecoles.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.followup.FollowUpMessages;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestZones;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * « Relancer ou réaffecter » of a stalled task goes to the zone's trio too when the coordinators
 * chose so (the zone of the holder's school), to the coordinators alone otherwise.
 */
class ZoneEscalationTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16); // a Monday

  @Autowired TestNetworks networks;
  @Autowired TestZones zones;
  @Autowired OutboxRepository outbox;

  TestNetwork network;
  NetworkZone north;
  String ipr;
  String head;
  String visitor;
  String host;

  @BeforeEach
  void networkWithAZone() {
    clockAt(TODAY, 9);
    network = networks.create(3);
    // The visitor's school is in the north; the host's school in no zone.
    north = zones.zone(network, "nord", "Nord", 0, 2);
    ipr = zones.inspector(network, "ipr", 2);
    head = network.principals().get(2);
    visitor = network.documentalistes().get(0);
    host = network.documentalistes().get(1);
  }

  ProcessInstance stalledVisit() {
    ProcessInstance instance = startVisit(network, visitor, host);
    clockAt(TODAY.plusDays(14), 10);
    executeDueJobs(instance);
    assertThat(instance).isWaitingAt("Task_PreVisitVisitorFollowUp", "Task_PreVisitHostFollowUp");
    return instance;
  }

  java.util.List<String> candidateUsers(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getUserId)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  long escalationsTo(String userId) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(FollowUpMessages.ESCALATION_KIND))
        .count();
  }

  @Test
  void whenChosenTheZonesTrioReceivesItsZonesEscalationsBesideTheCoordinators() {
    zones.trio(north, head, ipr, null, true);
    ProcessInstance instance = stalledVisit();

    Task zoneFollowUp = task(instance, "Task_PreVisitVisitorFollowUp");
    assertThat(zoneFollowUp).hasCandidateGroup("coordinators");
    assertThat(candidateUsers(zoneFollowUp)).containsExactlyInAnyOrder(head, ipr);
    assertThat(escalationsTo(ipr)).isOne();
    assertThat(escalationsTo(head)).isOne();
    assertThat(escalationsTo(network.coordinator())).isEqualTo(2);
    // The host's school is in no zone: coordinators alone.
    assertThat(candidateUsers(task(instance, "Task_PreVisitHostFollowUp"))).isEmpty();

    // A pilot decides like a coordinator: remind the visitor.
    java.util.Map<String, Object> remind = new java.util.HashMap<>();
    remind.put(fr.reseau.ecoles.visit.CdiVisitVariables.FOLLOW_UP_DECISION, "remind");
    taskService.claim(zoneFollowUp.getId(), ipr);
    taskService.complete(zoneFollowUp.getId(), remind);
    executeDueJobs(instance);
    assertThat(task(instance, "Task_PreVisitVisitor").getAssignee()).isEqualTo(visitor);
  }

  @Test
  void otherwiseTheCoordinatorsAlone() {
    zones.trio(north, head, ipr, null, false);
    ProcessInstance instance = stalledVisit();
    assertThat(candidateUsers(task(instance, "Task_PreVisitVisitorFollowUp"))).isEmpty();
    assertThat(escalationsTo(ipr)).isZero();
    assertThat(escalationsTo(head)).isZero();
  }
}
