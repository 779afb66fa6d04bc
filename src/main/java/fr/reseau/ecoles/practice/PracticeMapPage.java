package fr.reseau.ecoles.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.volunteering.PublicServed;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of the map page ({@code templates/practice/map.html}). */
final class PracticeMapPage {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One practice in the list under the map. */
  record Card(
      Long id,
      int number,
      String title,
      String description,
      List<String> themes,
      String publicLabel,
      String level,
      String establishment,
      String author,
      boolean welcomes,
      List<String> periods,
      String conditions,
      List<String> links,
      boolean hidden,
      String moderationReason,
      boolean canEdit,
      boolean canModerate) {}

  /** An option of a select: code, label, chosen. */
  record Option(String code, String label, boolean selected) {}

  private PracticeMapPage() {}

  static Map<String, Object> values(
      String networkId,
      String networkName,
      PracticeFilter filter,
      List<Practice> practices,
      List<Establishment> schools,
      Map<String, Member> authors,
      PracticeService.Actor actor,
      String tileUrl,
      String tileAttribution) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    schools.stream()
        .filter(s -> practices.stream().anyMatch(p -> p.getEstablishmentCode().equals(s.getCode())))
        .forEach(s -> numbers.put(s.getCode(), numbers.size() + 1));
    Map<String, Establishment> byCode = new LinkedHashMap<>();
    schools.forEach(s -> byCode.put(s.getCode(), s));

    List<Card> cards = new ArrayList<>();
    for (Practice p : practices) {
      Establishment school = byCode.get(p.getEstablishmentCode());
      Member author = authors.get(p.getAuthorUserId());
      boolean mine = p.getAuthorUserId().equals(actor.userId());
      cards.add(
          new Card(
              p.getId(),
              numbers.getOrDefault(p.getEstablishmentCode(), 0),
              p.getTitle(),
              p.getDescription(),
              PracticeViews.themeLabels(p),
              p.getPublicServed() == null ? null : PracticeViews.publicLabel(p.getPublicServed()),
              p.getLevel(),
              school == null ? p.getEstablishmentCode() : school.displayName(),
              author == null ? p.getAuthorUserId() : author.fullName(),
              p.isWelcomesVisitors(),
              p.getPeriods().stream().map(PracticeMapPage::period).toList(),
              p.getConditions(),
              p.getLinks(),
              !p.isPublished(),
              p.getModerationReason(),
              mine || actor.coordinator(),
              actor.coordinator()));
    }
    cards.sort(Comparator.comparingInt(Card::number).thenComparing(Card::title));

    List<PracticeMapSvg.Point> points = new ArrayList<>();
    List<Map<String, Object>> markers = new ArrayList<>();
    for (Establishment s : schools) {
      List<Practice> here =
          practices.stream().filter(p -> p.getEstablishmentCode().equals(s.getCode())).toList();
      boolean welcomes = here.stream().anyMatch(Practice::isWelcomesVisitors);
      points.add(
          new PracticeMapSvg.Point(
              s.displayName(),
              s.getLatitude(),
              s.getLongitude(),
              numbers.getOrDefault(s.getCode(), 0),
              here.size(),
              welcomes));
      Map<String, Object> marker = new LinkedHashMap<>();
      marker.put("name", s.displayName());
      marker.put("lat", s.getLatitude());
      marker.put("lon", s.getLongitude());
      marker.put("number", numbers.getOrDefault(s.getCode(), 0));
      marker.put("welcomes", welcomes);
      marker.put("titles", here.stream().map(Practice::getTitle).toList());
      markers.add(marker);
    }

    Map<String, Object> v = new LinkedHashMap<>();
    v.put("network", networkId);
    v.put("networkLabel", networkName);
    v.put("themes", themeOptions(filter.theme()));
    v.put("publics", publicOptions(filter.publicServed()));
    v.put("welcomesOnly", Boolean.TRUE.equals(filter.welcomesVisitors()));
    v.put("filtered", !filter.isEmpty());
    v.put("cards", cards);
    v.put("coordinator", actor.coordinator());
    v.put(
        "svg",
        PracticeMapSvg.draw(points, "Carte des établissements du réseau et de leurs pratiques"));
    boolean tiles = tileUrl != null && !tileUrl.isBlank();
    v.put("tileUrl", tiles ? tileUrl : null);
    v.put("tileAttribution", tileAttribution == null ? "" : tileAttribution);
    v.put("markersJson", tiles ? json(markers) : null);
    return v;
  }

  static List<Option> themeOptions(String chosen) {
    List<Option> options = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      options.add(new Option(theme.code(), theme.label(), theme.code().equals(chosen)));
    }
    return options;
  }

  static List<Option> publicOptions(String chosen) {
    List<Option> options = new ArrayList<>();
    for (PublicServed p : PublicServed.values()) {
      options.add(new Option(p.code(), p.label(), p.code().equals(chosen)));
    }
    return options;
  }

  private static String period(VisitPeriod p) {
    String text = "du " + DAY.format(p.getStartsOn()) + " au " + DAY.format(p.getEndsOn());
    return p.getHalfDays() == null ? text : text + " (" + p.getHalfDays() + ")";
  }

  private static String json(Object value) {
    try {
      // Inside a <script type="application/json">: "<" never closes the element.
      return JSON.writeValueAsString(value).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
