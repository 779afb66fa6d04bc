package fr.reseau.ecoles.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.RestUsers;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole network registers in the same second, through {@code /engine-rest} with their own logins,
 * with the real job executor: every submission is answered 204 (no 500), the places are never
 * exceeded, the rest is on the waiting list, and the event goes on to its mission orders.
 */
class NetworkEventOnJobExecutorIT extends JobExecutorIntegrationTest {

  static final int MEMBERS = 16;
  static final int CAPACITY = 5;
  static final int CONTRIBUTOR_SLOTS = 2;

  @Autowired TestNetworks networks;
  @Autowired EventRegistrationRepository registrations;

  @Test
  void aWholeNetworkRegistersAtOnceWithoutErrorsOrOverbooking() throws Exception {
    TestNetwork network = networks.create(MEMBERS);
    clockAt(LocalDate.of(2027, 1, 11), 9);
    ProcessInstance instance =
        as(
            network.coordinator(),
            () ->
                runtimeService
                    .createProcessInstanceByKey(NetworkEventVariables.PROCESS_KEY)
                    .processDefinitionTenantId(network.id())
                    .setVariables(
                        EventPeople.start(
                            "networkDay",
                            LocalDate.of(2027, 3, 10),
                            LocalDate.of(2027, 2, 24),
                            CAPACITY,
                            CONTRIBUTOR_SLOTS))
                    .execute());
    awaitJobsDone();
    Long eventId =
        ((Number)
                runtimeService.getVariable(
                    instance.getId(), NetworkEventVariables.Internal.EVENT_ID))
            .longValue();

    RestUsers rest = rest();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> answers = new ArrayList<>();
    List<String> docs = network.documentalistes();
    for (int i = 0; i < docs.size(); i++) {
      RestUsers.User member = rest.as(docs.get(i), TestNetworks.PASSWORD);
      Map<String, Object> form = i % 4 == 0 ? EventPeople.contributor() : EventPeople.participant();
      answers.add(
          pool.submit(
              () -> {
                JsonNode task = member.tasks("Task_RegisterForEvent").get(0);
                start.await();
                member.submit(task.get("id").asText(), form);
                return null;
              }));
    }
    start.countDown();
    for (Future<?> answer : answers) {
      answer.get(2, TimeUnit.MINUTES); // fails on any non-204 answer
    }
    pool.shutdown();
    awaitJobsDone();

    List<EventRegistration> rows = registrations.findByEventIdOrderById(eventId);
    assertThat(rows).hasSize(MEMBERS);
    assertThat(count(rows, RegistrationRole.PARTICIPANT, RegistrationStatus.REGISTERED))
        .isEqualTo(CAPACITY);
    assertThat(count(rows, RegistrationRole.CONTRIBUTOR, RegistrationStatus.REGISTERED))
        .isEqualTo(CONTRIBUTOR_SLOTS);
    assertThat(rows.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count())
        .isEqualTo(MEMBERS - CAPACITY - CONTRIBUTOR_SLOTS);

    clockAt(LocalDate.of(2027, 2, 25), 9);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey("Task_SignEventMissionOrder")
                .count())
        .as("one mission order per registered contributor")
        .isEqualTo(CONTRIBUTOR_SLOTS);
  }

  private static long count(
      List<EventRegistration> rows, RegistrationRole role, RegistrationStatus status) {
    return rows.stream().filter(r -> r.getRole() == role && r.getStatus() == status).count();
  }
}
