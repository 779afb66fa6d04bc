package fr.reseau.ecoles.cotraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.notification.OutboxAttachment;
import fr.reseau.ecoles.notification.OutboxAttachmentRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of a co-training request, with the real engine and database: approved and convened,
 * changes asked then approved, refused by the head, refused by the coordinators; bad input refused
 * with the field named and the task left open.
 */
class CoTrainingRequestProcessTest extends IntegrationTest {

  static final String CONVOCATION = "co-training-convocation";
  static final String REFUSED = "co-training-refused";

  @Autowired TestNetworks networks;
  @Autowired CoTrainingRequestRepository requests;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;

  TestNetwork network;
  String requester;
  String colleague;
  String otherSchool;

  @BeforeEach
  void aNetworkOfTwoSchools() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    network = networks.create(2);
    requester = network.documentalistes().get(0);
    colleague = networks.addColleague(network, 0);
    otherSchool = network.documentalistes().get(1);
  }

  ProcessInstance start() {
    ProcessInstance instance =
        startProcess(
            CoTrainingRequestVariables.PROCESS_KEY,
            network.id(),
            CoTrainingPeople.start(requester));
    executeDueJobs(instance);
    return instance;
  }

  CoTrainingRequest stored() {
    return requests.findByNetworkIdOrderById(network.id()).get(0);
  }

  void describe(ProcessInstance instance) {
    complete(
        instance,
        "Task_DescribeProject",
        CoTrainingPeople.description(
            List.of(colleague, otherSchool), "2027-01-20", "2027-01-27", "2027-02-03"));
  }

  List<OutboxMessage> convocationsTo(String userId) {
    return messagesTo(userId, CONVOCATION);
  }

  List<OutboxMessage> messagesTo(String userId, String kind) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(kind))
        .toList();
  }

  @Test
  void anApprovedRequestIsScheduledAndOnlyItsParticipantsAreConvened() throws Exception {
    ProcessInstance instance = start();
    Task describe = task(instance, "Task_DescribeProject");
    assertThat(describe.getAssignee()).isEqualTo(requester);
    assertThat(describe.getFollowUpDate()).isNotNull();
    describe(instance);

    Task review = task(instance, "Task_ReviewByHead");
    assertThat(review.getAssignee()).isEqualTo(network.principals().get(0));
    assertThat(
            (String)
                runtimeService.getVariable(
                    instance.getId(), CoTrainingRequestVariables.REQUEST_SUMMARY))
        .contains("Doc0", "Collègue", "mercredi 20 janvier 2027", "15h-18h", "DANE");
    complete(instance, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));

    assertThat(instance).isWaitingAt("Task_ScheduleWorkshop");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskCandidateGroup("coordinators")
                .count())
        .isEqualTo(1);
    complete(
        instance,
        "Task_ScheduleWorkshop",
        CoTrainingPeople.schedule("2027-01-27", "Collège de test, salle B12"));

    assertThat(instance).isEnded().hasPassed("Task_SendConvocations", "End_Convened");
    CoTrainingRequest request = stored();
    assertThat(request.getStatus()).isEqualTo(CoTrainingStatus.SCHEDULED);
    assertThat(request.getScheduledDate()).isEqualTo(LocalDate.of(2027, 1, 27));
    assertThat(request.getParticipants()).containsExactly(requester, colleague, otherSchool);

    for (String participant : List.of(requester, colleague, otherSchool)) {
      assertThat(convocationsTo(participant)).hasSize(1);
    }
    for (String notConvened :
        List.of(network.principals().get(0), network.principals().get(1), network.coordinator())) {
      assertThat(convocationsTo(notConvened)).isEmpty();
    }
    OutboxMessage message = convocationsTo(colleague).get(0);
    assertThat(message.getSubject()).contains("mercredi 27 janvier 2027");
    assertThat(message.getBodyText()).contains("Collège de test, salle B12", "Mme Martin, DANE");
    List<OutboxAttachment> files = attachments.findByOutboxIdOrderByPosition(message.getId());
    assertThat(files)
        .extracting(OutboxAttachment::getFilename)
        .containsExactly("atelier-mutualisation.ics", "convocation.pdf");
    String ics = new String(files.get(0).getContent(), StandardCharsets.UTF_8);
    assertThat(ics).contains("METHOD:REQUEST", "DTSTART;TZID=Europe/Paris:20270127T150000");
    String pdf = new PdfTextExtractor(new PdfReader(files.get(1).getContent())).getTextFromPage(1);
    assertThat(pdf).contains("Convocation", "Collègue Test", "Les outils du web au collège");
  }

  @Test
  void theHeadAsksForChangesThenApproves() {
    ProcessInstance instance = start();
    describe(instance);
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance, "Task_ReviewByHead").getId(),
                    CoTrainingPeople.head("changes", " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.HEAD_COMMENT);
    complete(
        instance,
        "Task_ReviewByHead",
        CoTrainingPeople.head("changes", "Précisez le nombre d'heures de cours concernées."));

    assertThat(instance).isWaitingAt("Task_DescribeProject");
    assertThat(stored().getStatus()).isEqualTo(CoTrainingStatus.DESCRIBING);
    assertThat(
            runtimeService.getVariable(instance.getId(), CoTrainingRequestVariables.HEAD_COMMENT))
        .isEqualTo("Précisez le nombre d'heures de cours concernées.");
    describe(instance);
    assertThat(
            runtimeService.getVariable(instance.getId(), CoTrainingRequestVariables.HEAD_DECISION))
        .isNull();
    complete(instance, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));
    assertThat(instance).isWaitingAt("Task_ScheduleWorkshop");
    assertThat(stored().getStatus()).isEqualTo(CoTrainingStatus.WAITING_FOR_COORDINATORS);
  }

  @Test
  void theHeadRefuses() {
    ProcessInstance instance = start();
    describe(instance);
    complete(
        instance,
        "Task_ReviewByHead",
        CoTrainingPeople.head("refuse", "Pas de moyens de remplacement ce trimestre."));
    assertThat(instance).isEnded().hasPassed("End_RefusedByHead");
    assertThat(stored().getStatus()).isEqualTo(CoTrainingStatus.REFUSED_BY_HEAD);
    assertThat(convocationsTo(requester)).isEmpty();
    // The requester is told, with the head's reason; the colleagues are not.
    assertThat(messagesTo(requester, REFUSED))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.getSubject())
                    .isEqualTo(
                        "Demande d'atelier de mutualisation refusée : Les outils du web au collège"))
        .satisfies(
            m ->
                assertThat(m.getBodyText())
                    .contains(
                        "chef·fe d'établissement", "Pas de moyens de remplacement ce trimestre."));
    assertThat(messagesTo(colleague, REFUSED)).isEmpty();
  }

  @Test
  void theCoordinatorsRefuseWithAReason() {
    ProcessInstance instance = start();
    describe(instance);
    complete(instance, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance, "Task_ScheduleWorkshop").getId(), CoTrainingPeople.refuse("")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.REFUSAL_REASON);
    complete(
        instance,
        "Task_ScheduleWorkshop",
        CoTrainingPeople.refuse("Le budget de formation du réseau est épuisé."));
    assertThat(instance).isEnded().hasPassed("End_RefusedByCoordinators");
    assertThat(stored().getStatus()).isEqualTo(CoTrainingStatus.REFUSED_BY_COORDINATORS);
    assertThat(stored().getRefusalReason()).startsWith("Le budget");
    assertThat(convocationsTo(requester)).isEmpty();
    assertThat(messagesTo(requester, REFUSED))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.getBodyText())
                    .contains(
                        "la coordination du réseau",
                        "Le budget de formation du réseau est épuisé."));
  }

  @Test
  void badDescriptionsAndDatesAreRefusedNamingTheField() {
    ProcessInstance instance = start();
    String describe = task(instance, "Task_DescribeProject").getId();
    Map<String, Object> alone = CoTrainingPeople.description(List.of(), "2027-01-20", "2027-01-27");
    assertThatThrownBy(() -> taskService.complete(describe, alone))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.PARTICIPANTS);
    Map<String, Object> saturday =
        CoTrainingPeople.description(List.of(colleague), "2027-01-20", "2027-01-23");
    assertThatThrownBy(() -> taskService.complete(describe, saturday))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.WISHED_DATE_2)
        .hasMessageContaining("samedi");
    Map<String, Object> badSlot =
        CoTrainingPeople.description(List.of(colleague), "2027-01-20", "2027-01-27");
    badSlot.put(CoTrainingRequestVariables.SLOT, "l'après-midi");
    assertThatThrownBy(() -> taskService.complete(describe, badSlot))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.SLOT);
    assertThat(instance).isWaitingAt("Task_DescribeProject");

    describe(instance);
    complete(instance, "Task_ReviewByHead", CoTrainingPeople.head("approve", null));
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance, "Task_ScheduleWorkshop").getId(),
                    CoTrainingPeople.schedule("2027-01-21", "CDI")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.SCHEDULED_DATE);
    assertThat(instance).isWaitingAt("Task_ScheduleWorkshop");
  }

  @Test
  void onlyAMemberOfTheNetworkMayAsk() {
    assertThatThrownBy(
            () ->
                startProcess(
                    CoTrainingRequestVariables.PROCESS_KEY,
                    network.id(),
                    CoTrainingPeople.start(network.coordinator())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(CoTrainingRequestVariables.REQUESTER);
  }

  @Test
  void theDemoNetworkHasARequestWaitingForItsHeadOfSchool() {
    CoTrainingRequest demo = requests.findByNetworkIdOrderById("ventoux-baronnies").get(0);
    assertThat(demo.getStatus()).isEqualTo(CoTrainingStatus.WAITING_FOR_HEAD);
    assertThat(demo.getWishedDates()).hasSize(3);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(demo.getProcessInstanceId())
                .taskDefinitionKey("Task_ReviewByHead")
                .singleResult()
                .getAssignee())
        .isEqualTo("chef.groseau");
  }
}
