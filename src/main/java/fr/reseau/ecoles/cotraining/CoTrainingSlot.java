package fr.reseau.ecoles.cotraining;

import fr.reseau.ecoles.forminput.InvalidInputException;

/** The slot of a co-training workshop, as people type it. */
public final class CoTrainingSlot {

  private CoTrainingSlot() {}

  /**
   * A slot « 15h-18h », « 15h–18h », « 9:00-12:00 »: normalised to « 15h-18h ».
   *
   * @throws InvalidInputException naming {@code field} otherwise
   */
  public static String parse(String field, String text) {
    java.util.regex.Matcher m = SLOT.matcher(text.strip().toLowerCase());
    if (!m.matches()) {
      throw new InvalidInputException(
          field,
          "écrivez l'heure de début et de fin, par exemple 15h-18h (reçu « " + text + " »).");
    }
    int startHour = Integer.parseInt(m.group(1));
    int endHour = Integer.parseInt(m.group(3));
    int startMinute = m.group(2) == null || m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
    int endMinute = m.group(4) == null || m.group(4).isEmpty() ? 0 : Integer.parseInt(m.group(4));
    if (startHour > 23
        || endHour > 23
        || startMinute > 59
        || endMinute > 59
        || endHour * 60 + endMinute <= startHour * 60 + startMinute) {
      throw new InvalidInputException(
          field, "le créneau « " + text + " » doit finir après son début, dans la journée.");
    }
    return hour(startHour, startMinute) + "-" + hour(endHour, endMinute);
  }

  private static String hour(int hour, int minute) {
    return hour + "h" + (minute == 0 ? "" : String.format("%02d", minute));
  }

  private static final java.util.regex.Pattern SLOT =
      java.util.regex.Pattern.compile(
          "(\\d{1,2})\\s*[h:]\\s*(\\d{2})?\\s*[-–—à]\\s*(\\d{1,2})\\s*[h:]\\s*(\\d{2})?");
}
