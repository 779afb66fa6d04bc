package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.reseau.ecoles.notification.OutboxAttachment;
import fr.reseau.ecoles.notification.OutboxAttachmentRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import fr.reseau.ecoles.review.AnnualReviewVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * « Planifier la réunion de bilan » ({@code Task_PlanNetworkMeeting} of {@code annual-review})
 * completed through the engine's REST API as a coordinator does from Tasklist: bad input answers
 * 400 naming the form's field and invites nobody; the chosen date, times and place reach every
 * documentaliste and coordinator of the network in the outbox, with the {@code .ics} of that date;
 * the REST door {@code PUT …/meeting} still moves it afterwards.
 */
class MeetingPlanningStepTest extends IntegrationTest {

  static final String YEAR = "2026-2027";

  @Autowired TestNetworks networks;
  @Autowired TestRestTemplate rest;
  @Autowired AnnualReviewRepository reviews;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;

  TestNetwork network;
  ProcessInstance review;

  @BeforeEach
  void reviewWaitingForItsMeeting() {
    network = networks.create(4);
    clockAt(LocalDate.of(2027, 6, 1), 9);
    // A year without visits held: nobody is asked for feedback, the review goes to the meeting.
    review =
        startProcess(
            AnnualReviewVariables.PROCESS_KEY,
            network.id(),
            Map.of(AnnualReviewVariables.SCHOOL_YEAR, YEAR));
    executeDueJobs(review);
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
  }

  ResponseEntity<String> completeAs(String user, Map<String, String> fields) {
    Map<String, Object> variables = new LinkedHashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestNetworks.PASSWORD)
        .exchange(
            "/engine-rest/task/" + task(review, "Task_PlanNetworkMeeting").getId() + "/complete",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("variables", variables), headers),
            String.class);
  }

  static Map<String, String> plan(String date, String start, String end, String place) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(AnnualReviewVariables.PLANNED_MEETING_DATE, date);
    form.put(AnnualReviewVariables.PLANNED_MEETING_START_TIME, start);
    form.put(AnnualReviewVariables.PLANNED_MEETING_END_TIME, end);
    if (place != null) {
      form.put(AnnualReviewVariables.PLANNED_MEETING_PLACE, place);
    }
    return form;
  }

  List<OutboxMessage> invitations(String user) {
    return outbox.findByRecipientUserIdOrderById(user).stream()
        .filter(m -> m.getKind().equals(MeetingCalendar.INVITATION))
        .toList();
  }

  List<String> everyone() {
    List<String> people = new ArrayList<>(network.documentalistes());
    people.add(network.coordinator());
    return people;
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndInvitesNobody() {
    Map<String, Map<String, String>> refusals = new LinkedHashMap<>();
    refusals.put(
        AnnualReviewVariables.PLANNED_MEETING_DATE, plan("2027-05-31", "17:00", "19:00", null));
    refusals.put(
        AnnualReviewVariables.PLANNED_MEETING_START_TIME,
        plan("2027-06-24", "dix-sept heures", "19:00", null));
    refusals.put(
        AnnualReviewVariables.PLANNED_MEETING_END_TIME, plan("2027-06-24", "17:00", "16:30", null));
    refusals.put(
        AnnualReviewVariables.PLANNED_MEETING_PLACE,
        plan("2027-06-24", "17:00", "19:00", "x".repeat(301)));
    refusals.forEach(
        (field, form) -> {
          ResponseEntity<String> answer = completeAs(network.coordinator(), form);
          assertThat(answer.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(answer.getBody()).as(field).contains("Champ « " + field + " »");
        });
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
    assertThat(reviews.findByNetworkIdAndSchoolYear(network.id(), YEAR).orElseThrow())
        .extracting(AnnualReview::getMeetingStartsAt)
        .isNull();
    assertThat(everyone()).allSatisfy(user -> assertThat(invitations(user)).isEmpty());
    // A documentaliste cannot plan it: the task is the coordinators'.
    assertThat(
            completeAs(network.documentalistes().get(0), plan("2027-06-24", "17:00", "19:00", null))
                .getStatusCode()
                .is2xxSuccessful())
        .isFalse();
    assertThat(review).isWaitingAt("Task_PlanNetworkMeeting");
  }

  @Test
  void theChosenDateReachesTheWholeNetworkAsACalendarInvitation() throws Exception {
    ResponseEntity<String> done =
        completeAs(
            network.coordinator(),
            plan("2027-06-24", "17h30", "19:30", "Visio : https://visio.example.org/bilan"));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(review).isWaitingAt("Task_HoldNetworkMeeting");

    for (String member : everyone()) {
      List<OutboxMessage> messages = invitations(member);
      assertThat(messages).as(member).hasSize(1);
      assertThat(messages.get(0).getSubject()).contains("jeudi 24 juin 2027");
      assertThat(messages.get(0).getBodyText()).contains("17h30").contains("19h30");
      List<OutboxAttachment> files =
          attachments.findByOutboxIdOrderByPosition(messages.get(0).getId());
      assertThat(files)
          .singleElement()
          .satisfies(f -> assertThat(f.getFilename()).endsWith(".ics"));
      VEvent event = CalendarDoorsTest.events(files.get(0).getContent()).get(0);
      ZonedDateTime start =
          ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
              .withZoneSameInstant(CalendarSettings.ZONE);
      ZonedDateTime end =
          ZonedDateTime.from(event.getEndDate().orElseThrow().getDate())
              .withZoneSameInstant(CalendarSettings.ZONE);
      assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 24));
      assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(17, 30));
      assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(19, 30));
      assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
          .isEqualTo("Visio : https://visio.example.org/bilan");
      assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
    }
    assertThat(invitations(network.principals().get(0))).isEmpty();

    // The REST door still moves the meeting planned from Tasklist: an updated invitation.
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> moved =
        rest.withBasicAuth(network.coordinator(), TestNetworks.PASSWORD)
            .exchange(
                "/api/networks/" + network.id() + "/reviews/" + YEAR + "/meeting",
                HttpMethod.PUT,
                new HttpEntity<>("{\"date\": \"2027-06-25\"}", headers),
                String.class);
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<OutboxMessage> twice = invitations(network.documentalistes().get(1));
    assertThat(twice).hasSize(2);
    VEvent update =
        CalendarDoorsTest.events(
                attachments.findByOutboxIdOrderByPosition(twice.get(1).getId()).get(0).getContent())
            .get(0);
    assertThat(CalendarDoorsTest.day(update)).isEqualTo(LocalDate.of(2027, 6, 25));
    assertThat(update.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
  }
}
