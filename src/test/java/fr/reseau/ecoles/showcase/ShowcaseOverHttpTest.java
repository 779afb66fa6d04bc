package fr.reseau.ecoles.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionRepository;
import fr.reseau.ecoles.academic.ProductionStatus;
import fr.reseau.ecoles.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.xpath.XPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;

/**
 * The showcase through HTTP without any login (docs/showcase.md): the list and its search, a
 * production's page and ScoLOMFR record, and every OAI-PMH verb and error, each answer validated
 * against the official OAI-PMH 2.0, oai_dc and ScoLOMFR 3.2 schemas. Productions are stored
 * directly (the production-publication process is another feature) in an académie of their own, so
 * that other tests' productions do not count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowcaseOverHttpTest extends IntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProductionRepository productions;
  @Autowired ShowcaseCatalog catalog;

  String academie;
  String set;
  Production history;
  Production maths;
  Production draft;
  Production inReview;
  Production withdrawn;

  @BeforeAll
  void productionsOfOneAcademie() {
    academie = "Vitrine " + UUID.randomUUID().toString().substring(0, 8);
    set = ShowcaseText.slug(academie);
    Instant at = Instant.parse("2027-03-15T09:30:00Z");
    history =
        save(
            "Verdun raconté",
            "Histoire-géographie",
            "3e",
            List.of("Numérique", "Mémoire"),
            ProductionStatus.PUBLISHED,
            at);
    maths =
        save(
            "Fractions et tableur",
            "Mathématiques",
            "CM1",
            List.of("Numérique"),
            ProductionStatus.PUBLISHED,
            at.plusSeconds(3600));
    draft = save("Brouillon secret", "Mathématiques", "CM1", List.of(), ProductionStatus.DRAFT, at);
    inReview =
        save(
            "Relecture en cours",
            "Mathématiques",
            "CM1",
            List.of(),
            ProductionStatus.IN_PEER_REVIEW,
            at);
    withdrawn =
        save(
            "Retirée après publication",
            "Mathématiques",
            "CM2",
            List.of(),
            ProductionStatus.WITHDRAWN,
            at.plusSeconds(7200));
  }

  Production save(
      String title,
      String discipline,
      String level,
      List<String> themes,
      ProductionStatus status,
      Instant at) {
    return productions.save(
        ShowcaseSamples.production(title, academie, discipline, level, themes, status, at));
  }

  @Test
  void theListShowsThePublishedProductionsOnlyAndSearchesThem() {
    String all = page("/vitrine?academie={a}", academie);
    assertThat(all).contains("Verdun raconté", "Fractions et tableur");
    assertThat(all).doesNotContain("Brouillon secret", "Relecture en cours", "Retirée après");
    assertThat(all).contains("id=\"production-count\">2<");

    String maths = page("/vitrine?academie={a}&discipline={d}", academie, "Mathématiques");
    assertThat(maths).contains("Fractions et tableur").doesNotContain("Verdun raconté");
    String memory = page("/vitrine?academie={a}&theme={t}", academie, "Mémoire");
    assertThat(memory).contains("Verdun raconté").doesNotContain("Fractions et tableur");
    String level = page("/vitrine?academie={a}&niveau={n}", academie, "3e");
    assertThat(level).contains("Verdun raconté").doesNotContain("Fractions et tableur");
    // The lists offer the values of published productions only.
    assertThat(page("/vitrine")).contains(academie).doesNotContain("CM2");
  }

  @Test
  void aPublishedProductionHasItsPageAndRecordAndNothingElseIsReachable() throws Exception {
    ResponseEntity<String> page = rest.getForEntity("/vitrine/" + history.getId(), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains("Verdun raconté", "Découverte du document", "Claire Martin");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
        .contains("form-action 'self'");

    ResponseEntity<String> xml =
        rest.getForEntity("/vitrine/" + history.getId() + "/scolomfr.xml", String.class);
    assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xml.getHeaders().getContentType().toString()).startsWith("text/xml");
    ScolomfrSchemas.validateRecord(xml.getBody());
    Document lom = ScolomfrRecordTest.parse(xml.getBody());
    assertThat(
            ScolomfrRecordTest.xpath().evaluate("/lom:lom/lom:general/lom:title/lom:string", lom))
        .isEqualTo("Verdun raconté");
    assertThat(ScolomfrRecordTest.xpath().evaluate("/lom:lom/lom:technical/lom:location", lom))
        .isEqualTo("http://localhost:8080/vitrine/" + history.getId());

    for (Production hidden : List.of(draft, inReview, withdrawn)) {
      for (String path :
          List.of("/vitrine/" + hidden.getId(), "/vitrine/" + hidden.getId() + "/scolomfr.xml")) {
        ResponseEntity<String> answer = rest.getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody()).as(path).doesNotContain(hidden.getTitle());
      }
    }
    for (String path :
        List.of("/vitrine/abc", "/vitrine/99999999999", "/vitrine/-1/scolomfr.xml")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void identifyListMetadataFormatsAndListSetsAreValidOaiPmh() throws Exception {
    String identify = oai("verb=Identify");
    OaiSchemas.validate(identify);
    assertThat(identify)
        .contains(
            "<protocolVersion>2.0</protocolVersion>", "<deletedRecord>transient</deletedRecord>")
        .contains("<baseURL>http://localhost:8080/oai</baseURL>");

    String formats = oai("verb=ListMetadataFormats&identifier=" + identifier(history));
    OaiSchemas.validate(formats);
    assertThat(formats)
        .contains(
            "<metadataPrefix>oai_dc</metadataPrefix>", "<metadataPrefix>scolomfr</metadataPrefix>");

    String sets = oai("verb=ListSets");
    OaiSchemas.validate(sets);
    assertThat(sets).contains("<setSpec>" + set + "</setSpec>", "Académie " + academie);
  }

  @Test
  void listRecordsGivesThePublishedOnesAndTheWithdrawnOneAsDeleted() throws Exception {
    String dc = oai("verb=ListRecords&metadataPrefix=oai_dc&set=" + set);
    OaiSchemas.validate(dc);
    assertThat(dc).contains("Verdun raconté", "Fractions et tableur");
    assertThat(dc).doesNotContain("Brouillon secret", "Relecture en cours", "Retirée après");
    assertThat(dc).contains("<header status=\"deleted\"><identifier>" + identifier(withdrawn));
    assertThat(dc).doesNotContain(identifier(draft) + "<", identifier(inReview) + "<");

    String lom = oai("verb=ListRecords&metadataPrefix=scolomfr&set=" + set);
    ScolomfrSchemas.validateOaiAnswer(lom);
    Document document = ScolomfrRecordTest.parse(lom);
    XPath x = ScolomfrRecordTest.xpath();
    assertThat(
            ScolomfrRecordTest.strings(
                x, document, "//oai:record/oai:metadata/lom:lom/lom:general/lom:title/lom:string"))
        .containsExactly("Verdun raconté", "Fractions et tableur");

    String identifiers = oai("verb=ListIdentifiers&metadataPrefix=scolomfr&set=" + set);
    OaiSchemas.validate(identifiers);
    assertThat(identifiers).contains(identifier(history), identifier(maths), identifier(withdrawn));

    // Selective harvesting by datestamp: from the second production's second on.
    String later =
        oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + set + "&from=2027-03-15T10:30:00Z");
    OaiSchemas.validate(later);
    assertThat(later)
        .contains(identifier(maths), identifier(withdrawn))
        .doesNotContain(identifier(history) + "<");
    String until =
        oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + set + "&until=2027-03-15");
    assertThat(until).contains(identifier(history), identifier(maths));
  }

  @Test
  void getRecordAndEveryErrorAnswerAsTheProtocolSays() throws Exception {
    String record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(history));
    OaiSchemas.validate(record);
    assertThat(record)
        .contains("<dc:title>Verdun raconté</dc:title>", "<setSpec>" + set + "</setSpec>");
    String lom = oai("verb=GetRecord&metadataPrefix=scolomfr&identifier=" + identifier(maths));
    ScolomfrSchemas.validateOaiAnswer(lom);
    assertThat(lom).contains("Fractions et tableur");

    Map<String, String> errors =
        Map.of(
            "verb=Harvest",
            "badVerb",
            "verb=GetRecord&identifier=" + identifier(history),
            "badArgument",
            "verb=GetRecord&metadataPrefix=marc21&identifier=" + identifier(history),
            "cannotDisseminateFormat",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(draft),
            "idDoesNotExist",
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(inReview),
            "idDoesNotExist",
            "verb=ListRecords&metadataPrefix=oai_dc&set=" + set + "&from=2099-01-01",
            "noRecordsMatch",
            "verb=ListRecords&metadataPrefix=oai_dc&set=nulle-part",
            "noRecordsMatch",
            "verb=ListRecords&resumptionToken=abc",
            "badResumptionToken",
            "verb=ListMetadataFormats&identifier=oai:ailleurs:1",
            "idDoesNotExist");
    for (Map.Entry<String, String> error : errors.entrySet()) {
      String answer = oai(error.getKey());
      OaiSchemas.validate(answer);
      assertThat(answer).as(error.getKey()).contains("<error code=\"" + error.getValue() + "\"");
      assertThat(answer)
          .as(error.getKey())
          .doesNotContain("Brouillon secret", "Relecture en cours");
    }
    // badVerb and badArgument repeat no argument of the request.
    assertThat(oai("verb=Harvest")).contains("<request>http://localhost:8080/oai</request>");
  }

  @Test
  void harvestersMayPostTheirRequests() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("verb", "GetRecord");
    form.add("metadataPrefix", "oai_dc");
    form.add("identifier", identifier(history));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> answer =
        rest.postForEntity("/oai", new HttpEntity<>(form, headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    OaiSchemas.validate(answer.getBody());
    assertThat(answer.getBody()).contains("Verdun raconté");
  }

  @Test
  void aLongListIsHarvestedPageByPageWithResumptionTokens() throws Exception {
    // The same provider with pages of 2 records, on the same database.
    OaiPmhProvider small =
        new OaiPmhProvider(
            catalog, "Vitrine", "vitrine.reseau-ecoles.fr", "a@b.fr", "http://x/s.xsd", 2);
    List<String> seen = new ArrayList<>();
    String answer =
        small.answer(
            Map.of(
                "verb",
                new String[] {"ListIdentifiers"},
                "metadataPrefix",
                new String[] {"oai_dc"},
                "set",
                new String[] {set}),
            "http://localhost:8080",
            Instant.now());
    for (int page = 0; page < 5; page++) {
      OaiSchemas.validate(answer);
      Matcher ids = Pattern.compile("<identifier>([^<]+)</identifier>").matcher(answer);
      while (ids.find()) {
        seen.add(ids.group(1));
      }
      Matcher token =
          Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>").matcher(answer);
      if (!token.find()) {
        assertThat(answer).contains("completeListSize=\"3\"");
        break;
      }
      answer =
          small.answer(
              Map.of(
                  "verb",
                  new String[] {"ListIdentifiers"},
                  "resumptionToken",
                  new String[] {token.group(1)}),
              "http://localhost:8080",
              Instant.now());
    }
    assertThat(seen).containsExactly(identifier(history), identifier(maths), identifier(withdrawn));
  }

  String identifier(Production p) {
    return "oai:vitrine.reseau-ecoles.fr:production/" + p.getId();
  }

  String page(String path, Object... values) {
    ResponseEntity<String> answer = rest.getForEntity(path, String.class, values);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  String oai(String query) {
    ResponseEntity<String> answer =
        rest.getForEntity(
            java.net.URI.create(rest.getRootUri() + "/oai?" + query.replace(":", "%3A")),
            String.class);
    assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/xml");
    return answer.getBody();
  }
}
