package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.notification.OutboxAttachmentRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.CampaignPeople;
import fr.reseau.ecoles.support.JobExecutorIntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitStatus;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visit whose date was announced and that the end of the visit window cancels: the timer and
 * {@code Task_CloseOpenVisits} run on the job executor, nobody logged in, and the cancellation
 * still reaches the visit's three people with its {@code METHOD:CANCEL}.
 */
class VisitDatesOnJobExecutorIT extends JobExecutorIntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;

  List<OutboxMessage> messages(List<String> people, String kind) {
    return people.stream()
        .flatMap(user -> outbox.findByRecipientUserIdOrderById(user).stream())
        .filter(m -> m.getKind().equals(kind))
        .toList();
  }

  @Test
  void theEndOfTheWindowCancelsTheAnnouncedVisitAndTellsItsPeopleFromTheJobExecutor()
      throws Exception {
    TestNetwork network = networks.create(2);
    CampaignPeople people = new CampaignPeople(this, network);
    ProcessInstance tour = people.startCampaign("2026-2027");
    Long campaignId =
        (Long) runtimeService.getVariable(tour.getId(), CdiTourVariables.Internal.CAMPAIGN_ID);
    people.declare(tour, network.documentalistes().get(0), VolunteerRole.VISITOR.code());
    people.declare(tour, network.documentalistes().get(1), VolunteerRole.HOST.code());
    clockAt(LocalDate.of(2026, 10, 1), 9);
    people.approvePairing(tour);
    ProcessInstance visitProcess = calledInstances(tour).get(0);
    people.byAssignee(
        visitProcess,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "Voir",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "Le fonds"));
    people.byAssignee(
        visitProcess,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "Échanger",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le fonds",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Collège"));
    people.byAssignee(
        visitProcess,
        "Task_ProposeVisitDate",
        Map.of(
            CdiVisitVariables.VISIT_DATE,
            "2026-11-26",
            CdiVisitVariables.VISIT_HALF_DAY,
            "afternoon"));
    people.byAssignee(
        visitProcess, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
    Visit visit = visits.findByCampaignIdOrderById(campaignId).get(0);
    String hostHead =
        network.principals().get(network.documentalistes().indexOf(visit.getHostUserId()));
    List<String> told = List.of(visit.getVisitorUserId(), visit.getHostUserId(), hostHead);
    assertThat(messages(told, VisitMessages.DATE_AGREED)).hasSize(3);

    // The mission order is never signed; the visit window ends (timer on the job executor).
    clockAfterTimer(tour, "Timer_VisitWindowEnd");

    assertThat(visits.findById(visit.getId()).orElseThrow().getStatus())
        .isEqualTo(VisitStatus.CANCELLED);
    List<OutboxMessage> cancelled = messages(told, VisitMessages.CANCELLED);
    assertThat(cancelled)
        .extracting(OutboxMessage::getRecipientUserId)
        .containsExactlyInAnyOrderElementsOf(told);
    for (OutboxMessage message : cancelled) {
      Calendar calendar =
          IcsWriterTest.parse(
              attachments.findByOutboxIdOrderByPosition(message.getId()).get(0).getContent());
      assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
      VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
      assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    }
    assertNoFailure();
  }
}
