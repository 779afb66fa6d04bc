package fr.reseau.ecoles.forminput;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.campaign.CdiTourVariables;
import fr.reseau.ecoles.visit.CdiVisitVariables;
import fr.reseau.ecoles.workshop.WorkshopDayVariables;
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
    accepted(declare, CdiTourVariables.VOLUNTEER, Variables.booleanValue(true));
    accepted(declare, CdiTourVariables.VOLUNTEER_ROLE, Variables.stringValue(" both "));
    accepted(
        declare,
        CdiTourVariables.NEEDS,
        SpinValues.jsonValue("[\"digital\", \"guidance\"]").create());
    accepted(
        declare,
        CdiTourVariables.EXPECTATIONS,
        Variables.stringValue("Une ligne\nune autre\tavec tabulation"));
    accepted(declare, CdiTourVariables.EXPECTATIONS, Variables.stringValue(null));
    FormContract propose = form("propose-visit-date");
    accepted(propose, CdiVisitVariables.VISIT_DATE, Variables.stringValue("2026-10-05"));
    accepted(propose, CdiVisitVariables.VISIT_DATE, Variables.stringValue("2026-10-05T14:30"));
    FormContract plan = form("plan-workshops");
    accepted(plan, WorkshopDayVariables.SLOT_COUNT, Variables.integerValue(3));
    accepted(
        plan,
        WorkshopDayVariables.WORKSHOPS,
        SpinValues.jsonValue("[{\"code\": \"A1\", \"title\": \"Atelier\", \"capacity\": 12}]")
            .create());
    FormContract choose = form("choose-free-workshop");
    accepted(choose, WorkshopDayVariables.FREE_WORKSHOP_CHOICE, Variables.stringValue("a"));
  }

  @Test
  void refusesEverythingElseNamingTheField() throws IOException {
    FormContract declare = form("declare-volunteering");
    refused(
        declare,
        CdiTourVariables.Internal.CAMPAIGN_ID,
        Variables.longValue(1L),
        "n'appartient pas au formulaire");
    refused(
        declare,
        CdiTourVariables.EXPECTATIONS,
        Variables.objectValue("x").serializationDataFormat("application/json").create(),
        "type « object »");
    refused(
        declare,
        CdiTourVariables.EXPECTATIONS,
        Variables.stringValue("a\u0000b"),
        "caractère de contrôle");
    refused(
        declare,
        CdiTourVariables.EXPECTATIONS,
        Variables.stringValue("x".repeat(4001)),
        "dépasse 4000");
    refused(
        declare,
        CdiTourVariables.CONSTRAINTS,
        Variables.stringValue("x".repeat(2001)),
        "dépasse 2000");
    refused(
        declare,
        CdiTourVariables.VOLUNTEER_ROLE,
        Variables.stringValue("pilote"),
        "valeur inconnue");
    refused(
        declare, CdiTourVariables.VOLUNTEER, Variables.stringValue("peut-être"), "valeur inconnue");
    refused(
        declare, CdiTourVariables.PPCR_PLANNED, Variables.stringValue("peut-être"), "oui ou non");
    refused(
        declare,
        CdiTourVariables.NEEDS,
        SpinValues.jsonValue("[\"digital\",").create(),
        "JSON mal formé");
    refused(
        declare,
        CdiTourVariables.NEEDS,
        SpinValues.jsonValue("[\"astronomie\"]").create(),
        "valeur inconnue");
    refused(
        declare,
        CdiTourVariables.NEEDS,
        SpinValues.jsonValue("[\"" + "digital\", \"".repeat(3000) + "digital\"]").create(),
        "dépasse");
    FormContract propose = form("propose-visit-date");
    refused(
        propose,
        CdiVisitVariables.VISIT_DATE,
        Variables.stringValue("+999999999-01-01"),
        "date valide");
    refused(
        propose,
        CdiVisitVariables.VISIT_DATE,
        Variables.stringValue("2201-01-01"),
        "hors de la période");
    refused(
        propose,
        CdiVisitVariables.VISIT_DATE,
        Variables.stringValue("1899-12-31"),
        "hors de la période");
    refused(
        propose, CdiVisitVariables.VISIT_DATE, Variables.stringValue("2026-02-30"), "calendrier");
    refused(
        propose,
        CdiVisitVariables.VISIT_DATE,
        Variables.stringValue("2026-10-05T25:61"),
        "heure invalide");
    refused(
        propose,
        CdiVisitVariables.VISIT_DATE,
        Variables.integerValue(20261005),
        "date est attendue");
    FormContract plan = form("plan-workshops");
    refused(
        plan,
        WorkshopDayVariables.WORKSHOPS,
        SpinValues.jsonValue("[{\"animatorId\": \"x\"}]").create(),
        "workshops.animatorId");
    refused(plan, WorkshopDayVariables.SLOT_COUNT, Variables.stringValue("beaucoup"), "nombre");
    FormContract choose = form("choose-free-workshop");
    refused(
        choose,
        WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
        Variables.stringValue("c"),
        "valeur inconnue");
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
