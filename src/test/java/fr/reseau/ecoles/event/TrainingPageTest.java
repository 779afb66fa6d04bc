package fr.reseau.ecoles.event;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.summary.SummaryService;
import fr.reseau.ecoles.support.HandBuiltYear;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The page {@code /evenements/{networkId}/formations} as a browser gets it: a member sends a need,
 * the coordinator turns the summary's grouped need into a training event in one POST.
 */
class TrainingPageTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired HandBuiltYear year;
  @Autowired SummaryService summaries;
  @Autowired NetworkEventRepository events;
  @Autowired TrainingNeedRequestRepository needs;

  ResponseEntity<String> get(String user, String path) {
    return (user == null ? rest : rest.withBasicAuth(user, TestNetworks.PASSWORD))
        .getForEntity(path, String.class);
  }

  ResponseEntity<String> post(
      String user, String path, MultiValueMap<String, String> form, String origin) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin);
    }
    return rest.withBasicAuth(user, TestNetworks.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  static MultiValueMap<String, String> form(String... pairs) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  void theCoordinatorTurnsTheSummarysGroupedNeedIntoATrainingEventInOnePost() {
    TestNetwork network = networks.create(6);
    TestNetwork other = networks.create(2);
    List<String> docs = network.documentalistes();
    Long campaignId = year.build(network);
    summaries.compile(campaignId, 2, 1);
    summaries.publish(campaignId, network.coordinator(), null);
    clockAt(LocalDate.of(2027, 1, 11), 9);
    String page = TrainingPageController.pagePath(network.id());
    String needPage = "/evenements/" + network.id() + "/besoin";

    // A member: the need form, no proposals; French errors; a need from another site refused.
    ResponseEntity<String> memberView = get(docs.get(4), page);
    assertThat(memberView.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(memberView.getBody())
        .contains(
            "<html lang=\"fr\"", "Exprimer un besoin de formation", "<label for=\"theme-besoin\"")
        .doesNotContain("Créer la journée de formation");
    assertThat(memberView.getHeaders().getFirst("Content-Security-Policy"))
        .contains("form-action 'self'");
    ResponseEntity<String> unknown =
        post(
            docs.get(4),
            needPage,
            form(NetworkEventVariables.THEME, "astrologie", "comment", "x"),
            null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("thème inconnu", "role=\"alert\"");
    MultiValueMap<String, String> need =
        form(NetworkEventVariables.THEME, "digital", "comment", "Les ressources de l'ENT");
    assertThat(post(docs.get(4), needPage, need, "https://ailleurs.example").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(needs.findByNetworkIdAndEventIdIsNullOrderById(network.id())).isEmpty();
    ResponseEntity<String> sent = post(docs.get(4), needPage, need, null);
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(sent.getBody()).contains("transmis à l&#39;équipe de pilotage");
    assertThat(needs.findByNetworkIdAndEventIdIsNullOrderById(network.id()))
        .singleElement()
        .satisfies(n -> assertThat(n.getMemberUserId()).isEqualTo(docs.get(4)));

    // The coordinator sees the proposal: 2 in the summary, 1 sent since, 3 people.
    String coordinatorView = get(network.coordinator(), page).getBody();
    assertThat(coordinatorView)
        .contains("Propositions de formation", "Numérique et ressources en ligne")
        .contains("<span>2</span> dans le bilan", "<span>1</span> envoyé(s) depuis")
        .contains("<span>3</span> personne(s)", "Créer la journée de formation", "2027-03-10");

    // Not a coordinator, another network, another site, bad input: nothing is started.
    MultiValueMap<String, String> training =
        form(
            NetworkEventVariables.THEME,
            "digital",
            NetworkEventVariables.EVENT_HALF_DAY,
            "afternoon",
            NetworkEventVariables.PLACE,
            "Canopé Avignon");
    ResponseEntity<String> byMember = post(docs.get(4), page, training, null);
    assertThat(byMember.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byMember.getBody()).contains("Seule la coordination du réseau");
    assertThat(post(other.coordinator(), page, training, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(other.coordinator(), page).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(null, page).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            post(network.coordinator(), page, training, "https://ailleurs.example").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    MultiValueMap<String, String> badDate = new LinkedMultiValueMap<>(training);
    badDate.set(NetworkEventVariables.EVENT_DATE, "10/03/2027");
    ResponseEntity<String> refused = post(network.coordinator(), page, badDate, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("AAAA-MM-JJ", "Numérique et ressources en ligne");
    MultiValueMap<String, String> tooSoon = new LinkedMultiValueMap<>(training);
    tooSoon.set(NetworkEventVariables.EVENT_DATE, "2027-01-27");
    assertThat(post(network.coordinator(), page, tooSoon, null).getStatusCode())
        .as("the process's notice rule, as in Tasklist")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(events.findAll())
        .noneMatch(e -> network.id().equals(e.getNetworkId()) && e.getKind() == EventKind.TRAINING);

    // The one coordinator step.
    ResponseEntity<String> created = post(network.coordinator(), page, training, null);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).contains("Journée de formation créée", "/camunda/app/tasklist/");
    NetworkEvent event =
        events.findAll().stream()
            .filter(e -> network.id().equals(e.getNetworkId()))
            .filter(e -> e.getKind() == EventKind.TRAINING)
            .findFirst()
            .orElseThrow();
    assertThat(created.getBody()).contains("/events/" + event.getId());
    assertThat(event.getCreatedBy()).isEqualTo(network.coordinator());
    assertThat(event.getPlace()).isEqualTo("Canopé Avignon");
    assertThat(event.getPriorityInvitees()).isEqualTo(3);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(event.getProcessInstanceId())
                .processDefinitionKey(NetworkEventVariables.PROCESS_KEY)
                .count())
        .isEqualTo(1);
    runtimeService.deleteProcessInstance(event.getProcessInstanceId(), "test over");
  }
}
