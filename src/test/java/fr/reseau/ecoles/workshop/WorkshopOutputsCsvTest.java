package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_SOURCE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ESTABLISHMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.spreadsheet.SpreadsheetCells;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import fr.reseau.ecoles.support.TestNetworks.TestNetwork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The four files of a workshop day carry what teachers and the project team wrote to a spreadsheet:
 * a text that a spreadsheet would run as a formula arrives as text (OWASP's leading apostrophe).
 */
class WorkshopOutputsCsvTest extends IntegrationTest {

  private static final String FORMULA = "=HYPERLINK(\"http://exemple.invalid\";\"cliquez\")";

  @Autowired TestNetworks networks;
  @Autowired WorkshopOutputs outputs;
  @Autowired TeacherImpressionsRepository impressions;
  @Autowired ReferentRepository referents;
  @Autowired AnimatorRepository animators;

  @Test
  void everyFileOfTheDayNeutralisesFormulaCells() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    TestNetwork network = networks.create(1);
    ProcessInstance instance =
        startProcess(
            WorkshopDayVariables.PROCESS_KEY,
            network.id(),
            Map.of(
                TITLE,
                "Journée tableurs",
                ESTABLISHMENTS,
                "Collège de test",
                DAY_DATE,
                "2027-02-04",
                CONCERN_SOURCE,
                "questionnaire"));
    Long dayId =
        ((Number) runtimeService.getVariable(instance.getId(), WORKSHOP_DAY_ID)).longValue();

    TeacherImpressions words = new TeacherImpressions(dayId, network.documentalistes().get(0));
    words.logbookKept("\t=1+1", null, "\r=1+1");
    words.hotImpressionsGiven(3, FORMULA, "+33 6 12 34 56 78", FORMULA, "-1+2", false);
    words.coldImpressionsGiven(null, "=cmd|' /C calc'!A0", 1, "@SOMME(A1:A9)", false);
    impressions.save(words);

    referents.save(
        new Referent(dayId, network.documentalistes().get(0), "=Nom", null, 0, "+raisons", true));

    animators.save(
        new Animator(network.id(), "@Animateur", FORMULA, null, "manual", Instant.now()));

    outputs.publish(dayId);
    assertThat(cells(dayId, "feelings"))
        .contains("'" + FORMULA, "'+33 6 12 34 56 78", "'-1+2", "'@SOMME(A1:A9)");
    assertThat(cells(dayId, "ideas"))
        .contains("'\t=1+1", "'\r=1+1", "'" + FORMULA, "'=cmd|' /C calc'!A0");
    assertThat(cells(dayId, "referents")).contains("'=Nom", "'+raisons");
    assertThat(cells(dayId, "animators")).contains("'@Animateur", "'" + FORMULA);
    runtimeService.deleteProcessInstance(instance.getId(), "test over");
  }

  /** Every cell of a published file, read back as a spreadsheet would; none may start a formula. */
  private List<String> cells(Long dayId, String kind) {
    String content = outputs.output(dayId, kind).orElseThrow().getContent();
    return SpreadsheetCells.of(content);
  }
}
