package fr.reseau.ecoles.cotraining;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.ReceivedMail;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestSmtp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-training request with the real job executor, as in production: the requester starts it as
 * themselves; the head's reminder timer fires with nobody logged in; the convocations (an
 * asynchronous step) reach the participants, and only them, through the SMTP server with their
 * {@code .ics} and PDF.
 */
class CoTrainingOnJobExecutorIT extends JobExecutorIntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2027, 1, 11);

  @Autowired TestNetworks networks;
  @Autowired OutboxRepository outbox;
  @Autowired CoTrainingRequestRepository requests;

  List<OutboxMessage> sent(String userId, String kind) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(kind))
        .toList();
  }

  @Test
  void theHeadIsRemindedAndTheParticipantsReceiveTheirConvocations() {
    clockAt(TODAY, 9);
    TestNetwork network = networks.create(2);
    String requester = network.documentalistes().get(0);
    String colleague = network.documentalistes().get(1);
    String head = network.principals().get(0);
    TestSmtp.startAfresh(outbox);

    Map<String, Object> start = new java.util.HashMap<>(CoTrainingPeople.start(requester));
    start.remove(CoTrainingRequestVariables.REQUESTER);
    ProcessInstance instance =
        startAs(requester, CoTrainingRequestVariables.PROCESS_KEY, network.id(), start);
    awaitJobsDone();
    assertThat(variable(instance, CoTrainingRequestVariables.REQUESTER)).isEqualTo(requester);
    completeAs(
        requester,
        instance,
        "Task_DescribeProject",
        CoTrainingPeople.description(List.of(colleague), "2027-01-20", "2027-01-27"));
    assertThat(sent(head, "task-waiting")).hasSize(1);

    // The follow-up date (followUpAfter P5D): the head is reminded by the job executor.
    clockAt(TODAY.plusDays(5), 10);
    awaitJobsDone();
    assertThat(sent(head, "task-reminder")).hasSize(1);
    assertThat(task(instance, "Task_ReviewByHead")).isNotNull();

    completeAs(head, instance, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));
    completeAs(
        network.coordinator(),
        instance,
        "Task_ScheduleWorkshop",
        CoTrainingPeople.schedule("2027-01-27", "CDI du collège"));
    awaitJobsDone();
    assertThat(isEnded(instance)).isTrue();

    TestSmtp.awaitSent(outbox);
    List<ReceivedMail> convocations =
        TestSmtp.received().stream()
            .filter(m -> m.subject().startsWith("Convocation : atelier de mutualisation"))
            .toList();
    assertThat(convocations)
        .flatExtracting(ReceivedMail::recipients)
        .containsExactlyInAnyOrder(requester + "@test", colleague + "@test");
    for (ReceivedMail mail : convocations) {
      assertThat(mail.files(".ics")).hasSize(1);
      assertThat(mail.files(".pdf")).hasSize(1);
      assertThat(mail.files(".pdf").get(0).pdfText()).contains("Convocation", "CDI du collège");
    }
  }
}
