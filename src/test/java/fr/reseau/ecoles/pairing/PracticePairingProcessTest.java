package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.practice.PracticeInput;
import fr.reseau.ecoles.practice.PracticeService;
import fr.reseau.ecoles.practice.VisitPeriod;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Practices of the map stored through {@link PracticeService} reach {@code Task_ProposePairing} of
 * {@code cdi-tour} (issue 18, part 2): the database path of {@link PracticeProfiles}. One visitor
 * needing « numérique » (school 0) and two hosts: school 1 at 10 km, school 2 at 20 km; school 3
 * does not volunteer. Visit window 5 October 2026 – 28 May 2027.
 */
class PracticePairingProcessTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired PracticeService practices;

  TestNetwork network;
  List<String> docs;

  @BeforeEach
  void aNetworkOfFourSchools() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    network = networks.create(4);
    docs = network.documentalistes();
  }

  @Test
  void withoutPracticesTheNearestHostIsProposed() {
    SpinJsonNode visit = proposal("college", "college", "college");

    assertThat(host(visit)).isEqualTo(docs.get(1));
    assertThat(reasons(visit)).doesNotContain("pratique publiée");
  }

  @Test
  void aPublishedPracticeOnTheVisitorsNeedMovesTheVisitToItsAuthorWithItsFrenchReason() {
    publish(docs.get(2), "Ressources numériques de l'ENT", "digital", false, List.of());

    SpinJsonNode visit = proposal("college", "college", "college");

    assertThat(host(visit)).isEqualTo(docs.get(2));
    assertThat(reasons(visit)).contains("pratique publiée : Ressources numériques de l'ENT");
  }

  @Test
  void aHiddenPracticeOrOneOnAnotherThemeChangesNothing() {
    Long hidden =
        publish(docs.get(2), "Ressources numériques de l'ENT", "digital", false, List.of());
    practices.moderate(
        network.id(),
        hidden,
        true,
        "Doublon",
        new PracticeService.Actor(network.coordinator(), true));
    publish(docs.get(2), "Club lecture du midi", "reading-culture", false, List.of());

    assertThat(host(proposal("college", "college", "college"))).isEqualTo(docs.get(1));
  }

  @Test
  void aHostWhoseWelcomingPeriodsMissTheVisitWindowDoesNotHost() {
    publish(
        docs.get(1),
        "Un CDI ouvert aux collègues",
        "welcome-layout",
        true,
        List.of(new VisitPeriod(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30), null)));

    SpinJsonNode visit = proposal("college", "college", "college");

    assertThat(host(visit)).isEqualTo(docs.get(2));
  }

  @Test
  void aDeclaredPublicSharedWithTheFartherHostCounts() {
    SpinJsonNode visit = proposal("lycee", "college", "lycee");

    assertThat(host(visit)).isEqualTo(docs.get(2));
    assertThat(reasons(visit)).contains("même public : Lycée");
  }

  private Long publish(
      String author, String title, String theme, boolean welcomes, List<VisitPeriod> periods) {
    return practices
        .create(
            network.id(),
            new PracticeInput(
                title,
                "Décrite pour le test du couplage.",
                Set.of(theme),
                null,
                null,
                null,
                List.of(),
                welcomes,
                periods,
                null),
            new PracticeService.Actor(author, false))
        .getId();
  }

  /** The single proposed visit, each volunteer declaring the public given. */
  private SpinJsonNode proposal(String visitorPublic, String nearPublic, String farPublic) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CdiTourVariables.SCHOOL_YEAR, "2026-2027");
    variables.put(CdiTourVariables.NETWORK_ID, network.id());
    variables.put(CdiTourVariables.VOLUNTEERING_DEADLINE, "2026-09-30");
    variables.put(CdiTourVariables.VISIT_WINDOW_START, "2026-10-05");
    variables.put(CdiTourVariables.VISIT_WINDOW_END, "2027-05-28");
    ProcessInstance tour = startProcess(CdiTourVariables.PROCESS_KEY, network.id(), variables);
    declare(tour, docs.get(0), VolunteerRole.VISITOR.code(), visitorPublic, List.of("digital"));
    declare(tour, docs.get(1), VolunteerRole.HOST.code(), nearPublic, List.of());
    declare(tour, docs.get(2), VolunteerRole.HOST.code(), farPublic, List.of());
    declare(tour, docs.get(3), null, null, List.of());
    assertThat(tour).isWaitingAt("Task_ReviewPairing");
    SpinJsonNode visits =
        (SpinJsonNode) runtimeService.getVariable(tour.getId(), CdiTourVariables.PROPOSED_VISITS);
    assertThat(visits.elements()).hasSize(1);
    return visits.elements().get(0);
  }

  private void declare(
      ProcessInstance tour, String member, String role, String publicServed, List<String> needs) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(tour.getId())
            .taskDefinitionKey("Task_DeclareVolunteering")
            .taskAssignee(member)
            .singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put(CdiTourVariables.VOLUNTEER, role != null);
    if (role != null) {
      answers.put(CdiTourVariables.VOLUNTEER_ROLE, role);
      answers.put(CdiTourVariables.PUBLIC_SERVED, publicServed);
      answers.put(CdiTourVariables.NEEDS, needs);
      answers.put(CdiTourVariables.STRENGTHS, List.of());
    }
    taskService.complete(task.getId(), answers);
    executeDueJobs(tour);
  }

  private static String host(SpinJsonNode visit) {
    return visit.prop(CdiVisitVariables.HOST).stringValue();
  }

  private static String reasons(SpinJsonNode visit) {
    return visit.prop("reasons").stringValue();
  }
}
