package fr.reseau.ecoles.event;

import fr.reseau.ecoles.forminput.JsonVariables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The forms of {@code network-event} as people fill them, for the tests. */
final class EventPeople {

  private EventPeople() {}

  static Map<String, Object> start(
      String kind, LocalDate date, LocalDate deadline, long capacity, long contributorSlots) {
    Map<String, Object> form = new HashMap<>();
    form.put(NetworkEventVariables.TITLE, "Rencontre de test du réseau");
    form.put(NetworkEventVariables.EVENT_KIND, kind);
    form.put(NetworkEventVariables.THEME, "info-literacy");
    form.put(NetworkEventVariables.EVENT_DATE, date.toString());
    form.put(NetworkEventVariables.EVENT_HALF_DAY, "morning");
    form.put(NetworkEventVariables.PLACE, "Collège Jean Moulin, CDI, Carpentras");
    form.put(NetworkEventVariables.CAPACITY, capacity);
    form.put(NetworkEventVariables.CONTRIBUTOR_SLOTS, contributorSlots);
    form.put(NetworkEventVariables.REGISTRATION_DEADLINE, deadline.toString());
    return form;
  }

  static Map<String, Object> participant() {
    return Map.of(NetworkEventVariables.REGISTRATION_CHOICE, RegistrationService.PARTICIPATE);
  }

  static Map<String, Object> contributor() {
    return Map.of(
        NetworkEventVariables.REGISTRATION_CHOICE,
        RegistrationService.CONTRIBUTE,
        NetworkEventVariables.CONTRIBUTION,
        "Une séquence EMI en 6e avec le professeur de français");
  }

  static Map<String, Object> notComing() {
    return Map.of(NetworkEventVariables.REGISTRATION_CHOICE, RegistrationService.DECLINE);
  }

  static Map<String, Object> missionOrderSigned(String reference) {
    return Map.of(
        NetworkEventVariables.MISSION_ORDER_SIGNED,
        true,
        NetworkEventVariables.MISSION_ORDER_REF,
        reference);
  }

  static Map<String, Object> attendance(List<String> present) {
    return Map.of(NetworkEventVariables.ATTENDEES, JsonVariables.of(present));
  }

  static Map<String, Object> feedback(String rating) {
    return Map.of(
        NetworkEventVariables.FEEDBACK_RATING,
        rating,
        NetworkEventVariables.FEEDBACK_COMMENT,
        "Des idées à reprendre dès la rentrée.");
  }
}
