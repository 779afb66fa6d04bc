package fr.reseau.ecoles.academic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.academic.AcademicPeople.TestGroup;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.notification.DeliveryMode;
import fr.reseau.ecoles.notification.NoticeCategory;
import fr.reseau.ecoles.notification.NotificationPreference;
import fr.reseau.ecoles.notification.NotificationPreferenceRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.notification.OutboxStatus;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The référent's progress report tells the IA-IPR and the group's other teachers through the outbox
 * (docs/academic-groups.md): one message each, in French, with the names, the date and the link to
 * the group's productions, never the report's text; their preferences apply; a refused report
 * leaves no message. The group's people belong to no network: their names come from their accounts.
 */
class ProductionMessagesTest extends IntegrationTest {

  static final String REPORT = "Séance 2 réécrite après l'essai en classe de Mme Zorglub.";

  @Autowired AcademicGroupService groups;
  @Autowired OutboxRepository outbox;
  @Autowired NotificationPreferenceRepository preferences;

  TestGroup group;
  ProcessInstance instance;

  @BeforeEach
  void aProductionWaitingForItsReport() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    group = AcademicPeople.create(groups, "Aix-Marseille");
    instance =
        runtimeService
            .createProcessInstanceByKey(ProductionPublicationVariables.PROCESS_KEY)
            .processDefinitionTenantId(group.tenant())
            .setVariables(AcademicPeople.start("Qualité de l'air"))
            .execute();
    clockAt(LocalDate.of(2027, 3, 12), 9);
    executeDueJobs(instance);
  }

  @Test
  void theInspectorAndTheOtherTeachersAreToldWithoutTheReportsText() {
    NotificationPreference digest = new NotificationPreference(group.reviewer());
    digest.change(DeliveryMode.DAILY_DIGEST, true);
    preferences.save(digest);

    complete(
        instance, "Task_ReportProgress", Map.of(ProductionPublicationVariables.PROGRESS, REPORT));

    for (String person : List.of(group.inspector(), group.teacher(), group.reviewer())) {
      OutboxMessage message = only(person);
      assertThat(message.getCategory()).isEqualTo(NoticeCategory.INFORMATION);
      assertThat(message.getNetworkId()).isEqualTo(group.tenant());
      assertThat(message.getSubject())
          .isEqualTo("Compte rendu d'avancement : « Qualité de l'air »");
      assertThat(message.getBodyText())
          .contains(
              "Rémi Référent, professeur·e référent·e du groupe",
              "(académie Aix-Marseille)",
              "le vendredi 12 mars 2027",
              "/api/academic-groups/" + group.id() + "/productions")
          .doesNotContain("Zorglub", "réécrite");
      assertThat(message.getBodyHtml()).doesNotContain("Zorglub");
      assertThat(message.getLink()).endsWith("/api/academic-groups/" + group.id() + "/productions");
    }
    assertThat(only(group.inspector()).getBodyText()).startsWith("Bonjour Inès Inspectrice,");
    assertThat(only(group.inspector()).getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(only(group.reviewer()).getStatus()).isEqualTo(OutboxStatus.DIGEST);
    assertThat(messages(group.referent())).as("the référent wrote it").isEmpty();
  }

  @Test
  void aRefusedReportLeavesNoMessage() {
    Task report = task(instance, "Task_ReportProgress");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    report.getId(), Map.of(ProductionPublicationVariables.PROGRESS, "  ")))
        .isInstanceOf(InvalidInputException.class);
    for (String person : List.of(group.inspector(), group.teacher(), group.reviewer())) {
      assertThat(messages(person)).as(person).isEmpty();
    }
  }

  private List<OutboxMessage> messages(String userId) {
    return outbox.findByRecipientUserIdOrderById(userId).stream()
        .filter(m -> m.getKind().equals(ProductionMessages.PROGRESS_REPORTED))
        .toList();
  }

  private OutboxMessage only(String userId) {
    List<OutboxMessage> found = messages(userId);
    assertThat(found).as(userId).hasSize(1);
    return found.get(0);
  }
}
