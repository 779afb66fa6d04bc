package fr.reseau.ecoles.showcase;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The ScoLOMFR record of a production, element by element (docs/showcase.md, "ScoLOMFR"): the
 * official XSD is not in this repository (docs/showcase.md, "Validation"), so its structure, its
 * namespaces and its vocabulary values are checked here against the reference manual's example.
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
          "scénario pédagogique",
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
    Document lom = parse(record(p));
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
    Document lom = parse(record(p));
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
    assertThat(xml)
        .doesNotContain("groupe-aix-marseille")
        .doesNotContain("process-instance-4242")
        .doesNotContain("/bilan/");
    assertThat(xpath().evaluate("count(/lom:lom/lom:classification)", parse(xml))).isEqualTo("0");
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
