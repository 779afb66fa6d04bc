package fr.reseau.ecoles.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.event.EventRegistration;
import fr.reseau.ecoles.event.EventRegistrationRepository;
import fr.reseau.ecoles.event.NetworkEventRepository;
import fr.reseau.ecoles.event.NetworkEventVariables;
import fr.reseau.ecoles.event.RegistrationRole;
import fr.reseau.ecoles.event.RegistrationStatus;
import fr.reseau.ecoles.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo event the guide shows (seeded outside the tests' profile, so run here by hand on the
 * demo network): contributors, participants, a waiting list and Camille Roux still to answer.
 */
class DemoNetworkEventTest extends IntegrationTest {

  @Autowired NetworkEventRepository events;
  @Autowired EventRegistrationRepository registrations;

  @Test
  void theDemoEventHasContributorsParticipantsAndAWaitingList() {
    DemoNetworkEvent demo = new DemoNetworkEvent(events, runtimeService, taskService);
    ProcessInstance instance = demo.seed(DemoNetwork.NETWORK_ID);
    assertThat(instance).as("the demo event is published once").isNotNull();
    assertThat(demo.seed(DemoNetwork.NETWORK_ID)).as("idempotent").isNull();
    try {
      Long eventId =
          ((Number)
                  runtimeService.getVariable(
                      instance.getId(), NetworkEventVariables.Internal.EVENT_ID))
              .longValue();
      List<EventRegistration> rows = registrations.findByEventIdOrderById(eventId);
      assertThat(rows)
          .filteredOn(r -> r.getRole() == RegistrationRole.CONTRIBUTOR)
          .extracting(EventRegistration::getMemberUserId)
          .containsExactlyElementsOf(DemoNetworkEvent.CONTRIBUTORS);
      assertThat(rows)
          .filteredOn(r -> r.getStatus() == RegistrationStatus.WAITING)
          .extracting(EventRegistration::getMemberUserId)
          .containsExactly("thomas.girard");
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(instance.getId())
                  .taskAssignee("camille.roux")
                  .count())
          .isEqualTo(1);
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "demo checked");
    }
  }
}
