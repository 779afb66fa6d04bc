package fr.reseau.ecoles.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.volunteering.ConstraintKind;
import fr.reseau.ecoles.volunteering.PublicServed;
import fr.reseau.ecoles.volunteering.VolunteerRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The forms in {@code forms/} keep the contract the server checks: ids, and the codes and labels of
 * the shared lists (themes, constraints, roles, publics).
 */
class FormsContractTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
      }
    }
    return forms;
  }

  /** Every field with that key, in every form. */
  static List<JsonNode> fields(String key) throws IOException {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode form : forms().values()) {
      collect(form.get("components"), key, found);
    }
    return found;
  }

  static void collect(JsonNode components, String key, List<JsonNode> found) {
    if (components == null) {
      return;
    }
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText(null))) {
        found.add(component);
      }
      collect(component.get("components"), key, found);
    }
  }

  static Map<String, String> options(JsonNode field) {
    Map<String, String> options = new LinkedHashMap<>();
    field.get("values").forEach(v -> options.put(v.get("value").asText(), v.get("label").asText()));
    return options;
  }

  @Test
  void eachFormIsNamedAfterItsId() throws IOException {
    assertThat(forms())
        .hasSizeGreaterThanOrEqualTo(13)
        .allSatisfy(
            (file, form) -> {
              assertThat(file).isEqualTo(form.get("id").asText() + ".form");
              assertThat(form.get("type").asText()).isEqualTo("default");
            });
  }

  @Test
  void themeChecklistsOfferExactlyTheSharedThemeList() throws IOException {
    Map<String, String> themes = new LinkedHashMap<>();
    Arrays.stream(Theme.values()).forEach(t -> themes.put(t.code(), t.label()));
    List<JsonNode> checklists = new ArrayList<>();
    for (String key :
        List.of(
            CdiTourVariables.NEEDS,
            CdiTourVariables.STRENGTHS,
            CdiVisitVariables.RECAP_TRAINING_NEEDS)) {
      checklists.addAll(fields(key));
    }
    assertThat(checklists)
        .hasSize(3)
        .allSatisfy(field -> assertThat(options(field)).containsExactlyEntriesOf(themes));
  }

  @Test
  void codedAnswersMatchTheServer() throws IOException {
    Map<String, String> constraints = new LinkedHashMap<>();
    Arrays.stream(ConstraintKind.values()).forEach(c -> constraints.put(c.code(), c.label()));
    assertThat(fields(CdiTourVariables.CONSTRAINT_KINDS))
        .singleElement()
        .satisfies(f -> assertThat(options(f)).containsExactlyEntriesOf(constraints));
    assertThat(fields(CdiTourVariables.VOLUNTEER_ROLE))
        .singleElement()
        .satisfies(
            f -> assertThat(options(f).keySet()).containsExactlyElementsOf(VolunteerRole.codes()));
    assertThat(fields(CdiTourVariables.PUBLIC_SERVED))
        .singleElement()
        .satisfies(
            f -> assertThat(options(f).keySet()).containsExactlyElementsOf(PublicServed.codes()));
    assertThat(fields(CdiVisitVariables.VISIT_HALF_DAY))
        .singleElement()
        .satisfies(f -> assertThat(options(f).keySet()).containsExactly("morning", "afternoon"));
    assertThat(fields(CdiVisitVariables.STALLED_DECISION))
        .singleElement()
        .satisfies(f -> assertThat(options(f).keySet()).containsExactly("reschedule", "cancel"));
  }
}
