package fr.reseau.ecoles.academic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.academic.AcademicPeople.TestGroup;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.ReceivedMail;
import fr.reseau.ecoles.support.TestSmtp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A production with the real job executor, as in production: a teacher starts it as themselves
 * (their group's tenant reached through the group), the progress-report timer fires with nobody
 * logged in and gives the référent their task, whose report reaches the IA-IPR and the other
 * teachers by e-mail (GreenMail, {@link TestSmtp}: the addresses of their accounts, as they belong
 * to no network; never the report's text), and the production walks to publication with one change
 * requested by the IA-IPR, each person working as themselves.
 */
class ProductionOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired AcademicGroupService groups;
  @Autowired ProductionRepository productions;
  @Autowired ProgressReportRepository reports;
  @Autowired OutboxRepository outbox;

  @Test
  void theTimerAsksTheReferentForAReportAndTheProductionIsPublished() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    TestGroup group = AcademicPeople.create(groups, "Aix-Marseille");
    TestSmtp.startAfresh(outbox);
    ProcessInstance instance =
        startAs(
            group.teacher(),
            ProductionPublicationVariables.PROCESS_KEY,
            group.tenant(),
            AcademicPeople.start("Qualité de l'air, sur le job executor"));
    awaitJobsDone();
    Long productionId =
        ((Number) variable(instance, ProductionPublicationVariables.Internal.PRODUCTION_ID))
            .longValue();

    // Two months later the cycle timer fires on the job executor: the référent reports.
    clockAfterTimer(instance, "Start_ProgressReportDue");
    assertThat(task(instance, "Task_ReportProgress").getAssignee()).isEqualTo(group.referent());
    completeAs(
        group.referent(),
        instance,
        "Task_ReportProgress",
        Map.of(ProductionPublicationVariables.PROGRESS, "Premier jet écrit."));
    assertThat(reports.findByProductionIdOrderByReportedAt(productionId)).hasSize(1);
    TestSmtp.awaitSent(outbox);
    for (String person : List.of(group.inspector(), group.teacher(), group.reviewer())) {
      List<ReceivedMail> mails = mailsTo(person);
      assertThat(mails).as(person).hasSize(1);
      assertThat(mails.get(0).subject())
          .isEqualTo("Compte rendu d'avancement : « Qualité de l'air, sur le job executor »");
      assertThat(mails.get(0).text())
          .contains("Rémi Référent", "/api/academic-groups/" + group.id() + "/productions")
          .doesNotContain("Premier jet");
    }
    assertThat(mailsTo(group.referent())).isEmpty();

    completeAs(
        group.teacher(), instance, "Task_DraftProduction", AcademicPeople.draft(group.reviewer()));
    completeAs(group.reviewer(), instance, "Task_PeerReview", AcademicPeople.peer("approve", null));
    completeAs(
        group.inspector(),
        instance,
        "Task_ValidateProduction",
        AcademicPeople.validation("changes", "Ajoutez la durée."));
    completeAs(
        group.teacher(), instance, "Task_DraftProduction", AcademicPeople.draft(group.reviewer()));
    completeAs(group.reviewer(), instance, "Task_PeerReview", AcademicPeople.peer("approve", null));
    completeAs(
        group.inspector(),
        instance,
        "Task_ValidateProduction",
        AcademicPeople.validation("publish", null));
    assertThat(productions.findById(productionId).orElseThrow().getStatus())
        .isEqualTo(ProductionStatus.PUBLISHED);
    completeAs(group.referent(), instance, "Task_NationalMeeting", Map.of());
    assertThat(isEnded(instance)).isTrue();
    assertNoFailure();
  }

  private static List<ReceivedMail> mailsTo(String person) {
    return TestSmtp.received().stream()
        .filter(m -> m.isTo(AcademicPeople.address(person)))
        .filter(m -> m.subject().startsWith("Compte rendu d'avancement"))
        .toList();
  }
}
