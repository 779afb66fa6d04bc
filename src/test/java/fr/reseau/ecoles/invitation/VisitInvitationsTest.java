package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.notification.OutboxAttachment;
import fr.reseau.ecoles.notification.OutboxAttachmentRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitRepository;
import fr.reseau.ecoles.visit.VisitService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The messages of a visit's dates through the real process: the date agreed (with the invitation),
 * another date after a refused mission order (SEQUENCE raised), the mission order signed (with the
 * PDF), the visit cancelled (CANCEL); each recipient once, the .ics and PDF parsed back.
 */
class VisitInvitationsTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16); // a Monday
  static final String FIRST_DATE = "2026-11-26"; // Thursday, school day in zones A and B
  static final String SECOND_DATE = "2026-12-03";

  @Autowired TestNetworks networks;
  @Autowired VisitRepository visits;
  @Autowired VisitService visitService;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;

  TestNetwork network;
  String visitor;
  String host;
  String hostHead;

  @BeforeEach
  void network() {
    clockAt(TODAY, 9);
    network = networks.create(2);
    visitor = network.documentalistes().get(0);
    host = network.documentalistes().get(1);
    hostHead = network.principals().get(1);
  }

  ProcessInstance startToDateAgreement() {
    ProcessInstance instance = startVisit(network, visitor, host);
    complete(
        instance,
        "Task_PreVisitVisitor",
        Map.of(
            CdiVisitVariables.VISITOR_EXPECTATIONS,
            "PRIVATE-EXPECTATION-visitor",
            CdiVisitVariables.VISITOR_WISHES_TO_SEE,
            "La banque de prêt",
            CdiVisitVariables.VISITOR_QUESTIONS,
            "Quel budget ?"));
    complete(
        instance,
        "Task_PreVisitHost",
        Map.of(
            CdiVisitVariables.HOST_EXPECTATIONS,
            "PRIVATE-EXPECTATION-host",
            CdiVisitVariables.HOST_WISHES_TO_SHOW,
            "Le projet lecture",
            CdiVisitVariables.HOST_PUBLIC_DESCRIPTION,
            "Collège rural"));
    executeDueJobs(instance);
    return instance;
  }

  void agree(ProcessInstance instance, String date, String halfDay) {
    complete(
        instance,
        "Task_ProposeVisitDate",
        Map.of(CdiVisitVariables.VISIT_DATE, date, CdiVisitVariables.VISIT_HALF_DAY, halfDay));
    complete(
        instance, "Task_ConfirmVisitDate", Map.of(CdiVisitVariables.VISIT_DATE_ACCEPTED, true));
  }

  Visit visitOf(ProcessInstance instance) {
    Long id = (Long) runtimeService.getVariable(instance.getId(), CdiVisitVariables.VISIT_ID);
    return visits.findById(id).orElseThrow();
  }

  List<OutboxMessage> messages(String kind) {
    return List.of(visitor, host, hostHead, network.principals().get(0), network.coordinator())
        .stream()
        .flatMap(user -> outbox.findByRecipientUserIdOrderById(user).stream())
        .filter(m -> m.getKind().equals(kind))
        .toList();
  }

  OutboxAttachment onlyAttachment(OutboxMessage message) {
    List<OutboxAttachment> files = attachments.findByOutboxIdOrderByPosition(message.getId());
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  static VEvent event(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  static String value(Component component, String name) {
    return component.getProperty(name).map(Property::getValue).orElse(null);
  }

  static ZonedDateTime start(VEvent event) {
    return ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
        .withZoneSameInstant(CalendarSettings.ZONE);
  }

  @Test
  void theAgreedDateReachesBothTeachersAndTheHostsHeadOnceWithAnInvitation() throws Exception {
    ProcessInstance instance = startToDateAgreement();
    assertThat(messages(VisitMessages.DATE_AGREED)).isEmpty();

    agree(instance, FIRST_DATE, "morning");

    List<OutboxMessage> sent = messages(VisitMessages.DATE_AGREED);
    assertThat(sent)
        .extracting(OutboxMessage::getRecipientUserId)
        .containsExactlyInAnyOrder(visitor, host, hostHead);
    Visit visit = visitOf(instance);
    String uid = null;
    for (OutboxMessage message : sent) {
      assertThat(message.getSubject()).contains("jeudi 26 novembre 2026");
      assertThat(message.getBodyText())
          .contains("Doc0")
          .contains("Collège de test")
          .doesNotContain("PRIVATE-EXPECTATION");
      OutboxAttachment ics = onlyAttachment(message);
      assertThat(ics.getFilename()).isEqualTo("visite.ics");
      assertThat(ics.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
      Calendar calendar = IcsWriterTest.parse(ics.getContent());
      assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
      VEvent event = event(calendar);
      assertThat(start(event).toLocalDate()).isEqualTo(LocalDate.parse(FIRST_DATE));
      assertThat(start(event).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
      assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
      assertThat(value(event, Property.LOCATION)).contains("Collège de test").contains("Ville 1");
      assertThat(new String(ics.getContent(), "UTF-8")).doesNotContain("PRIVATE-EXPECTATION");
      uid = uid == null ? value(event, Property.UID) : uid;
      assertThat(value(event, Property.UID)).isEqualTo(uid).contains("visite-" + visit.getId());
    }
    assertThat(visit.getCalendarSequence()).isZero();
  }

  @Test
  void anotherDateAfterARefusedMissionOrderRaisesTheSequenceOfTheSameEvent() throws Exception {
    ProcessInstance instance = startToDateAgreement();
    agree(instance, FIRST_DATE, "morning");
    String uid =
        value(
            event(
                IcsWriterTest.parse(
                    onlyAttachment(messages(VisitMessages.DATE_AGREED).get(0)).getContent())),
            Property.UID);
    complete(
        instance,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            false,
            CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON,
            "Sortie scolaire"));

    agree(instance, SECOND_DATE, "afternoon");

    List<OutboxMessage> changed = messages(VisitMessages.DATE_CHANGED);
    assertThat(changed)
        .extracting(OutboxMessage::getRecipientUserId)
        .containsExactlyInAnyOrder(visitor, host, hostHead);
    for (OutboxMessage message : changed) {
      VEvent event = event(IcsWriterTest.parse(onlyAttachment(message).getContent()));
      assertThat(value(event, Property.UID)).isEqualTo(uid);
      assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
      assertThat(start(event).toLocalDate()).isEqualTo(LocalDate.parse(SECOND_DATE));
      assertThat(start(event).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }
    assertThat(messages(VisitMessages.DATE_AGREED)).hasSize(3);
  }

  @Test
  void theSameDateAgreedAgainTellsNobodyAgain() {
    ProcessInstance instance = startToDateAgreement();
    agree(instance, FIRST_DATE, "morning");
    complete(
        instance,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            false,
            CdiVisitVariables.MISSION_ORDER_REFUSAL_REASON,
            "Pièce manquante"));
    agree(instance, FIRST_DATE, "morning");

    assertThat(messages(VisitMessages.DATE_AGREED)).hasSize(3);
    assertThat(messages(VisitMessages.DATE_CHANGED)).isEmpty();
    assertThat(visitOf(instance).getCalendarSequence()).isZero();
  }

  @Test
  void theSignedMissionOrderReachesTheVisitorWithThePdf() throws Exception {
    ProcessInstance instance = startToDateAgreement();
    agree(instance, FIRST_DATE, "morning");

    complete(
        instance,
        "Task_SignMissionOrder",
        Map.of(
            CdiVisitVariables.MISSION_ORDER_SIGNED,
            true,
            CdiVisitVariables.MISSION_ORDER_REF,
            "OM-2026-042"));

    List<OutboxMessage> signed = messages(VisitMessages.MISSION_ORDER_SIGNED);
    assertThat(signed).extracting(OutboxMessage::getRecipientUserId).containsExactly(visitor);
    assertThat(signed.get(0).getLink())
        .endsWith(MissionOrderController.path(visitOf(instance).getId()));
    OutboxAttachment pdf = onlyAttachment(signed.get(0));
    assertThat(pdf.getFilename()).isEqualTo("ordre-de-mission.pdf");
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    String text = MissionOrderPdfTest.text(pdf.getContent());
    assertThat(text)
        .contains("Ordre de mission")
        .contains("Doc0 Test")
        .contains("Doc1 Test")
        .contains("jeudi 26 novembre 2026")
        .contains("Ville 0")
        .contains("Ville 1")
        .contains("OM-2026-042")
        .contains("Chef0 Test")
        .doesNotContain("PRIVATE-EXPECTATION");
  }

  @Test
  void aCancelledVisitWithAnAnnouncedDateSendsTheCancellation() throws Exception {
    ProcessInstance instance = startToDateAgreement();
    agree(instance, FIRST_DATE, "morning");
    Visit visit = visitOf(instance);

    visitService.cancel(visit.getId(), "Annulée par la coordination");

    List<OutboxMessage> cancelled = messages(VisitMessages.CANCELLED);
    assertThat(cancelled)
        .extracting(OutboxMessage::getRecipientUserId)
        .containsExactlyInAnyOrder(visitor, host, hostHead);
    for (OutboxMessage message : cancelled) {
      assertThat(message.getSubject()).contains("annulée");
      OutboxAttachment ics = onlyAttachment(message);
      assertThat(ics.getContentType()).contains("method=CANCEL");
      Calendar calendar = IcsWriterTest.parse(ics.getContent());
      assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
      VEvent event = event(calendar);
      assertThat(value(event, Property.UID)).contains("visite-" + visit.getId());
      assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
      assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    }
    // Cancelling again tells nobody again.
    visitService.cancel(visit.getId(), "encore");
    assertThat(messages(VisitMessages.CANCELLED)).hasSize(3);
  }

  @Test
  void aVisitCancelledBeforeAnyDateWasAnnouncedSendsNothing() {
    ProcessInstance instance = startToDateAgreement();
    visitService.cancel(visitOf(instance).getId(), "Annulée par la coordination");
    assertThat(messages(VisitMessages.CANCELLED)).isEmpty();
  }
}
