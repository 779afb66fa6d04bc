package fr.reseau.ecoles.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.notification.OutboxAttachmentRepository;
import fr.reseau.ecoles.notification.OutboxMessage;
import fr.reseau.ecoles.notification.OutboxRepository;
import fr.reseau.ecoles.review.AnnualReview;
import fr.reseau.ecoles.review.AnnualReviewRepository;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.support.WebappSession;
import fr.reseau.ecoles.visit.Visit;
import fr.reseau.ecoles.visit.VisitService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The doors of the calendar features: the personal feed (the token works without a login, a revoked
 * or renewed one is 404, nobody else's dates), its page, the mission order download (403 for
 * others) and the planning of the network meeting.
 */
class CalendarDoorsTest extends IntegrationTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  static final LocalDate VISIT_DAY = LocalDate.of(2026, 11, 26);

  @Autowired TestNetworks networks;
  @Autowired VisitService visitService;
  @Autowired CalendarFeedService feeds;
  @Autowired AnnualReviewRepository reviews;
  @Autowired OutboxRepository outbox;
  @Autowired OutboxAttachmentRepository attachments;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  TestNetwork network;
  Visit visit;

  @BeforeEach
  void agreedVisit() {
    clockAt(TODAY, 9);
    network = networks.create(3);
    visit = agreed(network, 0, 1, VISIT_DAY);
  }

  Visit agreed(TestNetwork net, int visitor, int host, LocalDate day) {
    Visit created =
        visitService.createStandalone(
            net.id(),
            "2026-2027",
            net.documentalistes().get(visitor),
            net.documentalistes().get(host),
            TODAY,
            LocalDate.of(2027, 3, 31));
    visitService.proposeDate(created.getId(), net.documentalistes().get(host), day, "morning");
    visitService.confirmDate(created.getId(), net.documentalistes().get(visitor), true, null);
    return visitService.require(created.getId());
  }

  ResponseEntity<byte[]> anonymous(String path) {
    return rest.getForEntity(path, byte[].class);
  }

  static List<VEvent> events(byte[] ics) throws Exception {
    Calendar calendar = IcsWriterTest.parse(ics);
    return calendar.getComponents(Component.VEVENT);
  }

  static LocalDate day(VEvent event) {
    return ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
        .withZoneSameInstant(CalendarSettings.ZONE)
        .toLocalDate();
  }

  @Test
  void theFeedListsThePersonsOwnDatesWithoutALoginUntilRevoked() throws Exception {
    TestNetwork other = networks.create(2);
    agreed(other, 0, 1, LocalDate.of(2026, 12, 10));
    String visitor = network.documentalistes().get(0);
    String token = feeds.renew(visitor);

    ResponseEntity<byte[]> response = anonymous("/calendrier/" + token + ".ics");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
    List<VEvent> events = events(response.getBody());
    assertThat(events).hasSize(1);
    assertThat(day(events.get(0))).isEqualTo(VISIT_DAY);
    assertThat(events.get(0).getProperty(Property.UID).orElseThrow().getValue())
        .contains("visite-" + visit.getId());

    // The host's head sees the visit their school hosts; the third school's documentaliste sees
    // nothing of it.
    assertThat(events(feeds.feed(feeds.renew(network.principals().get(1))).orElseThrow()))
        .hasSize(1);
    assertThat(events(feeds.feed(feeds.renew(network.documentalistes().get(2))).orElseThrow()))
        .isEmpty();

    String renewed = feeds.renew(visitor);
    assertThat(anonymous("/calendrier/" + token + ".ics").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous("/calendrier/" + renewed + ".ics").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(feeds.revoke(visitor)).isTrue();
    assertThat(anonymous("/calendrier/" + renewed + ".ics").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous("/calendrier/pas-un-jeton.ics").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCancelledVisitLeavesTheFeed() throws Exception {
    String token = feeds.renew(network.documentalistes().get(1));
    assertThat(events(feeds.feed(token).orElseThrow())).hasSize(1);
    visitService.cancel(visit.getId(), "Annulée");
    assertThat(events(feeds.feed(token).orElseThrow())).isEmpty();
  }

  @Test
  void thePageShowsTheAddressAndRenewsItOnlyWithItsFormToken() {
    assertThat(rest.getForEntity(CalendarFeedController.PAGE_PATH, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    String user = network.documentalistes().get(0);
    WebappSession session = WebappSession.login(port, "tasklist", user, TestNetworks.PASSWORD);
    HttpResponse<String> page = session.get(CalendarFeedController.PAGE_PATH);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Mon calendrier").contains("Créer mon adresse");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            csp -> assertThat(csp).contains("form-action 'self'").contains("default-src 'none'"));
    assertThat(
            session
                .post(CalendarFeedController.PAGE_PATH + "/nouvelle-adresse", "jeton=faux")
                .statusCode())
        .isEqualTo(403);
    assertThat(feeds.tokenOf(user)).isEmpty();

    Matcher jeton = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(jeton.find()).isTrue();
    HttpResponse<String> created =
        session.post(
            CalendarFeedController.PAGE_PATH + "/nouvelle-adresse", "jeton=" + jeton.group(1));
    assertThat(created.statusCode()).isEqualTo(303);
    String token = feeds.tokenOf(user).orElseThrow();
    assertThat(session.get(CalendarFeedController.PAGE_PATH).body())
        .contains("/calendrier/" + token + ".ics")
        .contains("Révoquer et créer une nouvelle adresse");

    assertThat(
            session
                .post(
                    CalendarFeedController.PAGE_PATH + "/nouvelle-adresse",
                    "jeton=" + jeton.group(1))
                .statusCode())
        .isEqualTo(303);
    assertThat(feeds.tokenOf(user)).isPresent().isNotEqualTo(java.util.Optional.of(token));
    assertThat(
            session
                .post(CalendarFeedController.PAGE_PATH + "/revocation", "jeton=" + jeton.group(1))
                .statusCode())
        .isEqualTo(303);
    assertThat(feeds.tokenOf(user)).isEmpty();
  }

  @Test
  void theMissionOrderIsForTheVisitorBothHeadsAndTheCoordinatorOnly() throws Exception {
    String path = MissionOrderController.path(visit.getId());
    for (String allowed :
        List.of(
            network.documentalistes().get(0),
            network.principals().get(0),
            network.principals().get(1),
            network.coordinator())) {
      ResponseEntity<byte[]> response =
          rest.withBasicAuth(allowed, TestNetworks.PASSWORD).getForEntity(path, byte[].class);
      assertThat(response.getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(MissionOrderPdfTest.text(response.getBody()))
          .contains("Ordre de mission")
          .contains("Doc0 Test")
          .contains("jeudi 26 novembre 2026")
          .contains("En attente de la signature");
    }
    TestNetwork other = networks.create(1);
    for (String refused :
        List.of(
            network.documentalistes().get(1), // the host reads the visit in Tasklist, not this
            network.documentalistes().get(2),
            network.principals().get(2),
            other.coordinator())) {
      assertThat(
              rest.withBasicAuth(refused, TestNetworks.PASSWORD)
                  .getForEntity(path, String.class)
                  .getStatusCode())
          .as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous(path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth(network.coordinator(), TestNetworks.PASSWORD)
                .getForEntity(MissionOrderController.path(999_999_999L), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  ResponseEntity<Map> planMeeting(String user, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestNetworks.PASSWORD)
        .exchange(
            "/api/networks/" + network.id() + "/reviews/2026-2027/meeting",
            HttpMethod.PUT,
            new HttpEntity<>(json, headers),
            Map.class);
  }

  List<OutboxMessage> meetingMessages(String user) {
    return outbox.findByRecipientUserIdOrderById(user).stream()
        .filter(m -> m.getKind().equals(MeetingCalendar.INVITATION))
        .toList();
  }

  @Test
  void theCoordinatorPlansTheMeetingAndTheNetworkIsInvitedOncePerPlan() throws Exception {
    AnnualReview review =
        reviews.save(
            new AnnualReview(
                network.id(), "2026-2027", null, null, network.coordinator(), EngineClock.now()));

    ResponseEntity<Map> refused = planMeeting(network.coordinator(), "{\"date\": \"2026-11-01\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("field", "date");
    assertThat(
            planMeeting(network.coordinator(), "{\"date\": \"2027-06-24\", \"times\": \"19h-17h\"}")
                .getBody())
        .containsEntry("field", "times");
    assertThat(reviews.findById(review.getId()).orElseThrow().getMeetingStartsAt()).isNull();
    assertThat(meetingMessages(network.coordinator())).isEmpty();
    assertThat(
            planMeeting(network.documentalistes().get(0), "{\"date\": \"2027-06-24\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> planned =
        planMeeting(
            network.coordinator(),
            "{\"date\": \"2027-06-24\", \"times\": \"17:30-19:30\", \"place\": \"Salle du conseil\"}");
    assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String member :
        List.of(
            network.coordinator(),
            network.documentalistes().get(0),
            network.documentalistes().get(2))) {
      List<OutboxMessage> messages = meetingMessages(member);
      assertThat(messages).as(member).hasSize(1);
      assertThat(messages.get(0).getSubject()).contains("jeudi 24 juin 2027");
      VEvent event =
          events(
                  attachments
                      .findByOutboxIdOrderByPosition(messages.get(0).getId())
                      .get(0)
                      .getContent())
              .get(0);
      assertThat(day(event)).isEqualTo(LocalDate.of(2027, 6, 24));
      assertThat(
              ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
                  .withZoneSameInstant(CalendarSettings.ZONE)
                  .toLocalTime())
          .isEqualTo(LocalTime.of(17, 30));
      assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
          .isEqualTo("Salle du conseil");
    }
    assertThat(meetingMessages(network.principals().get(0))).isEmpty();

    planMeeting(network.coordinator(), "{\"date\": \"2027-06-25\"}");
    List<OutboxMessage> both = meetingMessages(network.documentalistes().get(1));
    assertThat(both).hasSize(2);
    VEvent moved =
        events(attachments.findByOutboxIdOrderByPosition(both.get(1).getId()).get(0).getContent())
            .get(0);
    assertThat(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    assertThat(day(moved)).isEqualTo(LocalDate.of(2027, 6, 25));

    String token = feeds.renew(network.documentalistes().get(2));
    assertThat(events(feeds.feed(token).orElseThrow()))
        .extracting(CalendarDoorsTest::day)
        .containsExactly(LocalDate.of(2027, 6, 25));
  }
}
