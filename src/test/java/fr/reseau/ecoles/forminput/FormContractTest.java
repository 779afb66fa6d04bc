package fr.reseau.ecoles.forminput;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** The rules of the input contract, on the project's own forms. */
class FormContractTest {

  static FormContract form(String id) throws IOException {
    return FormContract.of(new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile()));
  }

  static void refused(FormContract form, String name, Object value, String message) {
    assertThatThrownBy(() -> form.check(name, value, key -> Set.of("a", "b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« " + name + " »")
        .hasMessageContaining(message);
  }

  static void accepted(FormContract form, String name, Object value) {
    assertThatCode(() -> form.check(name, value, key -> Set.of("a", "b")))
        .doesNotThrowAnyException();
  }

  @Test
  void acceptsWhatTheFormSends() throws IOException {
    FormContract declare = form("declare-volunteering");
    accepted(declare, "volunteer", Variables.booleanValue(true));
    accepted(declare, "volunteerRole", Variables.stringValue(" both "));
    accepted(declare, "needs", SpinValues.jsonValue("[\"digital\", \"guidance\"]").create());
    accepted(
        declare, "expectations", Variables.stringValue("Une ligne\nune autre\tavec tabulation"));
    accepted(declare, "expectations", Variables.stringValue(null));
    FormContract propose = form("propose-visit-date");
    accepted(propose, "visitDate", Variables.stringValue("2026-10-05"));
    accepted(propose, "visitDate", Variables.stringValue("2026-10-05T14:30"));
    FormContract plan = form("plan-workshops");
    accepted(plan, "slotCount", Variables.integerValue(3));
    accepted(
        plan,
        "workshops",
        SpinValues.jsonValue("[{\"code\": \"A1\", \"title\": \"Atelier\", \"capacity\": 12}]")
            .create());
    FormContract choose = form("choose-free-workshop");
    accepted(choose, "freeWorkshopChoice", Variables.stringValue("a"));
  }

  @Test
  void refusesEverythingElseNamingTheField() throws IOException {
    FormContract declare = form("declare-volunteering");
    refused(declare, "campaignId", Variables.longValue(1L), "n'appartient pas au formulaire");
    refused(
        declare,
        "expectations",
        Variables.objectValue("x").serializationDataFormat("application/json").create(),
        "type « object »");
    refused(declare, "expectations", Variables.stringValue("a\u0000b"), "caractère de contrôle");
    refused(declare, "expectations", Variables.stringValue("x".repeat(4001)), "dépasse 4000");
    refused(declare, "constraints", Variables.stringValue("x".repeat(2001)), "dépasse 2000");
    refused(declare, "volunteerRole", Variables.stringValue("pilote"), "valeur inconnue");
    refused(declare, "volunteer", Variables.stringValue("peut-être"), "valeur inconnue");
    refused(declare, "ppcrPlanned", Variables.stringValue("peut-être"), "oui ou non");
    refused(declare, "needs", SpinValues.jsonValue("[\"digital\",").create(), "JSON mal formé");
    refused(declare, "needs", SpinValues.jsonValue("[\"astronomie\"]").create(), "valeur inconnue");
    refused(
        declare,
        "needs",
        SpinValues.jsonValue("[\"" + "digital\", \"".repeat(3000) + "digital\"]").create(),
        "dépasse");
    FormContract propose = form("propose-visit-date");
    refused(propose, "visitDate", Variables.stringValue("+999999999-01-01"), "date valide");
    refused(propose, "visitDate", Variables.stringValue("2201-01-01"), "hors de la période");
    refused(propose, "visitDate", Variables.stringValue("1899-12-31"), "hors de la période");
    refused(propose, "visitDate", Variables.stringValue("2026-02-30"), "calendrier");
    refused(propose, "visitDate", Variables.stringValue("2026-10-05T25:61"), "heure invalide");
    refused(propose, "visitDate", Variables.integerValue(20261005), "date est attendue");
    FormContract plan = form("plan-workshops");
    refused(
        plan,
        "workshops",
        SpinValues.jsonValue("[{\"animatorId\": \"x\"}]").create(),
        "workshops.animatorId");
    refused(plan, "slotCount", Variables.stringValue("beaucoup"), "nombre");
    FormContract choose = form("choose-free-workshop");
    refused(choose, "freeWorkshopChoice", Variables.stringValue("c"), "valeur inconnue");
  }

  @Test
  void variablesOutsideAFormArePlainValues() {
    FormContract generic = FormContract.generic();
    accepted(generic, "anything", Variables.stringValue("texte"));
    accepted(generic, "anything", Variables.longValue(3L));
    refused(generic, "anything", Variables.byteArrayValue(new byte[] {1}), "type « bytes »");
    refused(generic, "anything", SpinValues.jsonValue("{\"a\":").create(), "JSON mal formé");
    refused(generic, "anything", Variables.stringValue("\u0000"), "caractère de contrôle");
  }
}
