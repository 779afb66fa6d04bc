package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.Theme;
import fr.reseau.ecoles.volunteering.PublicServed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Json form of practices, shared by the REST answers and the map page. */
final class PracticeViews {

  private PracticeViews() {}

  static Map<String, Object> json(
      Practice p, Map<String, Establishment> schools, Map<String, Member> authors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", p.getId());
    body.put(PracticeInput.TITLE, p.getTitle());
    body.put("description", p.getDescription());
    body.put(
        "themes",
        p.getThemes().stream()
            .map(code -> Map.of("code", code, "label", themeLabel(code)))
            .toList());
    body.put(PracticeInput.PUBLIC_SERVED, p.getPublicServed());
    body.put("publicLabel", p.getPublicServed() == null ? null : publicLabel(p.getPublicServed()));
    body.put("level", p.getLevel());
    body.put("links", p.getLinks());
    body.put("welcomesVisitors", p.isWelcomesVisitors());
    body.put(
        "periods",
        p.getPeriods().stream()
            .map(
                v -> {
                  Map<String, Object> period = new LinkedHashMap<>();
                  period.put("startsOn", v.getStartsOn().toString());
                  period.put("endsOn", v.getEndsOn().toString());
                  period.put("halfDays", v.getHalfDays());
                  return period;
                })
            .toList());
    body.put("conditions", p.getConditions());
    Establishment school = schools.get(p.getEstablishmentCode());
    Map<String, Object> establishment = new LinkedHashMap<>();
    establishment.put("code", p.getEstablishmentCode());
    establishment.put("name", school == null ? null : school.getName());
    establishment.put("town", school == null ? null : school.getTown());
    establishment.put("latitude", school == null ? null : school.getLatitude());
    establishment.put("longitude", school == null ? null : school.getLongitude());
    body.put("establishment", establishment);
    Member author = authors.get(p.getAuthorUserId());
    body.put(
        "author",
        Map.of(
            "userId",
            p.getAuthorUserId(),
            "name",
            author == null ? p.getAuthorUserId() : author.fullName()));
    body.put("status", p.getStatus().name());
    body.put("moderationReason", p.getModerationReason());
    return body;
  }

  static String themeLabel(String code) {
    return Theme.fromCode(code).map(Theme::label).orElse(code);
  }

  static String publicLabel(String code) {
    return PublicServed.labelOf(code);
  }

  static List<String> themeLabels(Practice p) {
    return p.getThemes().stream().map(PracticeViews::themeLabel).toList();
  }
}
