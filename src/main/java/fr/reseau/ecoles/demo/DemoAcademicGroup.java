package fr.reseau.ecoles.demo;

import fr.reseau.ecoles.academic.AcademicAccounts.Person;
import fr.reseau.ecoles.academic.AcademicGroupService;
import fr.reseau.ecoles.academic.AcademicGroupService.GroupDefinition;
import fr.reseau.ecoles.academic.ProductionPublicationVariables;
import fr.reseau.ecoles.academic.ProductionRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The academic working group of Aix-Marseille (issue 20): three teachers, the référent Sophie
 * Arnaud ({@code sophie.arnaud}), under the IA-IPR {@code ipr.martin} (also the secondary inspector
 * of réseau Sainte Victoire: one account); a representative of the SD-TICE in the national group.
 * One production is published (its national-meeting task waits for the national group), one waits
 * for its peer review by {@code marc.olivier}. Password {@code demo} for the accounts it creates.
 * Idempotent: nothing is added when the group has productions.
 */
@Component
@Profile("demo")
@Order(40)
public class DemoAcademicGroup implements ApplicationRunner {

  public static final String GROUP_ID = "aix-marseille-sciences";
  public static final String REFERENT = "sophie.arnaud";
  public static final String REVIEWER = "marc.olivier";
  public static final String TEACHER = "lea.fontaine";
  public static final String INSPECTOR = "ipr.martin";
  public static final String REPRESENTATIVE = "sdtice.dupont";

  private final AcademicGroupService groups;
  private final ProductionRepository productions;
  private final RuntimeService runtime;
  private final TaskService tasks;

  public DemoAcademicGroup(
      AcademicGroupService groups,
      ProductionRepository productions,
      RuntimeService runtime,
      TaskService tasks) {
    this.groups = groups;
    this.productions = productions;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    groups.define(
        GROUP_ID,
        new GroupDefinition(
            "Aix-Marseille",
            "Sciences et numérique au collège",
            "Des scénarios de sciences intégrant les outils numériques, pour des enseignants non"
                + " spécialistes.",
            new Person(INSPECTOR, "Hélène", "Martin", "helene.martin@ac-aix-marseille.fr"),
            REFERENT,
            List.of(
                new Person(REFERENT, "Sophie", "Arnaud", "sophie.arnaud@ac-aix-marseille.fr"),
                new Person(REVIEWER, "Marc", "Olivier", "marc.olivier@ac-aix-marseille.fr"),
                new Person(TEACHER, "Léa", "Fontaine", "lea.fontaine@ac-aix-marseille.fr"))),
        DemoDataSeeder.DEMO_PASSWORD);
    groups.nameRepresentative(
        new Person(REPRESENTATIVE, "Agnès", "Dupont", "agnes.dupont@education.gouv.fr"),
        "Représentante de la SD-TICE",
        DemoDataSeeder.DEMO_PASSWORD);
    if (!productions.findByGroupIdOrderByUpdatedAtDesc(GROUP_ID).isEmpty()) {
      return;
    }
    ProcessInstance published =
        start(
            "Enquêter sur la qualité de l'air avec des capteurs",
            "/api/networks/" + DemoNetwork.NETWORK_ID + "/campaigns/2026-2027/summary.csv");
    draft(
        published,
        "Enquêter sur la qualité de l'air avec des capteurs",
        "Les élèves mesurent les particules fines autour du collège avec des capteurs"
            + " connectés, tracent leurs mesures et les comparent aux données d'AtmoSud.",
        "Physique-chimie",
        "Cycle 4",
        "Air et santé\nMesure et incertitudes",
        "4 séances de 55 minutes",
        "Microcontrôleur et capteur de particules\nTableur\nCarte en ligne",
        "Question de départ : l'air est-il le même partout autour du collège ?\n"
            + "Montage et étalonnage du capteur en binômes\n"
            + "Campagne de mesures sur trois lieux\n"
            + "Tableur : moyennes et graphiques, comparaison avec AtmoSud\n"
            + "Restitution : une carte commentée pour l'ENT",
        "Données ouvertes d'AtmoSud | https://www.atmosud.org/donnees\n"
            + "Fiche de montage du capteur | https://www.pedagogie.ac-aix-marseille.fr/",
        "Sophie Arnaud\nLéa Fontaine");
    complete(
        published,
        "Task_PeerReview",
        Map.of(ProductionPublicationVariables.PEER_DECISION, "approve"));
    complete(
        published,
        "Task_ValidateProduction",
        Map.of(ProductionPublicationVariables.VALIDATION_DECISION, "publish"));

    ProcessInstance inReview = start("Cartographier son quartier avec OpenStreetMap", null);
    draft(
        inReview,
        "Cartographier son quartier avec OpenStreetMap",
        "Les élèves relèvent les commerces et services de leur quartier et les ajoutent à une"
            + " carte collaborative, en discutant la fiabilité des sources.",
        "Histoire-géographie",
        "Cycle 3",
        "Espace proche\nÉducation aux médias et à l'information",
        "3 séances de 55 minutes",
        "OpenStreetMap\nTablettes",
        "Lecture d'une carte du quartier\nRelevés sur le terrain\nSaisie sur la carte"
            + " collaborative\nBilan : qui a fait cette carte ?",
        "OpenStreetMap | https://www.openstreetmap.org/",
        "Léa Fontaine");
  }

  private ProcessInstance start(String title, String sourceLink) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProductionPublicationVariables.TITLE, title);
    if (sourceLink != null) {
      variables.put(ProductionPublicationVariables.SOURCE_LINK, sourceLink);
    }
    return runtime
        .createProcessInstanceByKey(ProductionPublicationVariables.PROCESS_KEY)
        .processDefinitionTenantId(AcademicGroupService.tenantOf(GROUP_ID))
        .setVariables(variables)
        .execute();
  }

  private void draft(
      ProcessInstance instance,
      String title,
      String summary,
      String discipline,
      String level,
      String themes,
      String duration,
      String tools,
      String steps,
      String resources,
      String authors) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProductionPublicationVariables.TITLE, title);
    v.put(ProductionPublicationVariables.SUMMARY, summary);
    v.put(ProductionPublicationVariables.DISCIPLINE, discipline);
    v.put(ProductionPublicationVariables.LEVEL, level);
    v.put(ProductionPublicationVariables.THEMES, themes);
    v.put(ProductionPublicationVariables.DURATION, duration);
    v.put(ProductionPublicationVariables.DIGITAL_TOOLS, tools);
    v.put(ProductionPublicationVariables.STEPS, steps);
    v.put(ProductionPublicationVariables.RESOURCES, resources);
    v.put(ProductionPublicationVariables.AUTHORS, authors);
    v.put(ProductionPublicationVariables.LICENCE, "CC BY-SA 4.0");
    v.put(ProductionPublicationVariables.REVIEWER, REVIEWER);
    complete(instance, "Task_DraftProduction", v);
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    tasks.complete(task.getId(), variables);
  }
}
