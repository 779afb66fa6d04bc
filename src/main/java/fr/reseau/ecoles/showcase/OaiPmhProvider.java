package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The OAI-PMH 2.0 data provider of the showcase (docs/showcase.md, "OAI-PMH"): the six verbs over
 * the harvestable productions (published ones, and those withdrawn after publication as deleted
 * records), formats {@code oai_dc} and {@code scolomfr}, one set per académie, stateless resumption
 * tokens.
 */
@Component
class OaiPmhProvider {

  static final String SCOLOMFR_PREFIX = "scolomfr";
  static final String OAI_DC_PREFIX = "oai_dc";

  private final ShowcaseCatalog catalog;
  private final String repositoryName;
  private final String repositoryIdentifier;
  private final String adminEmail;
  private final String scolomfrSchema;
  private final int pageSize;

  OaiPmhProvider(
      ShowcaseCatalog catalog,
      @Value("${app.showcase.oai.repository-name:Vitrine de la mutualisation}")
          String repositoryName,
      @Value("${app.showcase.oai.repository-identifier:vitrine.reseau-ecoles.fr}")
          String repositoryIdentifier,
      @Value("${app.showcase.oai.admin-email:vitrine@reseau-ecoles.fr}") String adminEmail,
      @Value(
              "${app.showcase.oai.scolomfr-schema:"
                  + "http://www.lom-fr.fr/scolomfr/fileadmin/user_upload/xsd/scolomfr.xsd}")
          String scolomfrSchema,
      @Value("${app.showcase.oai.page-size:50}") int pageSize) {
    this.catalog = catalog;
    this.repositoryName = repositoryName;
    this.repositoryIdentifier = repositoryIdentifier;
    this.adminEmail = adminEmail;
    this.scolomfrSchema = scolomfrSchema;
    this.pageSize = pageSize;
  }

  /** The whole answer to one request, errors included (always HTTP 200, as the protocol says). */
  String answer(Map<String, String[]> parameters, String baseUrl, Instant now) {
    String oaiUrl = baseUrl + "/oai";
    OaiRequest request = null;
    try {
      request = OaiRequest.parse(parameters);
      return respond(request, baseUrl, oaiUrl, now);
    } catch (OaiError error) {
      return errorAnswer(error, request, oaiUrl, now);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private String respond(OaiRequest request, String baseUrl, String oaiUrl, Instant now)
      throws XMLStreamException {
    return switch (request.verb()) {
      case "Identify" -> identify(request, oaiUrl, now);
      case "ListMetadataFormats" -> listMetadataFormats(request, oaiUrl, now);
      case "ListSets" -> listSets(request, oaiUrl, now);
      case "GetRecord" -> getRecord(request, baseUrl, oaiUrl, now);
      default -> list(request, baseUrl, oaiUrl, now);
    };
  }

  private String identify(OaiRequest request, String oaiUrl, Instant now)
      throws XMLStreamException {
    try (OaiPmhWriter out = new OaiPmhWriter()) {
      out.open(now, oaiUrl, request.verb(), request.arguments());
      out.start("Identify");
      out.element("repositoryName", repositoryName);
      out.element("baseURL", oaiUrl);
      out.element("protocolVersion", "2.0");
      out.element("adminEmail", adminEmail);
      out.element(
          "earliestDatestamp", OaiPmhWriter.datestamp(catalog.earliestDatestamp().orElse(now)));
      out.element("deletedRecord", "transient");
      out.element("granularity", "YYYY-MM-DDThh:mm:ssZ");
      out.end();
      return out.finish();
    }
  }

  private String listMetadataFormats(OaiRequest request, String oaiUrl, Instant now)
      throws XMLStreamException {
    if (request.get("identifier") != null) {
      production(request.get("identifier"));
    }
    try (OaiPmhWriter out = new OaiPmhWriter()) {
      out.open(now, oaiUrl, request.verb(), request.arguments());
      out.start("ListMetadataFormats");
      format(out, OAI_DC_PREFIX, OaiDcWriter.OAI_DC_SCHEMA, OaiDcWriter.OAI_DC);
      format(out, SCOLOMFR_PREFIX, scolomfrSchema, ScolomfrWriter.LOM);
      out.end();
      return out.finish();
    }
  }

  private static void format(OaiPmhWriter out, String prefix, String schema, String namespace)
      throws XMLStreamException {
    out.start("metadataFormat");
    out.element("metadataPrefix", prefix);
    out.element("schema", schema);
    out.element("metadataNamespace", namespace);
    out.end();
  }

  private String listSets(OaiRequest request, String oaiUrl, Instant now)
      throws XMLStreamException {
    if (request.get("resumptionToken") != null) {
      throw new OaiError("badResumptionToken", "La liste des ensembles tient en une page.");
    }
    Map<String, String> sets = sets();
    if (sets.isEmpty()) {
      throw new OaiError("noSetHierarchy", "Aucune production publiée : aucun ensemble.");
    }
    try (OaiPmhWriter out = new OaiPmhWriter()) {
      out.open(now, oaiUrl, request.verb(), request.arguments());
      out.start("ListSets");
      for (Map.Entry<String, String> set : sets.entrySet()) {
        out.start("set");
        out.element("setSpec", set.getKey());
        out.element("setName", "Académie " + set.getValue());
        out.end();
      }
      out.end();
      return out.finish();
    }
  }

  private String getRecord(OaiRequest request, String baseUrl, String oaiUrl, Instant now)
      throws XMLStreamException {
    String prefix = checkedPrefix(request.get("metadataPrefix"));
    Production production = production(request.get("identifier"));
    try (OaiPmhWriter out = new OaiPmhWriter()) {
      out.open(now, oaiUrl, request.verb(), request.arguments());
      out.start("GetRecord");
      record(out, production, prefix, baseUrl, true);
      out.end();
      return out.finish();
    }
  }

  /** ListIdentifiers and ListRecords: one page after the token's position. */
  private String list(OaiRequest request, String baseUrl, String oaiUrl, Instant now)
      throws XMLStreamException {
    ResumptionToken position =
        request.get("resumptionToken") == null
            ? null
            : ResumptionToken.decode(request.get("resumptionToken"));
    String prefix =
        checkedPrefix(position == null ? request.get("metadataPrefix") : position.metadataPrefix());
    Map<String, String> arguments = position == null ? request.arguments() : argumentsOf(position);
    OaiRequest effective = new OaiRequest(request.verb(), arguments);
    OaiRequest.Datestamp from = effective.datestamp("from");
    OaiRequest.Datestamp until = effective.datestamp("until");
    Collection<String> academies = academiesOf(arguments.get("set"));
    Instant fromInstant = from == null ? null : from.start();
    Instant untilInstant = until == null ? null : until.endExclusive();
    List<Production> page =
        catalog.harvest(
            fromInstant,
            untilInstant,
            academies,
            position == null ? null : position.afterUpdatedAt(),
            position == null ? 0 : position.afterId(),
            pageSize + 1);
    if (page.isEmpty()) {
      if (position != null) {
        throw new OaiError("badResumptionToken", "Jeton de reprise épuisé.");
      }
      throw new OaiError("noRecordsMatch", "Aucune production ne répond à cette demande.");
    }
    boolean more = page.size() > pageSize;
    List<Production> shown = more ? page.subList(0, pageSize) : page;
    long cursor = position == null ? 0 : position.cursor();
    long total =
        position == null && !more
            ? shown.size()
            : catalog.harvestCount(fromInstant, untilInstant, academies);
    boolean records = request.verb().equals("ListRecords");
    try (OaiPmhWriter out = new OaiPmhWriter()) {
      out.open(now, oaiUrl, request.verb(), request.arguments());
      out.start(request.verb());
      for (Production production : shown) {
        if (records) {
          record(out, production, prefix, baseUrl, false);
        } else {
          header(out, production);
        }
      }
      if (more) {
        Production last = shown.get(shown.size() - 1);
        String token =
            new ResumptionToken(
                    prefix,
                    arguments.get("from"),
                    arguments.get("until"),
                    arguments.get("set"),
                    last.getUpdatedAt(),
                    last.getId(),
                    cursor + shown.size())
                .encode();
        out.resumptionToken(token, total, cursor);
      } else if (position != null) {
        out.resumptionToken(null, total, cursor); // the last page: an empty token
      }
      out.end();
      return out.finish();
    }
  }

  private void record(
      OaiPmhWriter out, Production production, String prefix, String baseUrl, boolean single)
      throws XMLStreamException {
    out.start("record");
    header(out, production);
    if (production.getStatus() == ProductionStatus.PUBLISHED) {
      out.start("metadata");
      String page = baseUrl + "/vitrine/" + production.getId();
      if (prefix.equals(SCOLOMFR_PREFIX)) {
        new ScolomfrWriter(out.xml()).write(production, page, page + "/scolomfr.xml");
      } else {
        new OaiDcWriter(out.xml()).write(production, page);
      }
      out.end();
    }
    out.end();
  }

  private void header(OaiPmhWriter out, Production production) throws XMLStreamException {
    out.header(
        identifier(production),
        production.getUpdatedAt(),
        ShowcaseText.slug(production.getAcademie()),
        production.getStatus() != ProductionStatus.PUBLISHED);
  }

  String identifier(Production production) {
    return "oai:" + repositoryIdentifier + ":production/" + production.getId();
  }

  private Production production(String identifier) {
    String prefix = "oai:" + repositoryIdentifier + ":production/";
    Optional<Production> found = Optional.empty();
    if (identifier.startsWith(prefix)
        && identifier.substring(prefix.length()).matches("\\d{1,18}")) {
      found = catalog.harvestable(Long.parseLong(identifier.substring(prefix.length())));
    }
    return found.orElseThrow(
        () -> new OaiError("idDoesNotExist", "Identifiant inconnu : " + identifier));
  }

  private static String checkedPrefix(String prefix) {
    if (!SCOLOMFR_PREFIX.equals(prefix) && !OAI_DC_PREFIX.equals(prefix)) {
      throw new OaiError(
          "cannotDisseminateFormat", "Format non proposé : " + prefix + " (oai_dc, scolomfr).");
    }
    return prefix;
  }

  /** setSpec → académie name, in setSpec order. */
  private Map<String, String> sets() {
    Map<String, String> sets = new TreeMap<>();
    for (String academie : catalog.harvestableAcademies()) {
      sets.putIfAbsent(ShowcaseText.slug(academie), academie);
    }
    return sets;
  }

  private Collection<String> academiesOf(String set) {
    if (set == null) {
      return null;
    }
    List<String> academies =
        catalog.harvestableAcademies().stream()
            .filter(a -> ShowcaseText.slug(a).equals(set))
            .toList();
    if (academies.isEmpty()) {
      throw new OaiError("noRecordsMatch", "Aucune production dans l'ensemble " + set + ".");
    }
    return academies;
  }

  private static Map<String, String> argumentsOf(ResumptionToken token) {
    Map<String, String> arguments = new TreeMap<>();
    arguments.put("metadataPrefix", token.metadataPrefix());
    if (token.from() != null) {
      arguments.put("from", token.from());
    }
    if (token.until() != null) {
      arguments.put("until", token.until());
    }
    if (token.set() != null) {
      arguments.put("set", token.set());
    }
    return arguments;
  }

  private static String errorAnswer(
      OaiError error, OaiRequest request, String oaiUrl, Instant now) {
    try (OaiPmhWriter out = new OaiPmhWriter()) {
      boolean echo = request != null && !error.hidesArguments();
      out.open(now, oaiUrl, echo ? request.verb() : null, echo ? request.arguments() : Map.of());
      out.error(error);
      return out.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
