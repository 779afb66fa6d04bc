package fr.reseau.ecoles.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The argument rules of OAI-PMH 2.0 (section 3.1) and the resumption tokens. */
class OaiRequestTest {

  @Test
  void aMissingRepeatedOrUnknownVerbIsBadVerb() {
    assertCode(Map.of(), "badVerb");
    assertCode(Map.of("verb", new String[] {"Identify", "Identify"}), "badVerb");
    assertCode(Map.of("verb", new String[] {"ListEverything"}), "badVerb");
  }

  @Test
  void illegalRepeatedMissingOrBadArgumentsAreBadArgument() {
    assertCode(Map.of("verb", a("Identify"), "metadataPrefix", a("oai_dc")), "badArgument");
    assertCode(Map.of("verb", a("GetRecord"), "metadataPrefix", a("oai_dc")), "badArgument");
    assertCode(Map.of("verb", a("ListRecords")), "badArgument");
    assertCode(
        Map.of("verb", a("ListRecords"), "metadataPrefix", new String[] {"oai_dc", "scolomfr"}),
        "badArgument");
    assertCode(
        Map.of("verb", a("ListRecords"), "metadataPrefix", a("oai_dc"), "resumptionToken", a("x")),
        "badArgument");
    assertCode(
        Map.of("verb", a("ListRecords"), "metadataPrefix", a("oai_dc"), "from", a("2027-13-01")),
        "badArgument");
    assertCode(
        Map.of(
            "verb", a("ListRecords"),
            "metadataPrefix", a("oai_dc"),
            "from", a("2027-03-01"),
            "until", a("2027-03-02T00:00:00Z")),
        "badArgument");
    assertCode(
        Map.of(
            "verb", a("ListIdentifiers"),
            "metadataPrefix", a("oai_dc"),
            "from", a("2027-03-02"),
            "until", a("2027-03-01")),
        "badArgument");
  }

  @Test
  void datestampsCoverTheirWholeDayOrSecond() {
    OaiRequest request =
        OaiRequest.parse(
            Map.of(
                "verb", a("ListRecords"),
                "metadataPrefix", a("oai_dc"),
                "from", a("2027-03-01"),
                "until", a("2027-03-02")));
    assertThat(request.datestamp("until").endExclusive())
        .isEqualTo(Instant.parse("2027-03-03T00:00:00Z"));
    OaiRequest seconds =
        OaiRequest.parse(
            Map.of(
                "verb", a("ListRecords"),
                "metadataPrefix", a("oai_dc"),
                "until", a("2027-03-02T10:00:05Z")));
    assertThat(seconds.datestamp("until").endExclusive())
        .isEqualTo(Instant.parse("2027-03-02T10:00:06Z"));
  }

  @Test
  void aResumptionTokenComesBackAsItWasAndAForgedOneIsRefused() {
    ResumptionToken token =
        new ResumptionToken(
            "scolomfr",
            "2027-01-01",
            null,
            "aix-marseille",
            Instant.parse("2027-03-01T10:00:00.123456Z"),
            42,
            50);
    assertThat(ResumptionToken.decode(token.encode())).isEqualTo(token);
    assertThatThrownBy(() -> ResumptionToken.decode("bm9uc2Vuc2U"))
        .isInstanceOf(OaiError.class)
        .extracting(e -> ((OaiError) e).code())
        .isEqualTo("badResumptionToken");
    assertThatThrownBy(() -> ResumptionToken.decode("%%%")).isInstanceOf(OaiError.class);
  }

  private static void assertCode(Map<String, String[]> parameters, String code) {
    assertThatThrownBy(() -> OaiRequest.parse(parameters))
        .isInstanceOf(OaiError.class)
        .extracting(e -> ((OaiError) e).code())
        .isEqualTo(code);
  }

  private static String[] a(String value) {
    return new String[] {value};
  }
}
