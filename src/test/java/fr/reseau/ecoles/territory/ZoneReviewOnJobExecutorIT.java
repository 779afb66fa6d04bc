package fr.reseau.ecoles.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.TestZones;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The zones' review of {@code annual-review} on the job executor: each zone's task is created by an
 * asynchronous job (nobody logged in), two trios answering at the same moment are both kept (the
 * join runs after each answer, retried on a conflict), and the deadline closes the last one.
 */
class ZoneReviewOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired TestZones zones;
  @Autowired AnnualReviewRepository reviews;
  @Autowired ZoneReviewRepository zoneReviews;

  @Test
  void twoTriosAnswerAtOnceAndTheDeadlineClosesTheThird() throws Exception {
    clockAt(LocalDate.of(2027, 6, 1), 9);
    TestNetwork network = networks.create(3);
    NetworkZone aix = zones.zone(network, "aix", "Aix", 0);
    NetworkZone pertuis = zones.zone(network, "pertuis", "Pertuis", 1);
    zones.zone(network, "gardanne", "Gardanne", 2);
    String ipr = zones.inspector(network, "ipr", 0);
    String ien = zones.inspector(network, "ien", 1);
    zones.trio(aix, network.principals().get(0), ipr, null, false);
    zones.trio(pertuis, network.principals().get(1), ipr, ien, false);

    // A year without campaign: no feedback to wait for, straight to the zones.
    ProcessInstance review =
        startAs(
            network.coordinator(),
            AnnualReviewVariables.PROCESS_KEY,
            network.id(),
            Map.of(AnnualReviewVariables.SCHOOL_YEAR, "2026-2027"));
    awaitJobsDone();
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceId(review.getId())
            .taskDefinitionKey("Task_ReviewZone")
            .list();
    assertThat(tasks).hasSize(3);
    // The inspector of two trios sees both zones' tasks, each offered to them.
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskCandidateUser(ipr)
                .count())
        .isEqualTo(2);

    Task aixTask = zoneTask(tasks, "aix");
    Task pertuisTask = zoneTask(tasks, "pertuis");
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                as(
                    network.principals().get(0),
                    () ->
                        taskService.complete(
                            aixTask.getId(),
                            Map.of(AnnualReviewVariables.ZONE_REMARKS, "Aix : bonne dynamique"))));
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () ->
                as(
                    ien,
                    () ->
                        taskService.complete(
                            pertuisTask.getId(),
                            Map.of(
                                AnnualReviewVariables.ZONE_REMARKS,
                                "Pertuis : peu de volontaires"))));
    CompletableFuture.allOf(first, second).get();
    awaitJobsDone();
    Long reviewId =
        reviews.findByNetworkIdAndSchoolYear(network.id(), "2026-2027").orElseThrow().getId();
    assertThat(zoneReviews.findByReviewIdOrderByZoneName(reviewId))
        .extracting(ZoneReview::getZoneCode)
        .containsExactly("aix", "pertuis");
    assertThat(task(review, "Task_ReviewZone")).as("Gardanne still to review").isNotNull();

    LocalDate due =
        LocalDate.parse((String) variable(review, AnnualReviewVariables.ZONE_REVIEW_DUE_DATE));
    clockAt(due.plusDays(1), 9);
    assertThat(task(review, "Task_PlanNetworkMeeting")).as("meeting to plan").isNotNull();
    assertNoFailure();
  }

  Task zoneTask(List<Task> tasks, String zoneCode) {
    return tasks.stream()
        .filter(
            t ->
                zoneCode.equals(
                    taskService.getVariable(t.getId(), AnnualReviewVariables.REVIEW_ZONE_CODE)))
        .findFirst()
        .orElseThrow();
  }
}
