package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.api.JsonText;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The Json body of {@code POST} and {@code PUT /api/networks/{networkId}/practices}, read as Json
 * values so that a number or a list is refused rather than turned into text. Example: {@code
 * {"title": "Club lecture", "description": "…", "themes": ["reading-culture"], "publicServed":
 * "college", "level": "6e", "links": ["https://…"], "welcomesVisitors": true, "periods":
 * [{"startsOn": "2027-01-11", "endsOn": "2027-02-05", "halfDays": "mardi matin"}], "conditions":
 * "prévenir une semaine avant"}}.
 */
public record PracticeRequest(
    @JsonText(max = 200, required = true, message = "titre obligatoire (200 caractères au plus).")
        Object title,
    @JsonText(
            max = 4000,
            required = true,
            message = "description obligatoire (4000 caractères au plus).")
        Object description,
    Object themes,
    @JsonText(max = 20, message = "code de public attendu (college, lycee, lycee-pro…).")
        Object publicServed,
    @JsonText(max = 100, message = "100 caractères au plus, sans caractère de contrôle.")
        Object level,
    @JsonText(max = 20, message = "code UAI d'un établissement du réseau attendu.")
        Object establishmentCode,
    Object links,
    Object welcomesVisitors,
    Object periods,
    @JsonText(max = 1000, message = "1000 caractères au plus, sans caractère de contrôle.")
        Object conditions) {

  /** The checked input; a refusal names the field. */
  PracticeInput toInput() {
    return new PracticeInput(
        (String) title,
        (String) description,
        new LinkedHashSet<>(strings(PracticeInput.THEMES, themes)),
        (String) publicServed,
        (String) level,
        (String) establishmentCode,
        strings(PracticeInput.LINKS, links),
        bool(welcomesVisitors),
        periods(periods),
        (String) conditions);
  }

  private static List<String> strings(String field, Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InvalidInputException(field, "liste de textes attendue.");
    }
    List<String> result = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String text)) {
        throw new InvalidInputException(field, "liste de textes attendue.");
      }
      result.add(text);
    }
    return result;
  }

  private static boolean bool(Object value) {
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean b)) {
      throw new InvalidInputException(PracticeInput.WELCOMES_VISITORS, "true ou false attendu.");
    }
    return b;
  }

  private static List<VisitPeriod> periods(Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InvalidInputException(PracticeInput.PERIODS, "liste de périodes attendue.");
    }
    List<VisitPeriod> result = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)
          || !(map.get("startsOn") instanceof String starts)
          || !(map.get("endsOn") instanceof String ends)
          || !(map.get("halfDays") == null || map.get("halfDays") instanceof String)) {
        throw new InvalidInputException(
            PracticeInput.PERIODS,
            "chaque période : {\"startsOn\": \"aaaa-mm-jj\", \"endsOn\": \"aaaa-mm-jj\","
                + " \"halfDays\": \"mardi matin\"}.");
      }
      result.add(
          new VisitPeriod(
              PracticeInput.date(PracticeInput.PERIODS, starts),
              PracticeInput.date(PracticeInput.PERIODS, ends),
              PracticeInput.optional(PracticeInput.PERIODS, (String) map.get("halfDays"), 100)));
    }
    return result;
  }
}
