package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.CONCERN_SOURCE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DAY_DATE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ESTABLISHMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TITLE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOP_DAY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.demo.DemoWorkshopDay;
import fr.reseau.ecoles.support.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The questionnaire upload and the outputs of a day, through HTTP: who may, and what a mistake
 * gets.
 */
class WorkshopDayApiTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired WorkshopDayService days;
  @Autowired WorkshopOutputs outputs;

  ResponseEntity<String> upload(String user, Long dayId, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.postForEntity(
        "/api/workshop-days/" + dayId + "/questionnaire",
        new HttpEntity<>(csv, headers),
        String.class);
  }

  @Test
  void theProjectTeamUploadsTheQuestionnaireAndDownloadsTheOutputs() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    ProcessInstance instance =
        startProcess(
            WorkshopDayVariables.PROCESS_KEY,
            "ventoux-baronnies",
            Map.of(
                TITLE,
                "Journée API",
                ESTABLISHMENTS,
                "Collège des Dentelles",
                DAY_DATE,
                "2027-02-04",
                CONCERN_SOURCE,
                "questionnaire"));
    Long dayId =
        ((Number) runtimeService.getVariable(instance.getId(), WORKSHOP_DAY_ID)).longValue();

    assertThat(upload(null, dayId, DemoWorkshopDay.questionnaire()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(upload("camille.roux", dayId, DemoWorkshopDay.questionnaire()).getStatusCode())
        .as("a documentaliste")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("claire.martin", dayId, DemoWorkshopDay.questionnaire()).getStatusCode())
        .as("a teacher")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("sandrine.olivier", dayId, DemoWorkshopDay.questionnaire()).getStatusCode())
        .as("another network's coordinator")
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> bad = upload("julie.vernet", dayId, "enseignant;nom\nx;y\n");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody())
        .contains("\"field\":\"questionnaireCsv\"")
        .contains("la colonne « prenom » manque");
    assertThat(days.answers(dayId)).isEmpty();

    ResponseEntity<String> ok = upload("julie.vernet", dayId, DemoWorkshopDay.questionnaire());
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ok.getBody()).contains("\"answers\":24").contains("Différenciation pédagogique");
    assertThat(days.answers(dayId)).hasSize(24);
    assertThat(upload("mathilde.arnaud", dayId, DemoWorkshopDay.questionnaire()).getStatusCode())
        .as("the network's coordinator")
        .isEqualTo(HttpStatus.OK);
    assertThat(upload("julie.vernet", 987654L, DemoWorkshopDay.questionnaire()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String feelings = "/api/workshop-days/" + dayId + "/outputs/feelings.csv";
    assertThat(
            rest.withBasicAuth("julie.vernet", "demo")
                .getForEntity(feelings, String.class)
                .getStatusCode())
        .as("not published yet")
        .isEqualTo(HttpStatus.NOT_FOUND);
    outputs.publish(dayId);
    ResponseEntity<String> file =
        rest.withBasicAuth("julie.vernet", "demo").getForEntity(feelings, String.class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("journee-" + dayId + "-ressentis.csv");
    assertThat(file.getBody()).startsWith("\uFEFFpreoccupation_du_groupe;plaisir_1_a_4");
    assertThat(
            rest.withBasicAuth("claire.martin", "demo")
                .getForEntity(feelings, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            rest.withBasicAuth("julie.vernet", "demo")
                .getForEntity(feelings.replace("feelings", "secrets"), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    runtimeService.deleteProcessInstance(instance.getId(), "test over");
  }

  @Test
  void aQuestionnaireExportedInWindows1252KeepsItsAccentsAndTheAnswerSaysHowItWasRead() {
    clockAt(LocalDate.of(2027, 1, 11), 9);
    ProcessInstance instance =
        startProcess(
            WorkshopDayVariables.PROCESS_KEY,
            "ventoux-baronnies",
            Map.of(
                TITLE,
                "Journée Excel",
                ESTABLISHMENTS,
                "Collège des Dentelles",
                DAY_DATE,
                "2027-02-04",
                CONCERN_SOURCE,
                "questionnaire"));
    Long dayId =
        ((Number) runtimeService.getVariable(instance.getId(), WORKSHOP_DAY_ID)).longValue();
    String questionnaire = DemoWorkshopDay.questionnaire().replace("\uFEFF", "");
    assertThat(questionnaire).contains("é");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    ResponseEntity<String> ok =
        rest.withBasicAuth("julie.vernet", "demo")
            .postForEntity(
                "/api/workshop-days/" + dayId + "/questionnaire",
                new HttpEntity<>(questionnaire.getBytes(Charset.forName("windows-1252")), headers),
                String.class);
    assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(ok.getBody())
        .contains("\"encoding\":\"Windows-1252\"")
        .contains("Différenciation pédagogique")
        .doesNotContain("\uFFFD");
    assertThat(days.answers(dayId)).hasSize(24);
    ResponseEntity<String> utf8 =
        rest.withBasicAuth("julie.vernet", "demo")
            .postForEntity(
                "/api/workshop-days/" + dayId + "/questionnaire",
                new HttpEntity<>(
                    ("\uFEFF" + questionnaire).getBytes(StandardCharsets.UTF_8), headers),
                String.class);
    assertThat(utf8.getBody()).contains("\"encoding\":\"UTF-8\"").doesNotContain("encodingNote");
    runtimeService.deleteProcessInstance(instance.getId(), "test over");
  }
}
