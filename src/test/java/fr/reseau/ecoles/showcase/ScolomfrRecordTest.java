package fr.reseau.ecoles.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The ScoLOMFR record of a production: valid against the official ScoLOMFR 3.2 schemas
 * (ScolomfrSchemas, docs/showcase.md "Validation") and checked element by element against the
 * reference manual's example, vocabulary values included (some lists are not enumerated by the
 * schemas shipped).
 */
class ScolomfrRecordTest {

  static final String PAGE = "https://ecoles.example.org/vitrine/7";
  static final Instant AT = Instant.parse("2027-03-15T09:30:12Z");

  /** Every value the record may put in a vocabulary element: the concepts of docs/showcase.md. */
  static final Set<String> KNOWN_VALUES =
      Set.of(
          ScolomfrVocabulary.CONCEPT + "final",
          ScolomfrVocabulary.CONCEPT + "author",
          ScolomfrVocabulary.CONCEPT + "creator",
          "http://purl.org/dc/dcmitype/Text",
          ScolomfrVocabulary.CONCEPT + "scolomfr-voc-010-num-020",
          ScolomfrVocabulary.CONCEPT + "teacher",
          ScolomfrVocabulary.CONCEPT + "scolomfr-voc-012-num-003",
          ScolomfrVocabulary.CONCEPT + "school",
          ScolomfrVocabulary.CONCEPT + "no",
          ScolomfrVocabulary.CONCEPT + "yes_2",
          "http://purl.org/dc/terms/references",
          ScolomfrVocabulary.CONCEPT + "scolomfr-voc-028-num-003",
          ScolomfrVocabulary.CONCEPT + "educational_level");

  @Test
  void aPublishedScenarioIsALomRecordWithTheScolomfrExtensionsAndVocabularies() throws Exception {
    Production p =
        ShowcaseSamples.production(
            "Verdun, récit d'une bataille",
            "Aix-Marseille",
            "Histoire-géographie",
            "Collège – 3e",
            List.of("Numérique", "Mémoire"),
            ProductionStatus.PUBLISHED,
            AT);
    String xml = record(p);
    ScolomfrSchemas.validateRecord(xml);
    Document lom = parse(xml);
    XPath x = xpath();

    assertThat(x.evaluate("/lom:lom/lom:general/lom:title/lom:string", lom))
        .isEqualTo("Verdun, récit d'une bataille");
    assertThat(x.evaluate("/lom:lom/lom:general/lom:title/lom:string/@language", lom))
        .isEqualTo(ScolomfrVocabulary.FRENCH);
    assertThat(x.evaluate("/lom:lom/lom:general/lom:identifier/lom:entry", lom)).isEqualTo(PAGE);
    assertThat(x.evaluate("/lom:lom/lom:general/lom:description/lom:string", lom))
        .contains("la classe & les élèves <tous>");
    assertThat(strings(x, lom, "/lom:lom/lom:general/lom:keyword/lom:string"))
        .containsExactly("Numérique", "Mémoire");
    assertThat(x.evaluate("/lom:lom/lom:general/lomfr:documentType/lomfr:value", lom))
        .isEqualTo("http://purl.org/dc/dcmitype/Text");
    assertThat(strings(x, lom, "/lom:lom/lom:lifeCycle/lom:contribute/lom:entity"))
        .hasSize(2)
        .allSatisfy(
            v -> assertThat(v).startsWith("BEGIN:VCARD").contains("ORG:Académie Aix-Marseille"));
    assertThat(x.evaluate("/lom:lom/lom:lifeCycle/lom:contribute[1]/lom:date/lom:dateTime", lom))
        .isEqualTo("2027-03-15");
    assertThat(x.evaluate("/lom:lom/lom:metaMetadata/lom:metadataSchema", lom))
        .isEqualTo("SCOLOMFRv3.2");
    assertThat(x.evaluate("/lom:lom/lom:technical/lom:location", lom)).isEqualTo(PAGE);
    assertThat(x.evaluate("/lom:lom/lom:educational/lom:typicalLearningTime/lom:duration", lom))
        .isEqualTo("PT2H");
    assertThat(x.evaluate("/lom:lom/lom:educational/lom:context/lom:value", lom))
        .isEqualTo(ScolomfrVocabulary.CONCEPT + "scolomfr-voc-012-num-003");
    assertThat(x.evaluate("/lom:lom/lom:educational/lom:description/lom:string", lom))
        .contains("1. Découverte du document", "3. Mise en commun");
    assertThat(x.evaluate("/lom:lom/lom:rights/lom:description/lom:string", lom))
        .isEqualTo("Licence CC BY-SA 4.0 : https://creativecommons.org/licenses/by-sa/4.0/");
    // Only the resource with an address becomes a relation.
    assertThat(strings(x, lom, "/lom:lom/lom:relation/lom:resource/lom:identifier/lom:entry"))
        .containsExactly("https://www.ac-aix-marseille.fr/fiche.pdf");

    String domain =
        "/lom:lom/lom:classification[lom:purpose/lom:value='"
            + ScolomfrVocabulary.CONCEPT
            + "scolomfr-voc-028-num-003']/lom:taxonPath";
    assertThat(x.evaluate(domain + "/lom:source/lom:string", lom)).contains("scolomfr-voc-015");
    assertThat(x.evaluate(domain + "/lom:taxon/lom:id", lom))
        .isEqualTo(ScolomfrVocabulary.CONCEPT + "scolomfr-voc-015-num-980");
    String level =
        "/lom:lom/lom:classification[lom:purpose/lom:value='"
            + ScolomfrVocabulary.CONCEPT
            + "educational_level']/lom:taxonPath/lom:taxon";
    assertThat(x.evaluate(level + "/lom:id", lom))
        .isEqualTo(ScolomfrVocabulary.CONCEPT + "scolomfr-voc-022-num-023");

    for (String value : strings(x, lom, "//lom:value | //lomfr:value | //scolomfr:value")) {
      assertThat(KNOWN_VALUES).as("vocabulary value").contains(value);
    }
    // Every LOM vocabulary element names its source, as the reference example does.
    assertThat(x.evaluate("count(//lom:value[not(../lom:source)])", lom)).isEqualTo("0");
  }

  @Test
  void aDisciplineOrLevelWithoutAKnownConceptIsExportedByItsLabelAlone() throws Exception {
    Production p =
        ShowcaseSamples.production(
            "Les fractions au CM1",
            "Nice",
            "Mathématiques",
            "CM1",
            List.of(),
            ProductionStatus.PUBLISHED,
            AT);
    String xml = record(p);
    ScolomfrSchemas.validateRecord(xml);
    Document lom = parse(xml);
    XPath x = xpath();
    assertThat(x.evaluate("count(//lom:taxon/lom:id)", lom)).isEqualTo("0");
    assertThat(strings(x, lom, "//lom:taxon/lom:entry/lom:string"))
        .containsExactly("Mathématiques", "CM1");
    assertThat(x.evaluate("/lom:lom/lom:educational/lom:context/lom:value", lom))
        .isEqualTo(ScolomfrVocabulary.CONCEPT + "school");
  }

  @Test
  void theRecordCarriesNothingOfTheGroupNorOfTheProcess() throws Exception {
    Production p =
        ShowcaseSamples.production(
            "Titre", "Aix-Marseille", null, null, List.of(), ProductionStatus.PUBLISHED, AT);
    p.attachProcess("process-instance-4242");
    p.linkSource("https://ecoles.example.org/bilan/sainte-victoire/2026-2027");
    String xml = record(p);
    ScolomfrSchemas.validateRecord(xml);
    assertThat(xml)
        .doesNotContain("groupe-aix-marseille")
        .doesNotContain("process-instance-4242")
        .doesNotContain("/bilan/");
    assertThat(xpath().evaluate("count(/lom:lom/lom:classification)", parse(xml))).isEqualTo("0");
  }

  @Test
  void theOfficialSchemaRejectsWhatScolomfrDoesNotAllow() throws Exception {
    String xml =
        record(
            ShowcaseSamples.production(
                "Verdun",
                "Aix-Marseille",
                "Histoire-géographie",
                "3e",
                List.of("Mémoire"),
                ProductionStatus.PUBLISHED,
                AT));
    ScolomfrSchemas.validateRecord(xml);
    // An enumerated list (voc-002 status), a label where 3.2 wants a concept URI (voc-010), a
    // source the 3.2 package does not know and an element LOM does not define: all refused.
    for (String[] change :
        List.of(
            new String[] {"concept/final<", "concept/finished<"},
            new String[] {
              ScolomfrVocabulary.CONCEPT + "scolomfr-voc-010-num-020<", "scénario pédagogique<"
            },
            new String[] {">SCOLOMFRv3.2</lom:source>", ">SCOLOMFRv9.9</lom:source>"},
            new String[] {"lom:location>", "lom:place>"})) {
      String changed = xml.replace(change[0], change[1]);
      assertThat(changed).as(change[0]).isNotEqualTo(xml);
      assertThatThrownBy(() -> ScolomfrSchemas.validateRecord(changed))
          .as(change[1])
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Not valid against scolomfr.xsd");
    }
    // The vocabulary lists shipped are enforced; the large ones not shipped are loose.
    assertThat(ScolomfrSchemas.LOOSE)
        .contains("006", "015", "022")
        .doesNotContain("002", "003", "009", "010", "011", "012", "013", "026", "027", "028");
  }

  static String record(Production p) throws Exception {
    StringWriter text = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
    xml.writeStartDocument("UTF-8", "1.0");
    new ScolomfrWriter(xml).write(p, PAGE, PAGE + "/scolomfr.xml");
    xml.writeEndDocument();
    xml.close();
    return text.toString();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static XPath xpath() {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return switch (prefix) {
              case "lom" -> ScolomfrWriter.LOM;
              case "lomfr" -> ScolomfrWriter.LOMFR;
              case "scolomfr" -> ScolomfrWriter.SCOLOMFR;
              case "oai" -> OaiPmhWriter.OAI;
              case "oai_dc" -> OaiDcWriter.OAI_DC;
              case "dc" -> OaiDcWriter.DC;
              default -> null;
            };
          }

          @Override
          public String getPrefix(String namespaceUri) {
            return null;
          }

          @Override
          public Iterator<String> getPrefixes(String namespaceUri) {
            return null;
          }
        });
    return xpath;
  }

  static List<String> strings(XPath x, Object node, String path) throws Exception {
    NodeList nodes = (NodeList) x.evaluate(path, node, XPathConstants.NODESET);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }
}
