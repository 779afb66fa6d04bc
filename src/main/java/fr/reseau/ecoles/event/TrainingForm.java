package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Theme;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The coordinator's choices as typed in the form; empty fields take the proposal's values. */
final class TrainingForm {

  private TrainingForm() {}

  static TrainingEventStarter.Choices choices(Map<String, String> values) {
    String theme = values.get(NetworkEventVariables.THEME);
    if (Theme.fromCode(theme).isEmpty()) {
      throw new InvalidInputException(NetworkEventVariables.THEME, "thème inconnu");
    }
    String halfDay = values.get(NetworkEventVariables.EVENT_HALF_DAY);
    if (!halfDay.isEmpty() && !EventService.HALF_DAYS.contains(halfDay)) {
      throw new InvalidInputException(
          NetworkEventVariables.EVENT_HALF_DAY, "matin, après-midi ou journée");
    }
    String place = values.get(NetworkEventVariables.PLACE);
    if (place.length() > 300) {
      throw new InvalidInputException(NetworkEventVariables.PLACE, "300 caractères au plus");
    }
    return new TrainingEventStarter.Choices(
        theme,
        date(values.get(NetworkEventVariables.EVENT_DATE)),
        halfDay.isEmpty() ? null : halfDay,
        place.isEmpty() ? null : place,
        capacity(values.get(NetworkEventVariables.CAPACITY)));
  }

  private static LocalDate date(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          NetworkEventVariables.EVENT_DATE, "date attendue au format AAAA-MM-JJ");
    }
  }

  private static Integer capacity(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      int capacity = Integer.parseInt(text);
      if (capacity >= 1 && capacity <= 500) {
        return capacity;
      }
    } catch (NumberFormatException e) {
      // same answer as out of range
    }
    throw new InvalidInputException(
        NetworkEventVariables.CAPACITY, "nombre de places entre 1 et 500");
  }
}
