package fr.reseau.ecoles.forminput;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.campaign.CampaignRepository;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import fr.reseau.ecoles.volunteering.DeclarationRepository;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Bad input sent straight to {@code /engine-rest} (start, submit-form, complete) gets HTTP 400 with
 * a message naming the field; the task stays open and nothing is stored.
 */
class BadInputRestTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TestNetworks networks;
  @Autowired CampaignRepository campaigns;
  @Autowired DeclarationRepository declarations;

  TestNetwork network;

  @BeforeEach
  void network() {
    clockAt(LocalDate.of(2026, 9, 7), 9);
    network = networks.create(2);
  }

  Map<String, Object> startVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CdiTourVariables.SCHOOL_YEAR, Map.of("value", "2026-2027", "type", "String"));
    variables.put(
        CdiTourVariables.VOLUNTEERING_DEADLINE, Map.of("value", "2026-09-30", "type", "String"));
    variables.put(
        CdiTourVariables.VISIT_WINDOW_START, Map.of("value", "2026-10-05", "type", "String"));
    variables.put(
        CdiTourVariables.VISIT_WINDOW_END, Map.of("value", "2027-05-28", "type", "String"));
    return variables;
  }

  /**
   * The network's own definition: {@code /key/{key}/start} only finds definitions without a tenant.
   */
  String startPath() {
    return "/process-definition/key/cdi-tour/tenant-id/" + network.id() + "/start";
  }

  /** As the network's coordinator, who starts campaigns. */
  ResponseEntity<String> post(String path, Map<String, Object> variables) {
    return postAs(network.coordinator(), path, variables);
  }

  ResponseEntity<String> postAs(String user, String path, Map<String, Object> variables) {
    return rest.withBasicAuth(user, TestNetworks.PASSWORD)
        .postForEntity("/engine-rest" + path, Map.of("variables", variables), String.class);
  }

  void assertBadRequestNaming(ResponseEntity<String> response, String field) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("« " + field + " »");
  }

  @Test
  void startWithBadFieldsIsRefusedAndStoresNothing() {
    Map<String, Object> badYear = startVariables();
    badYear.put(CdiTourVariables.SCHOOL_YEAR, Map.of("value", "2026", "type", "String"));
    assertBadRequestNaming(post(startPath(), badYear), CdiTourVariables.SCHOOL_YEAR);

    Map<String, Object> badDate = startVariables();
    badDate.put(
        CdiTourVariables.VOLUNTEERING_DEADLINE,
        Map.of("value", "le 30 septembre", "type", "String"));
    assertBadRequestNaming(post(startPath(), badDate), CdiTourVariables.VOLUNTEERING_DEADLINE);

    Map<String, Object> wrongType = startVariables();
    wrongType.put(CdiTourVariables.VISIT_WINDOW_END, Map.of("value", 20270528, "type", "Integer"));
    assertBadRequestNaming(
        post(
            "/process-definition/key/cdi-tour/tenant-id/" + network.id() + "/submit-form",
            wrongType),
        CdiTourVariables.VISIT_WINDOW_END);

    Map<String, Object> missing = startVariables();
    missing.remove(CdiTourVariables.SCHOOL_YEAR);
    assertBadRequestNaming(
        post(
            "/process-definition/key/cdi-tour/tenant-id/" + network.id() + "/submit-form", missing),
        CdiTourVariables.SCHOOL_YEAR);

    Map<String, Object> otherNetwork = startVariables();
    otherNetwork.put(
        CdiTourVariables.NETWORK_ID, Map.of("value", "ventoux-baronnies", "type", "String"));
    assertBadRequestNaming(post(startPath(), otherNetwork), CdiTourVariables.NETWORK_ID);

    Map<String, Object> unknownNetwork = startVariables();
    unknownNetwork.put(
        CdiTourVariables.NETWORK_ID, Map.of("value", "reseau-inconnu", "type", "String"));
    assertBadRequestNaming(post(startPath(), unknownNetwork), CdiTourVariables.NETWORK_ID);

    assertThat(campaigns.findByNetworkIdAndSchoolYear(network.id(), "2026-2027")).isEmpty();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("cdi-tour:" + network.id() + ":2026-2027")
                .count())
        .isZero();

    // The start form does not ask for the network: it is the tenant of the started definition. A
    // networkId naming it is still accepted (integrations send it); another one is refused (above).
    Map<String, Object> sameNetwork = startVariables();
    sameNetwork.put(CdiTourVariables.NETWORK_ID, Map.of("value", network.id(), "type", "String"));
    assertThat(post(startPath(), sameNetwork).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(campaigns.findByNetworkIdAndSchoolYear(network.id(), "2026-2027")).isPresent();
  }

  @Test
  void badDeclarationsAreRefusedAndTheTaskStaysOpen() {
    assertThat(post(startPath(), startVariables()).getStatusCode()).isEqualTo(HttpStatus.OK);
    Long campaignId =
        campaigns.findByNetworkIdAndSchoolYear(network.id(), "2026-2027").orElseThrow().getId();
    String documentaliste = network.documentalistes().get(0);
    Task task = taskService.createTaskQuery().taskAssignee(documentaliste).singleResult();

    Map<String, Object> unknownRole = new LinkedHashMap<>();
    unknownRole.put(CdiTourVariables.VOLUNTEER, Map.of("value", true, "type", "Boolean"));
    unknownRole.put(CdiTourVariables.VOLUNTEER_ROLE, Map.of("value", "pilote", "type", "String"));
    unknownRole.put(CdiTourVariables.PUBLIC_SERVED, Map.of("value", "college", "type", "String"));
    assertBadRequestNaming(
        postAs(documentaliste, "/task/" + task.getId() + "/complete", unknownRole),
        CdiTourVariables.VOLUNTEER_ROLE);

    Map<String, Object> wrongType = new LinkedHashMap<>();
    wrongType.put(CdiTourVariables.VOLUNTEER, Map.of("value", "peut-être", "type", "String"));
    assertBadRequestNaming(
        postAs(documentaliste, "/task/" + task.getId() + "/submit-form", wrongType),
        CdiTourVariables.VOLUNTEER);

    Map<String, Object> unknownTheme = new LinkedHashMap<>(unknownRole);
    unknownTheme.put(CdiTourVariables.VOLUNTEER_ROLE, Map.of("value", "both", "type", "String"));
    unknownTheme.put(
        CdiTourVariables.NEEDS, Map.of("value", "[\"digital\", \"astronomie\"]", "type", "Json"));
    assertBadRequestNaming(
        postAs(documentaliste, "/task/" + task.getId() + "/complete", unknownTheme),
        CdiTourVariables.NEEDS);

    Map<String, Object> missing = new LinkedHashMap<>();
    assertBadRequestNaming(
        postAs(documentaliste, "/task/" + task.getId() + "/complete", missing),
        CdiTourVariables.VOLUNTEER);

    // Variables the form does not have cannot be overwritten through a task.
    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put(CdiTourVariables.VOLUNTEER, Map.of("value", false, "type", "Boolean"));
    forged.put(
        CdiTourVariables.DOCUMENTALISTE,
        Map.of("value", network.documentalistes().get(1), "type", "String"));
    assertBadRequestNaming(
        postAs(documentaliste, "/task/" + task.getId() + "/complete", forged),
        CdiTourVariables.DOCUMENTALISTE);
    forged.remove(CdiTourVariables.DOCUMENTALISTE);
    forged.put(CdiTourVariables.Internal.CAMPAIGN_ID, Map.of("value", 1, "type", "Long"));
    assertBadRequestNaming(
        postAs(documentaliste, "/task/" + task.getId() + "/submit-form", forged),
        CdiTourVariables.Internal.CAMPAIGN_ID);

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(declarations.findByCampaignIdOrderByMemberUserId(campaignId)).isEmpty();

    Map<String, Object> good = new LinkedHashMap<>(unknownTheme);
    good.put(
        CdiTourVariables.NEEDS,
        Map.of("value", "[\"digital\", \"info-literacy\"]", "type", "Json"));
    assertThat(postAs(documentaliste, "/task/" + task.getId() + "/complete", good).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(declarations.findByCampaignIdOrderByMemberUserId(campaignId))
        .singleElement()
        .satisfies(d -> assertThat(d.getNeeds()).containsExactly("digital", "info-literacy"));
  }
}
