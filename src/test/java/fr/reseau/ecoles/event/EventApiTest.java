package fr.reseau.ecoles.event;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.support.IntegrationTest;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The events' REST doors on the demo network: members read, others get 403, bad input 400. */
class EventApiTest extends IntegrationTest {

  static final String NETWORK = "ventoux-baronnies";

  @Autowired TestRestTemplate rest;
  @Autowired NetworkEventRepository events;

  ResponseEntity<String> get(String user, String path) {
    return (user == null ? rest : rest.withBasicAuth(user, "demo"))
        .getForEntity(path, String.class);
  }

  ResponseEntity<String> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo")
        .postForEntity(path, new HttpEntity<>(json, headers), String.class);
  }

  @Test
  void membersReadTheirNetworksEventsAndOtherNetworksGet403() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    ProcessInstance instance =
        startProcess(
            NetworkEventVariables.PROCESS_KEY,
            NETWORK,
            EventPeople.start(
                "academicEvent", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 2, 24), 20, 2));
    Long eventId =
        ((Number)
                runtimeService.getVariable(
                    instance.getId(), NetworkEventVariables.Internal.EVENT_ID))
            .longValue();
    String events = "/api/networks/" + NETWORK + "/events";

    assertThat(get(null, events).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> list = get("camille.roux", events);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains("\"id\":" + eventId).contains("academicEvent");
    ResponseEntity<String> one = get("camille.roux", events + "/" + eventId);
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(one.getBody()).contains("\"people\":[]");
    assertThat(get("chef.pontromain", events + "/" + eventId).getStatusCode())
        .as("a head of school of the network is a member")
        .isEqualTo(HttpStatus.OK);
    assertThat(get("sandrine.olivier", events).getStatusCode())
        .as("another network's coordinator")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("sandrine.olivier", events + "/" + eventId).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("camille.roux", events + "/99999999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("camille.roux", events + "/proposals").getStatusCode())
        .as("proposals are the coordinators'")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("mathilde.arnaud", events + "/proposals").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    runtimeService.deleteProcessInstance(instance.getId(), "test over");
  }

  @Test
  void badInputIs400WithTheFieldAndNever500() {
    String needs = "/api/networks/" + NETWORK + "/training-needs";
    ResponseEntity<String> unknownTheme =
        post("camille.roux", needs, "{\"theme\":\"astrologie\",\"comment\":\"x\"}");
    assertThat(unknownTheme.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownTheme.getBody()).contains("\"field\":\"theme\"");
    assertThat(post("camille.roux", needs, "{\"comment\":\"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("camille.roux", needs, "not json").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("sandrine.olivier", needs, "{\"theme\":\"digital\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> sent =
        post("camille.roux", needs, "{\"theme\":\"digital\",\"comment\":\"L'ENT\"}");
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    String proposals = "/api/networks/" + NETWORK + "/events/proposals";
    assertThat(
            post("mathilde.arnaud", proposals, "{\"theme\":\"digital\",\"halfDay\":\"soir\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> tooSoon =
        post(
            "mathilde.arnaud",
            proposals,
            "{\"theme\":\"digital\",\"eventDate\":\"" + LocalDate.now().plusWeeks(2) + "\"}");
    assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooSoon.getBody()).contains("\"field\":\"eventDate\"");
    ResponseEntity<String> started =
        post("mathilde.arnaud", proposals, "{\"theme\":\"digital\",\"place\":\"Canopé Avignon\"}");
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    Long eventId = Long.valueOf(started.getBody().replaceAll("\\D", ""));
    NetworkEvent training = events.findById(eventId).orElseThrow();
    assertThat(training.getKind()).isEqualTo(EventKind.TRAINING);
    assertThat(training.getCreatedBy()).isEqualTo("mathilde.arnaud");
    runtimeService.deleteProcessInstance(training.getProcessInstanceId(), "test over");

    ResponseEntity<String> cancel =
        rest.withBasicAuth("camille.roux", "demo")
            .exchange(
                "/api/networks/" + NETWORK + "/events/99999999/registration",
                HttpMethod.DELETE,
                HttpEntity.EMPTY,
                String.class);
    assertThat(cancel.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
