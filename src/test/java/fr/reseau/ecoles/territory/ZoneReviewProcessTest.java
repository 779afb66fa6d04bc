package fr.reseau.ecoles.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestZones;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The zones' step of {@code annual-review} (issue 19): a network with zones has each zone's trio
 * review its part before the meeting, which shows their remarks; a network without zones skips it.
 */
class ZoneReviewProcessTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired TestZones zones;
  @Autowired HandBuiltYear handBuilt;
  @Autowired IdentityService identityService;
  @Autowired ZoneReviewRepository zoneReviews;
  @Autowired AnnualReviewRepository reviews;

  TestNetwork network;

  @BeforeEach
  void year() {
    network = networks.create(6);
    handBuilt.build(network);
    clockAt(LocalDate.of(2027, 6, 1), 9);
  }

  ProcessInstance startAndCloseFeedback() {
    identityService.setAuthentication(
        network.coordinator(), List.of("coordinators"), List.of(network.id()));
    ProcessInstance review;
    try {
      review =
          startProcess(
              AnnualReviewVariables.PROCESS_KEY,
              network.id(),
              Map.of(AnnualReviewVariables.SCHOOL_YEAR, HandBuiltYear.YEAR));
    } finally {
      identityService.clearAuthentication();
    }
    // Past the feedback deadline (P21D): the review goes on without the missing answers.
    clockAt(LocalDate.of(2027, 6, 23), 9);
    executeDueJobs(review);
    return review;
  }

  Task zoneTask(ProcessInstance review, String zoneCode) {
    return taskService
        .createTaskQuery()
        .processInstanceId(review.getId())
        .taskDefinitionKey("Task_ReviewZone")
        .list()
        .stream()
        .filter(
            t ->
                zoneCode.equals(
                    taskService.getVariable(t.getId(), AnnualReviewVariables.REVIEW_ZONE_CODE)))
        .findFirst()
        .orElseThrow();
  }

  static Map<String, Object> remarks(String remarks, String priorities) {
    Map<String, Object> form = new HashMap<>();
    form.put(AnnualReviewVariables.ZONE_REMARKS, remarks);
    form.put(AnnualReviewVariables.ZONE_PRIORITIES, priorities);
    return form;
  }

  void planMeeting(ProcessInstance review) {
    Map<String, Object> form = new HashMap<>();
    form.put(
        AnnualReviewVariables.PLANNED_MEETING_DATE,
        fr.reseau.ecoles.calendar.EngineClock.today().plusDays(7).toString());
    form.put(AnnualReviewVariables.PLANNED_MEETING_START_TIME, "17:00");
    form.put(AnnualReviewVariables.PLANNED_MEETING_END_TIME, "19:00");
    form.put(AnnualReviewVariables.PLANNED_MEETING_PLACE, "CDI");
    complete(review, "Task_PlanNetworkMeeting", form);
  }

  @Test
  void eachZonesTrioReviewsItsPartAndTheMeetingShowsTheirRemarks() {
    NetworkZone north = zones.zone(network, "nord", "Nord", 0, 1, 2);
    zones.zone(network, "sud", "Sud", 3, 4, 5);
    String ipr = zones.inspector(network, "ipr", 0);
    String ien = zones.inspector(network, "ien", 1);
    String head = network.principals().get(0);
    zones.trio(north, head, ipr, ien, false);

    ProcessInstance review = startAndCloseFeedback();
    assertThat(review)
        .hasPassed("Task_CompileIndicators", "Task_PrepareZoneReviews")
        .isWaitingAt("Task_ReviewZone");
    assertThat(runtimeService.getVariable(review.getId(), AnnualReviewVariables.NETWORK_HAS_ZONES))
        .isEqualTo(true);
    assertThat(
            runtimeService.getVariable(review.getId(), AnnualReviewVariables.ZONE_REVIEW_DUE_DATE))
        .isEqualTo("2027-07-07");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey("Task_ReviewZone")
                .count())
        .isEqualTo(2);

    // The north's trio works its zone's task; the south has no trio: the coordinators do.
    Task northTask = zoneTask(review, "nord");
    assertThat(taskService.getIdentityLinksForTask(northTask.getId()))
        .filteredOn(l -> l.getUserId() != null)
        .extracting(IdentityLink::getUserId)
        .containsExactlyInAnyOrder(head, ipr, ien);
    assertThat(northTask.getDueDate()).isNotNull();
    Task southTask = zoneTask(review, "sud");
    assertThat(taskService.getIdentityLinksForTask(southTask.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("coordinators");
    assertThat(taskService.getVariable(northTask.getId(), AnnualReviewVariables.REVIEW_ZONE_NAME))
        .isEqualTo("Nord");
    SpinJsonNode figures =
        (SpinJsonNode)
            taskService.getVariable(northTask.getId(), AnnualReviewVariables.REVIEW_ZONE_FIGURES);
    assertThat(figures.toString())
        .contains("{\"label\":\"Établissements de la zone\",\"value\":\"3\"}")
        .doesNotContain("Collège de test")
        .doesNotContain(network.documentalistes().get(0));
    assertThat(
            taskService
                .getVariable(northTask.getId(), AnnualReviewVariables.REVIEW_ZONE_TRIO)
                .toString())
        .contains("IEN premier degré");

    // Remarks are required; nothing is stored without them.
    assertThatThrownBy(() -> taskService.complete(northTask.getId(), remarks(" ", null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(AnnualReviewVariables.ZONE_REMARKS);
    Long reviewId =
        reviews
            .findByNetworkIdAndSchoolYear(network.id(), HandBuiltYear.YEAR)
            .orElseThrow()
            .getId();
    assertThat(zoneReviews.findByReviewIdOrderByZoneName(reviewId)).isEmpty();

    taskService.complete(
        northTask.getId(), remarks("Liaison CM2-6e à renforcer", "Visites inter-degrés"));
    executeDueJobs(review);
    assertThat(review).isWaitingAt("Task_ReviewZone");
    taskService.complete(southTask.getId(), remarks("Peu de visites à Sud", null));
    executeDueJobs(review);

    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(zoneReviews.findByReviewIdOrderByZoneName(reviewId))
        .extracting(ZoneReview::getZoneName, ZoneReview::getRemarks, ZoneReview::getPriorities)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Nord", "Liaison CM2-6e à renforcer", "Visites inter-degrés"),
            org.assertj.core.groups.Tuple.tuple("Sud", "Peu de visites à Sud", null));
    planMeeting(review);
    Task meeting = task(review, "Task_HoldNetworkMeeting");
    assertThat(taskService.getVariable(meeting.getId(), AnnualReviewVariables.ZONE_REVIEWS))
        .hasToString(
            "[{\"zone\":\"Nord\",\"remarks\":\"Liaison CM2-6e à renforcer\","
                + "\"priorities\":\"Visites inter-degrés\"},"
                + "{\"zone\":\"Sud\",\"remarks\":\"Peu de visites à Sud\",\"priorities\":\"\"}]");
  }

  @Test
  void atTheDeadlineTheMeetingIsPreparedWithoutTheMissingReviews() {
    NetworkZone north = zones.zone(network, "nord", "Nord", 0, 1, 2);
    zones.zone(network, "sud", "Sud", 3, 4, 5);
    zones.trio(north, network.principals().get(0), null, null, false);
    ProcessInstance review = startAndCloseFeedback();
    taskService.complete(zoneTask(review, "nord").getId(), remarks("Bonne année", null));
    executeDueJobs(review);
    assertThat(review).isWaitingAt("Task_ReviewZone");

    clockAt(LocalDate.of(2027, 7, 8), 9);
    executeDueJobs(review);
    assertThat(review).hasPassed("Timer_ZoneReviewDeadline").isWaitingAt("Task_PlanNetworkMeeting");
    planMeeting(review);
    assertThat(
            taskService
                .getVariable(
                    task(review, "Task_HoldNetworkMeeting").getId(),
                    AnnualReviewVariables.ZONE_REVIEWS)
                .toString())
        .contains("Bonne année")
        .doesNotContain("Sud");
  }

  @Test
  void aNetworkWithoutZonesSkipsTheStep() {
    ProcessInstance review = startAndCloseFeedback();
    assertThat(review)
        .hasPassed("Task_PrepareZoneReviews", "Gateway_ZonesToReview", "Gateway_ZoneReviewsDone")
        .hasNotPassed("Task_ReviewZone")
        .isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(runtimeService.getVariable(review.getId(), AnnualReviewVariables.NETWORK_HAS_ZONES))
        .isEqualTo(false);
    planMeeting(review);
    assertThat(
            taskService.getVariable(
                task(review, "Task_HoldNetworkMeeting").getId(),
                AnnualReviewVariables.ZONE_REVIEWS))
        .isNull();
  }
}
