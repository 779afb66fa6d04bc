package fr.reseau.ecoles.showcase;

import fr.reseau.ecoles.academic.Production;
import fr.reseau.ecoles.academic.ProductionResource;
import fr.reseau.ecoles.academic.ResourceSizes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** The values of the showcase's pages ({@code templates/showcase/*.html}). */
final class ShowcaseViews {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));

  /** One production in the list. */
  record Card(
      Long id,
      String title,
      String summary,
      String discipline,
      String level,
      String academie,
      List<String> themes,
      String published) {}

  /** An option of a select: value, chosen. */
  record Option(String value, boolean selected) {}

  /** A link of a production's page: its title and address. */
  record Link(String title, String url) {}

  private ShowcaseViews() {}

  static Map<String, Object> list(
      ShowcaseFilter filter,
      ShowcaseCatalog.Page page,
      ShowcaseCatalog.Facets facets,
      int number,
      int pageSize) {
    List<Card> cards = new ArrayList<>();
    for (Production p : page.productions()) {
      cards.add(
          new Card(
              p.getId(),
              p.getTitle(),
              p.getSummary(),
              p.getDiscipline(),
              p.getLevel(),
              p.getAcademie(),
              p.getThemes(),
              p.getPublishedAt() == null ? null : DAY.format(p.getPublishedAt())));
    }
    long pages = Math.max(1, (page.total() + pageSize - 1) / pageSize);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("cards", cards);
    v.put("total", page.total());
    v.put("filtered", !filter.isEmpty());
    v.put("disciplines", options(facets.disciplines(), filter.discipline()));
    v.put("levels", options(facets.levels(), filter.level()));
    v.put("themes", options(facets.themes(), filter.theme()));
    v.put("academies", options(facets.academies(), filter.academie()));
    v.put("page", number);
    v.put("pages", pages);
    v.put("previous", number > 1 ? pageLink(filter, number - 1) : null);
    v.put("next", number < pages ? pageLink(filter, number + 1) : null);
    return v;
  }

  /** A file of a production's page: its title, address, kind and size in French. */
  record File(String title, String url, String filename, String size) {}

  static Map<String, Object> production(
      Production p, List<ProductionResource.Info> files, String baseUrl) {
    List<Link> resources = new ArrayList<>();
    List<String> otherResources = new ArrayList<>();
    for (String line : p.getResources()) {
      ScolomfrWriter.Link link = ScolomfrWriter.Link.parse(line);
      if (link.url() == null) {
        otherResources.add(line);
      } else {
        resources.add(new Link(link.title(), link.url()));
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("p", p);
    v.put("published", p.getPublishedAt() == null ? null : DAY.format(p.getPublishedAt()));
    v.put("resources", resources);
    v.put("otherResources", otherResources);
    v.put(
        "files",
        files.stream()
            .map(
                f ->
                    new File(
                        f.title(),
                        "/vitrine/" + p.getId() + "/ressources/" + f.id(),
                        f.filename(),
                        ResourceSizes.french(f.size())))
            .toList());
    v.put("licenceUrl", ScolomfrVocabulary.licenceUrl(p.getLicence()).orElse(null));
    v.put("pageUrl", baseUrl + "/vitrine/" + p.getId());
    v.put("xmlUrl", "/vitrine/" + p.getId() + "/scolomfr.xml");
    return v;
  }

  private static List<Option> options(List<String> values, String chosen) {
    List<Option> options = new ArrayList<>();
    for (String value : values) {
      options.add(new Option(value, value.equals(chosen)));
    }
    return options;
  }

  private static String pageLink(ShowcaseFilter filter, int number) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/vitrine");
    if (filter.discipline() != null) {
      link.queryParam("discipline", filter.discipline());
    }
    if (filter.level() != null) {
      link.queryParam("niveau", filter.level());
    }
    if (filter.theme() != null) {
      link.queryParam("theme", filter.theme());
    }
    if (filter.academie() != null) {
      link.queryParam("academie", filter.academie());
    }
    return link.queryParam("page", number).encode().build().toUriString();
  }
}
