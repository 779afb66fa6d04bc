package fr.reseau.ecoles.academic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.academic.AcademicPeople.TestGroup;
import fr.reseau.ecoles.access.AccessPolicy;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of a production with the real engine and database: published after one change asked by
 * the IA-IPR, sent back by the peer reviewer, the progress report every two months (the timer), bad
 * input refused with the field named, a proposal from a network stored as a link.
 */
class ProductionPublicationProcessTest extends IntegrationTest {

  @Autowired AcademicGroupService groups;
  @Autowired ProductionRepository productions;
  @Autowired ProgressReportRepository reports;
  @Autowired ProductionProposals proposals;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  static final String NETWORK = "ventoux-baronnies";

  TestGroup group;

  @BeforeEach
  void aGroup() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    group = AcademicPeople.create(groups, "Aix-Marseille");
  }

  ProcessInstance start() {
    return runtimeService
        .createProcessInstanceByKey(ProductionPublicationVariables.PROCESS_KEY)
        .processDefinitionTenantId(group.tenant())
        .setVariables(AcademicPeople.start("Qualité de l'air"))
        .execute();
  }

  Production stored(ProcessInstance instance) {
    return productions
        .findById(
            ((Number)
                    runtimeService.getVariable(
                        instance.getId(), ProductionPublicationVariables.Internal.PRODUCTION_ID))
                .longValue())
        .orElseThrow();
  }

  @Test
  void aProductionIsPublishedAfterOneChangeRequestedByTheInspector() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt("Task_DraftProduction");
    assertThat(stored(instance).getStatus()).isEqualTo(ProductionStatus.DRAFT);
    assertThat(stored(instance).getLicence()).isEqualTo(Production.DEFAULT_LICENCE);
    for (String candidate : new String[] {group.referent(), group.teacher(), group.reviewer()}) {
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(instance.getId())
                  .taskCandidateUser(candidate)
                  .count())
          .as(candidate)
          .isEqualTo(1);
    }
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskCandidateUser(group.inspector())
                .count())
        .isZero();

    complete(instance, "Task_DraftProduction", AcademicPeople.draft(group.reviewer()));
    Task review = task(instance, "Task_PeerReview");
    assertThat(review.getAssignee()).isEqualTo(group.reviewer());
    assertThat(stored(instance).getStatus()).isEqualTo(ProductionStatus.IN_PEER_REVIEW);
    assertThat(
            (String)
                runtimeService.getVariable(
                    instance.getId(), ProductionPublicationVariables.PRODUCTION_SUMMARY))
        .contains("Mesurer la qualité de l'air", "Physique-chimie", "1. Question", "CC BY-SA 4.0");
    complete(instance, "Task_PeerReview", AcademicPeople.peer("approve", null));

    assertThat(task(instance, "Task_ValidateProduction").getAssignee())
        .isEqualTo(group.inspector());
    assertThat(stored(instance).getStatus()).isEqualTo(ProductionStatus.IN_VALIDATION);
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance, "Task_ValidateProduction").getId(),
                    AcademicPeople.validation("changes", " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.VALIDATION_COMMENT);
    complete(
        instance,
        "Task_ValidateProduction",
        AcademicPeople.validation("changes", "Précisez la durée de chaque séance."));

    assertThat(instance).isWaitingAt("Task_DraftProduction");
    assertThat(stored(instance).getStatus()).isEqualTo(ProductionStatus.CHANGES_REQUESTED);
    assertThat(
            runtimeService.getVariable(
                instance.getId(), ProductionPublicationVariables.CHANGES_COMMENT))
        .isEqualTo("(IA-IPR) Précisez la durée de chaque séance.");
    Map<String, Object> corrected = AcademicPeople.draft(group.reviewer());
    corrected.put(ProductionPublicationVariables.DURATION, "3 séances de 55 minutes");
    complete(instance, "Task_DraftProduction", corrected);
    assertThat(
            runtimeService.getVariable(
                instance.getId(), ProductionPublicationVariables.VALIDATION_DECISION))
        .isNull();
    complete(instance, "Task_PeerReview", AcademicPeople.peer("approve", null));
    assertThat(stored(instance).getPublishedAt()).isNull();
    complete(instance, "Task_ValidateProduction", AcademicPeople.validation("publish", null));

    assertThat(instance).hasPassed("Task_PublishProduction").isWaitingAt("Task_NationalMeeting");
    Production published = stored(instance);
    assertThat(published.getStatus()).isEqualTo(ProductionStatus.PUBLISHED);
    assertThat(published.getPublishedAt()).isNotNull();
    assertThat(published.getDuration()).isEqualTo("3 séances de 55 minutes");
    assertThat(published.getResources()).containsExactly("AtmoSud | https://www.atmosud.org/");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskCandidateGroup(AccessPolicy.ACADEMIC_NATIONAL)
                .count())
        .isEqualTo(1);
    assertThat(
            (String)
                runtimeService.getVariable(
                    instance.getId(), ProductionPublicationVariables.NATIONAL_OVERVIEW))
        .contains("| Aix-Marseille (", "Mesurer la qualité de l'air | publiée");
    complete(instance, "Task_NationalMeeting", Map.of());
    assertThat(instance).isEnded().hasPassed("End_Published");
  }

  @Test
  void thePeerReviewerSendsTheDraftBackWithAComment() {
    ProcessInstance instance = start();
    complete(instance, "Task_DraftProduction", AcademicPeople.draft(group.reviewer()));
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance, "Task_PeerReview").getId(),
                    AcademicPeople.peer("changes", null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.PEER_COMMENT);
    complete(
        instance,
        "Task_PeerReview",
        AcademicPeople.peer("changes", "Ajoutez une ressource pour l'étalonnage."));
    assertThat(instance).isWaitingAt("Task_DraftProduction");
    assertThat(stored(instance).getStatus()).isEqualTo(ProductionStatus.CHANGES_REQUESTED);
    assertThat(
            runtimeService.getVariable(
                instance.getId(), ProductionPublicationVariables.CHANGES_COMMENT))
        .isEqualTo("(relecture) Ajoutez une ressource pour l'étalonnage.");
  }

  @Test
  void theReferentReportsProgressEveryTwoMonths() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt("Task_DraftProduction");
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    executeDueJobs(instance);
    assertThat(task(instance, "Task_ReportProgress")).isNull();

    clockAt(LocalDate.of(2027, 3, 12), 9);
    executeDueJobs(instance);
    Task report = task(instance, "Task_ReportProgress");
    assertThat(report.getAssignee()).isEqualTo(group.referent());
    assertThat(instance).isWaitingAt("Task_DraftProduction", "Task_ReportProgress");
    assertThat(
            (String)
                runtimeService.getVariable(
                    instance.getId(), ProductionPublicationVariables.NATIONAL_OVERVIEW))
        .contains("Aix-Marseille", "Qualité de l'air | en rédaction");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    report.getId(), Map.of(ProductionPublicationVariables.PROGRESS, "")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.PROGRESS);
    complete(
        instance,
        "Task_ReportProgress",
        Map.of(ProductionPublicationVariables.PROGRESS, "Deux séances écrites, essais en mars."));
    assertThat(reports.findByProductionIdOrderByReportedAt(stored(instance).getId()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getReportedBy()).isEqualTo(group.referent());
              assertThat(r.getProgress()).startsWith("Deux séances");
            });
    // The cycle goes on: the next report is due two months later.
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    assertThat(instance).isWaitingAt("Task_DraftProduction");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    ProcessInstance instance = start();
    String draft = task(instance, "Task_DraftProduction").getId();
    Map<String, Object> outsider = AcademicPeople.draft(group.inspector());
    assertThatThrownBy(() -> taskService.complete(draft, outsider))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.REVIEWER);
    Map<String, Object> badResource = AcademicPeople.draft(group.reviewer());
    badResource.put(ProductionPublicationVariables.RESOURCES, "juste un titre sans lien");
    assertThatThrownBy(() -> taskService.complete(draft, badResource))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.RESOURCES);
    Map<String, Object> badLicence = AcademicPeople.draft(group.reviewer());
    badLicence.put(ProductionPublicationVariables.LICENCE, "Tous droits réservés");
    assertThatThrownBy(() -> taskService.complete(draft, badLicence))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.LICENCE);
    assertThat(stored(instance).getStatus()).isEqualTo(ProductionStatus.DRAFT);

    // A teacher cannot review their own draft.
    identityService.setAuthentication(
        group.teacher(),
        java.util.List.of(AccessPolicy.ACADEMIC_MEMBERS, group.tenant()),
        java.util.List.of(group.tenant()));
    try {
      Map<String, Object> self = AcademicPeople.draft(group.teacher());
      assertThatThrownBy(() -> taskService.complete(draft, self))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("un autre membre");
    } finally {
      identityService.clearAuthentication();
    }

    Map<String, Object> badLink = AcademicPeople.start("Titre");
    badLink.put(ProductionPublicationVariables.SOURCE_LINK, "javascript:alert(1)");
    assertThatThrownBy(
            () ->
                runtimeService
                    .createProcessInstanceByKey(ProductionPublicationVariables.PROCESS_KEY)
                    .processDefinitionTenantId(group.tenant())
                    .setVariables(badLink)
                    .execute())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.SOURCE_LINK);
  }

  @Test
  void aNetworkProposesItsSummaryAsALinkAndTheProcessLivesOnlyInAcademicTenants() {
    String link = "/api/networks/" + NETWORK + "/campaigns/2026-2027/summary.csv";
    Long id =
        proposals.propose(
            groups.require(group.id()),
            "coordination.test",
            "Partir de la synthèse du réseau",
            null,
            link);
    Production proposed = productions.findById(id).orElseThrow();
    assertThat(proposed.getSourceLink()).isEqualTo(link);
    assertThat(proposed.getGroupId()).isEqualTo(group.id());
    assertThat(proposed.getStatus()).isEqualTo(ProductionStatus.DRAFT);
    // A workshop day's referent ideas: the link to its output, nothing of it copied.
    String ideas =
        fr.reseau.ecoles.workshop.WorkshopDayController.OUTPUT
            .replace("{id}", "7")
            .replace("{kind}", "referents");
    Production fromWorkshop =
        productions
            .findById(
                proposals.propose(
                    groups.require(group.id()),
                    "coordination.test",
                    "Partir des idées des référents",
                    "Les idées de la journée d'ateliers.",
                    ideas))
            .orElseThrow();
    assertThat(fromWorkshop.getSourceLink())
        .isEqualTo("/api/workshop-days/7/outputs/referents.csv");
    assertThat(fromWorkshop.getSummary()).isEqualTo("Les idées de la journée d'ateliers.");
    assertThat(fromWorkshop.getSteps()).isEmpty();
    assertThatThrownBy(
            () -> proposals.propose(groups.require(group.id()), "x", "Sans lien", null, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ProductionPublicationVariables.SOURCE_LINK);

    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProductionPublicationVariables.PROCESS_KEY)
                .tenantIdIn(NETWORK)
                .count())
        .isZero();
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("cdi-tour")
                .tenantIdIn(group.tenant())
                .count())
        .isZero();
  }
}
