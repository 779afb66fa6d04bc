package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The members' HTML form of a practice: its fields as posted (kept to show them again after a
 * refusal), read into a {@link PracticeInput}. Three period rows; links one per line.
 */
final class PracticeForm {

  static final int PERIOD_ROWS = 3;

  private PracticeForm() {}

  /** The posted values, one list per name. */
  static Map<String, List<String>> values(Map<String, String[]> parameters) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    parameters.forEach((k, v) -> values.put(k, Arrays.asList(v)));
    return values;
  }

  /** The form's values for an existing practice. */
  static Map<String, List<String>> values(Practice p) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put(PracticeInput.TITLE, List.of(p.getTitle()));
    values.put(PracticeInput.DESCRIPTION, List.of(p.getDescription()));
    values.put(PracticeInput.THEMES, List.copyOf(p.getThemes()));
    values.put(PracticeInput.PUBLIC_SERVED, listOf(p.getPublicServed()));
    values.put(PracticeInput.LEVEL, listOf(p.getLevel()));
    values.put(PracticeInput.ESTABLISHMENT, List.of(p.getEstablishmentCode()));
    values.put(PracticeInput.LINKS, List.of(String.join("\n", p.getLinks())));
    values.put(
        PracticeInput.WELCOMES_VISITORS, p.isWelcomesVisitors() ? List.of("true") : List.of());
    values.put(PracticeInput.CONDITIONS, listOf(p.getConditions()));
    for (int i = 0; i < p.getPeriods().size() && i < PERIOD_ROWS; i++) {
      VisitPeriod period = p.getPeriods().get(i);
      values.put(start(i), List.of(period.getStartsOn().toString()));
      values.put(end(i), List.of(period.getEndsOn().toString()));
      values.put(halfDays(i), listOf(period.getHalfDays()));
    }
    return values;
  }

  static PracticeInput input(Map<String, List<String>> values) {
    List<String> links = new ArrayList<>();
    for (String line : one(values, PracticeInput.LINKS, "").split("\\R")) {
      links.add(line);
    }
    List<VisitPeriod> periods = new ArrayList<>();
    for (int i = 0; i < PERIOD_ROWS; i++) {
      String from = one(values, start(i), "");
      String to = one(values, end(i), "");
      if (from.isBlank() && to.isBlank()) {
        continue;
      }
      if (from.isBlank() || to.isBlank()) {
        throw new InvalidInputException(
            PracticeInput.PERIODS, "période " + (i + 1) + " : date de début et date de fin.");
      }
      periods.add(
          new VisitPeriod(
              PracticeInput.date(PracticeInput.PERIODS, from),
              PracticeInput.date(PracticeInput.PERIODS, to),
              PracticeInput.optional(PracticeInput.PERIODS, one(values, halfDays(i), null), 100)));
    }
    return new PracticeInput(
        one(values, PracticeInput.TITLE, null),
        one(values, PracticeInput.DESCRIPTION, null),
        new LinkedHashSet<>(values.getOrDefault(PracticeInput.THEMES, List.of())),
        one(values, PracticeInput.PUBLIC_SERVED, null),
        one(values, PracticeInput.LEVEL, null),
        one(values, PracticeInput.ESTABLISHMENT, null),
        links,
        "true".equals(one(values, PracticeInput.WELCOMES_VISITORS, "")),
        periods,
        one(values, PracticeInput.CONDITIONS, null));
  }

  static String start(int row) {
    return "periodStart" + (row + 1);
  }

  static String end(int row) {
    return "periodEnd" + (row + 1);
  }

  static String halfDays(int row) {
    return "periodHalfDays" + (row + 1);
  }

  private static String one(Map<String, List<String>> values, String name, String otherwise) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? otherwise : list.get(0);
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
