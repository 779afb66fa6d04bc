package fr.reseau.ecoles.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkService;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The animators' pool is shared by the networks of one académie: each sees and invites the others'
 * animators; another académie's stay out.
 */
class AcademyAnimatorPoolTest extends IntegrationTest {

  @Autowired TestNetworks networks;
  @Autowired NetworkService networkService;
  @Autowired AnimatorPoolService pool;
  @Autowired WorkshopDayRepository days;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @Test
  void networksOfOneAcademieShareTheirAnimatorsAndNoOtherAcademieSeesThem() throws Exception {
    TestNetwork aix = networks.create(1);
    TestNetwork marseille = networks.create(1);
    TestNetwork grenoble = networks.create(1);
    // Written otherwise, still Aix-Marseille; Grenoble is another académie.
    networkService.ensureNetwork(marseille.id(), "Réseau de Marseille", "académie d'Aix-Marseille");
    networkService.ensureNetwork(grenoble.id(), "Réseau du Vercors", "Grenoble");
    Animator ours = pool.addToPool(aix.id(), "Alice Martin", "Collège A", "alice@test", "vivier");
    Animator theirs =
        pool.addToPool(marseille.id(), "Bruno Marseillais", "Lycée B", "bruno@test", "vivier");
    Animator far =
        pool.addToPool(grenoble.id(), "Chloé Alpes", "Collège C", "chloe@test", "vivier");

    assertThat(pool.pool(aix.id()))
        .extracting(Animator::getId)
        .contains(ours.getId(), theirs.getId())
        .doesNotContain(far.getId());
    assertThat(pool.pool(grenoble.id()))
        .extracting(Animator::getId)
        .contains(far.getId())
        .doesNotContain(ours.getId(), theirs.getId());

    ResponseEntity<String> listed =
        rest.withBasicAuth(aix.coordinator(), TestNetworks.PASSWORD)
            .getForEntity("/api/networks/" + aix.id() + "/animators", String.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rows = json.readTree(listed.getBody());
    JsonNode bruno = find(rows, theirs.getId());
    assertThat(bruno.path(WorkshopDayRows.NETWORK_NAME).asText()).isEqualTo("Réseau de Marseille");
    assertThat(bruno.has("email")).as("another network's address is not shown").isFalse();
    assertThat(find(rows, ours.getId()).path("email").asText()).isEqualTo("alice@test");
    assertThat(listed.getBody()).doesNotContain("Chloé Alpes");
    assertThat(
            rest.withBasicAuth(grenoble.coordinator(), TestNetworks.PASSWORD)
                .getForEntity("/api/networks/" + aix.id() + "/animators", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // A day of Aix invites Marseille's animator; Grenoble's is unknown to its pool.
    WorkshopDay day =
        days.save(
            new WorkshopDay(
                aix.id(),
                "Journée",
                "Collège A",
                LocalDate.of(2027, 3, 18),
                "2026-2027",
                "questionnaire",
                null,
                null,
                Instant.now()));
    day.concernsChosen("Éducation aux médias");
    days.save(day);
    List<AnimatorBriefing> briefings =
        pool.assign(
            day.getId(),
            List.of(
                new AnimatorPoolService.Assignment(
                    String.valueOf(theirs.getId()), "Éducation aux médias")),
            List.of());
    assertThat(briefings)
        .extracting(AnimatorBriefing::getAnimatorId)
        .containsExactly(theirs.getId());
    assertThatThrownBy(
            () ->
                pool.assign(
                    day.getId(),
                    List.of(
                        new AnimatorPoolService.Assignment(
                            String.valueOf(far.getId()), "Éducation aux médias")),
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("animateur inconnu du vivier");
    // A newcomer already brought by Marseille is the same person, not a second entry.
    List<AnimatorBriefing> again =
        pool.assign(
            day.getId(),
            List.of(),
            List.of(
                new AnimatorPoolService.NewAnimator(
                    "bruno marseillais", "lycée b", "", "Éducation aux médias")));
    assertThat(again).extracting(AnimatorBriefing::getAnimatorId).containsExactly(theirs.getId());
  }

  private static JsonNode find(JsonNode rows, Long id) {
    for (JsonNode row : rows) {
      if (row.path("id").asLong() == id) {
        return row;
      }
    }
    throw new AssertionError("animator " + id + " not listed in " + rows);
  }
}
