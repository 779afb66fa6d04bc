package fr.reseau.ecoles.academic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.support.IntegrationTest;
import fr.reseau.ecoles.support.TestNetworks;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A production's files through HTTP (docs/academic-groups.md, "Files"): a member of the group adds,
 * lists and removes them before publication; bad kinds, too large files, outsiders and published
 * productions are refused with nothing stored; the showcase serves them once published only.
 */
class ProductionResourcesOverHttpTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired AcademicGroupService groups;
  @Autowired ProductionRepository productions;
  @Autowired ProductionResourceRepository files;

  @Test
  void membersAttachListAndRemoveFilesThatTheShowcaseServesOncePublished() throws Exception {
    AcademicPeople.TestGroup group = AcademicPeople.create(groups, "Nantes");
    Production production = draft(group, "Fichiers joints");
    String resources = resources(group, production);

    ResponseEntity<String> added =
        upload(
            group.teacher(),
            resources,
            "C:\\Documents\\fiche élève.pdf",
            ResourceSamples.PDF,
            "Fiche élève");
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode pdf = JSON.readTree(added.getBody());
    assertThat(pdf.path("filename").asText()).isEqualTo("fiche élève.pdf");
    assertThat(pdf.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(pdf.path("size").asLong()).isEqualTo(ResourceSamples.PDF.length);
    ResponseEntity<String> sheet =
        upload(
            group.referent(),
            resources,
            "mesures.ods",
            ResourceSamples.openDocument("application/vnd.oasis.opendocument.spreadsheet"),
            null);
    assertThat(sheet.getStatusCode()).as(sheet.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(JSON.readTree(sheet.getBody()).path(ProductionResources.TITLE).asText())
        .isEqualTo("mesures.ods");
    ResponseEntity<String> photo =
        upload(group.reviewer(), resources, "photo.png", ResourceSamples.PNG, null);
    assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // The group's people and the inspector read the list; an outsider does not.
    JsonNode list = JSON.readTree(call(group.inspector(), HttpMethod.GET, resources).getBody());
    assertThat(list).hasSize(3);
    assertThat(list.get(0).path(ProductionResources.TITLE).asText()).isEqualTo("Fiche élève");
    AcademicPeople.TestGroup other = AcademicPeople.create(groups, "Rennes");
    assertThat(call(other.teacher(), HttpMethod.GET, resources).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(null, HttpMethod.GET, resources).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // A member removes one; an outsider may not.
    String photoUrl = resources + "/" + JSON.readTree(photo.getBody()).path("id").asLong();
    assertThat(call(other.teacher(), HttpMethod.DELETE, photoUrl).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(group.teacher(), HttpMethod.DELETE, photoUrl).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call(group.teacher(), HttpMethod.DELETE, photoUrl).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(files.findInfosByProductionIdOrderById(production.getId())).hasSize(2);

    // Before publication the showcase knows neither the production nor its files.
    String download = "/vitrine/" + production.getId() + "/ressources/" + pdf.path("id").asLong();
    assertThat(rest.getForEntity(download, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    production.moveTo(ProductionStatus.PUBLISHED, EngineClock.now());
    productions.save(production);
    ResponseEntity<byte[]> file = rest.getForEntity(download, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(ResourceSamples.PDF);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(file.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("fiche élève.pdf");
    String page = rest.getForObject("/vitrine/" + production.getId(), String.class);
    assertThat(page).contains("Fiche élève", "mesures.ods", download);
    // A file under another production's id, or an unknown one: 404.
    Production another = draft(group, "Autre production");
    another.moveTo(ProductionStatus.PUBLISHED, EngineClock.now());
    productions.save(another);
    assertThat(
            rest.getForEntity(
                    "/vitrine/" + another.getId() + "/ressources/" + pdf.path("id").asLong(),
                    byte[].class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity(download + "9", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Once published, files are neither added nor removed.
    assertThat(
            upload(group.teacher(), resources, "plus.pdf", ResourceSamples.PDF, null)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    String pdfUrl = resources + "/" + pdf.path("id").asLong();
    assertThat(call(group.teacher(), HttpMethod.DELETE, pdfUrl).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(files.findInfosByProductionIdOrderById(production.getId())).hasSize(2);
  }

  @Test
  void badFilesAndOutsidersAreRefusedWithNothingStored() throws Exception {
    AcademicPeople.TestGroup group = AcademicPeople.create(groups, "Caen");
    Production production = draft(group, "Refus");
    String resources = resources(group, production);

    assertField(upload(group.teacher(), resources, "fiche.pdf", ResourceSamples.EXE, null), "file");
    assertField(upload(group.teacher(), resources, "setup.exe", ResourceSamples.EXE, null), "file");
    assertField(upload(group.teacher(), resources, "vide.pdf", new byte[0], null), "file");
    byte[] large = Arrays.copyOf(ResourceSamples.PDF, 10 * 1024 * 1024 + 1);
    assertField(upload(group.teacher(), resources, "gros.pdf", large, null), "file");
    assertField(
        upload(group.teacher(), resources, "fiche.pdf", ResourceSamples.PDF, "t".repeat(201)),
        ProductionResources.TITLE);
    // No file part at all.
    MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
    noFile.add(ProductionResources.TITLE, "Sans fichier");
    assertField(post(group.teacher(), resources, noFile), "file");

    // The inspector is not a member; another group's teacher neither; nobody is not logged in.
    AcademicPeople.TestGroup other = AcademicPeople.create(groups, "Rouen");
    assertThat(
            upload(group.inspector(), resources, "a.txt", ResourceSamples.TEXT, null)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            upload(other.teacher(), resources, "a.txt", ResourceSamples.TEXT, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload(null, resources, "a.txt", ResourceSamples.TEXT, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A production of another group under this group's address: 404.
    Production elsewhere = draft(other, "Ailleurs");
    assertThat(
            upload(
                    group.teacher(),
                    resources(group, elsewhere),
                    "a.txt",
                    ResourceSamples.TEXT,
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(files.findInfosByProductionIdOrderById(production.getId())).isEmpty();
    assertThat(files.findInfosByProductionIdOrderById(elsewhere.getId())).isEmpty();

    // A text file is accepted and served as UTF-8 text.
    assertThat(
            upload(group.teacher(), resources, "a.txt", ResourceSamples.TEXT, null).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(files.findInfosByProductionIdOrderById(production.getId()))
        .singleElement()
        .satisfies(f -> assertThat(f.contentType()).isEqualTo("text/plain;charset=UTF-8"));
  }

  private Production draft(AcademicPeople.TestGroup group, String title) {
    return productions.save(new Production(group.id(), "Nantes", title, EngineClock.now()));
  }

  private static String resources(AcademicPeople.TestGroup group, Production production) {
    return "/api/academic-groups/"
        + group.id()
        + "/productions/"
        + production.getId()
        + "/resources";
  }

  private ResponseEntity<String> upload(
      String user, String url, String filename, byte[] content, String title) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return filename;
          }
        });
    if (title != null) {
      body.add(ProductionResources.TITLE, title);
    }
    return post(user, url, body);
  }

  private ResponseEntity<String> post(String user, String url, MultiValueMap<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return client(user)
        .exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String url) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return client(user).exchange(url, method, new HttpEntity<>(headers), String.class);
  }

  private TestRestTemplate client(String user) {
    return user == null ? rest : rest.withBasicAuth(user, TestNetworks.PASSWORD);
  }

  private static void assertField(ResponseEntity<String> answer, String field) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = JSON.readTree(answer.getBody());
    assertThat(body.path("field").asText()).isEqualTo(field);
    assertThat(body.path("message").asText()).contains("Champ « " + field + " »");
  }
}
