package fr.reseau.ecoles.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tour's two half-days per volunteer and year, through the engine: a visit and a hosting on
 * different half-days, never a third one, also when several agreements of the same person are
 * submitted at the same moment on several threads.
 */
class VolunteerHalfDaysTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;

  TestNetwork network;
  List<String> docs;

  @BeforeEach
  void network() {
    clockAt(TODAY, 9);
    network = networks.create(5);
    docs = network.documentalistes();
  }

  /** Pre-visit documents done, the date proposed by the host: the visitor's acceptance waits. */
  ProcessInstance proposed(String visitor, String host, String date, String halfDay) {
    ProcessInstance instance = startVisit(network, visitor, host);
    complete(instance, "Task_PreVisitVisitor", CampaignPeople.visitorDocument());
    complete(instance, "Task_PreVisitHost", CampaignPeople.hostDocument());
    complete(instance, "Task_ProposeVisitDate", proposal(date, halfDay));
    return instance;
  }

  static Map<String, Object> proposal(String date, String halfDay) {
    return Map.of(CdiVisitVariables.VISIT_DATE, date, CdiVisitVariables.VISIT_HALF_DAY, halfDay);
  }

  @Test
  void aVisitAndAHostingOfTheSamePersonFallOnDifferentHalfDays() {
    String both = docs.get(0);
    ProcessInstance visiting = proposed(both, docs.get(1), "2026-11-26", "morning");
    complete(visiting, "Task_ConfirmVisitDate", CampaignPeople.dateAccepted());

    ProcessInstance hosting = startVisit(network, docs.get(2), both);
    complete(hosting, "Task_PreVisitVisitor", CampaignPeople.visitorDocument());
    complete(hosting, "Task_PreVisitHost", CampaignPeople.hostDocument());
    assertThatThrownBy(
            () -> complete(hosting, "Task_ProposeVisitDate", proposal("2026-11-26", "morning")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« " + CdiVisitVariables.VISIT_DATE + " »")
        .hasMessageContaining("a déjà une autre visite le jeudi 26 novembre 2026 (matin)");
    // the afternoon of the same day is another half-day
    complete(hosting, "Task_ProposeVisitDate", proposal("2026-11-26", "afternoon"));
    complete(hosting, "Task_ConfirmVisitDate", CampaignPeople.dateAccepted());
    assertThat(visitOf(hosting).getStatus()).isEqualTo(VisitStatus.DATE_AGREED);
  }

  @Test
  void aThirdHalfDayInTheYearIsRefusedNamingTheDateField() {
    String busy = docs.get(0);
    complete(
        proposed(busy, docs.get(1), "2026-11-26", "morning"),
        "Task_ConfirmVisitDate",
        CampaignPeople.dateAccepted());
    complete(
        proposed(docs.get(2), busy, "2026-12-03", "afternoon"),
        "Task_ConfirmVisitDate",
        CampaignPeople.dateAccepted());

    ProcessInstance third = startVisit(network, busy, docs.get(3));
    complete(third, "Task_PreVisitVisitor", CampaignPeople.visitorDocument());
    complete(third, "Task_PreVisitHost", CampaignPeople.hostDocument());
    assertThatThrownBy(
            () -> complete(third, "Task_ProposeVisitDate", proposal("2027-01-14", "morning")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« " + CdiVisitVariables.VISIT_DATE + " »")
        .hasMessageContaining("a déjà ses deux demi-journées de la tournée cette année")
        .hasMessageContaining("jeudi 26 novembre 2026 matin, jeudi 3 décembre 2026 après-midi");
    assertThat(task(third, "Task_ProposeVisitDate")).as("the task stays open").isNotNull();
  }

  @Test
  void aRefusedOrCancelledDateFreesItsHalfDay() {
    String both = docs.get(0);
    ProcessInstance first = proposed(both, docs.get(1), "2026-11-26", "morning");
    complete(
        first,
        "Task_ConfirmVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE_ACCEPTED,
            false,
            CdiVisitVariables.DATE_REFUSAL_COMMENT,
            "Conseil de classe"));
    ProcessInstance second = proposed(docs.get(2), both, "2026-11-26", "morning");
    complete(second, "Task_ConfirmVisitDate", CampaignPeople.dateAccepted());
    assertThat(visitOf(second).getStatus()).isEqualTo(VisitStatus.DATE_AGREED);
  }

  /**
   * One person in four visits, each proposed (not yet agreed) on its own half-day, plus a fifth
   * visit of two others on the same half-day as the first: every acceptance is submitted at the
   * same moment on its own thread. At most two of the person's visits are agreed, and no one has
   * two agreed visits on one half-day.
   */
  @Test
  void concurrentAgreementsNeverBookAPersonTwiceOrThreeTimes() throws Exception {
    String busy = docs.get(0);
    List<ProcessInstance> instances =
        List.of(
            proposed(busy, docs.get(1), "2026-11-26", "morning"),
            proposed(busy, docs.get(2), "2026-11-27", "morning"),
            proposed(docs.get(3), busy, "2026-11-30", "afternoon"),
            proposed(docs.get(4), busy, "2026-12-01", "morning"),
            proposed(docs.get(1), docs.get(2), "2026-11-26", "morning"),
            proposed(docs.get(2), docs.get(1), "2026-11-26", "morning"));
    CyclicBarrier start = new CyclicBarrier(instances.size());
    ExecutorService threads = Executors.newFixedThreadPool(instances.size());
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (ProcessInstance instance : instances) {
        String taskId = task(instance, "Task_ConfirmVisitDate").getId();
        Callable<Boolean> accept =
            () -> {
              start.await(10, TimeUnit.SECONDS);
              try {
                taskService.complete(taskId, CampaignPeople.dateAccepted());
                return true;
              } catch (InvalidInputException refused) {
                return false;
              }
            };
        outcomes.add(threads.submit(accept));
      }
      int agreed = 0;
      for (Future<Boolean> outcome : outcomes) {
        agreed += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(agreed).as("some agreements went through").isGreaterThanOrEqualTo(2);
    } finally {
      threads.shutdownNow();
    }

    Map<String, List<Visit>> agreedOf = new HashMap<>();
    for (ProcessInstance instance : instances) {
      Visit visit = visitOf(instance);
      if (visit.getStatus() == VisitStatus.DATE_AGREED) {
        agreedOf.computeIfAbsent(visit.getVisitorUserId(), k -> new ArrayList<>()).add(visit);
        agreedOf.computeIfAbsent(visit.getHostUserId(), k -> new ArrayList<>()).add(visit);
      } else {
        assertThat(task(instance, "Task_ConfirmVisitDate"))
            .as("a refused agreement leaves the task open")
            .isNotNull();
      }
    }
    assertThat(agreedOf.get(busy)).as("the busy volunteer's agreed visits").hasSize(2);
    agreedOf.forEach(
        (person, own) -> {
          assertThat(own).as(person + "'s half-days").hasSizeLessThanOrEqualTo(2);
          Set<String> slots = new HashSet<>();
          own.forEach(v -> slots.add(v.getVisitDate() + " " + v.getVisitHalfDay()));
          assertThat(slots).as(person + "'s half-days are distinct").hasSameSizeAs(own);
        });
  }

  Visit visitOf(ProcessInstance instance) {
    Long id = (Long) runtimeService.getVariable(instance.getId(), CdiVisitVariables.VISIT_ID);
    return visits.findById(id).orElseThrow();
  }
}
