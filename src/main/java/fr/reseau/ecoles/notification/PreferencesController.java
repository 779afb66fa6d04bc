package fr.reseau.ecoles.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * « Mes messages » ({@code /preferences}): the logged-in person chooses immediate messages or a
 * daily digest, and whether they receive reminders; linked from every message's footer.
 */
@RestController
public class PreferencesController {

  static final String DELIVERY = "delivery";
  static final String REMINDERS = "reminders";

  private final PageUser pageUser;
  private final NotificationPreferenceRepository preferences;

  public PreferencesController(PageUser pageUser, NotificationPreferenceRepository preferences) {
    this.pageUser = pageUser;
    this.preferences = preferences;
  }

  @GetMapping(Links.PREFERENCES_PATH)
  public ResponseEntity<String> show(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = "enregistre", required = false) String ok) {
    NotificationPages.policy(response, NotificationPages.CSP_WITH_FORMS);
    Optional<Authentication> user = pageUser.of(request);
    if (user.isEmpty()) {
      return notLoggedIn();
    }
    NotificationPreference preference = current(user.get().getUserId());
    return page(HttpStatus.OK, user.get().getUserId(), preference, ok != null, null);
  }

  @PostMapping(Links.PREFERENCES_PATH)
  @Transactional
  public ResponseEntity<String> save(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = DELIVERY, required = false) String delivery,
      @RequestParam(name = REMINDERS, required = false) String reminders) {
    NotificationPages.policy(response, NotificationPages.CSP_WITH_FORMS);
    Optional<Authentication> user = pageUser.of(request);
    if (user.isEmpty()) {
      return notLoggedIn();
    }
    if (!PageUser.sameOrigin(request)) {
      return NotificationPages.refusal(
          HttpStatus.FORBIDDEN, "Refusé", "Formulaire envoyé depuis un autre site : refusé.");
    }
    String userId = user.get().getUserId();
    DeliveryMode mode;
    try {
      mode = DeliveryMode.valueOf(delivery == null ? "" : delivery);
    } catch (IllegalArgumentException e) {
      return page(
          HttpStatus.BAD_REQUEST,
          userId,
          current(userId),
          false,
          "Champ « "
              + DELIVERY
              + " » : choisissez « IMMEDIATE » (à chaque message) ou « DAILY_DIGEST » (résumé"
              + " quotidien).");
    }
    if (reminders != null && !reminders.equals("true") && !reminders.equals("false")) {
      return page(
          HttpStatus.BAD_REQUEST,
          userId,
          current(userId),
          false,
          "Champ « " + REMINDERS + " » : « true » ou « false » attendu.");
    }
    NotificationPreference preference = current(userId);
    preference.change(mode, "true".equals(reminders));
    preferences.save(preference);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, Links.PREFERENCES_PATH + "?enregistre")
        .build();
  }

  private NotificationPreference current(String userId) {
    return preferences.findById(userId).orElseGet(() -> new NotificationPreference(userId));
  }

  private ResponseEntity<String> page(
      HttpStatus status,
      String userId,
      NotificationPreference preference,
      boolean saved,
      String error) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("userId", userId);
    values.put("digest", preference.getDelivery() == DeliveryMode.DAILY_DIGEST);
    values.put("reminders", preference.isReminders());
    values.put("saved", saved);
    values.put("error", error);
    return NotificationPages.page(status, "preferences", values);
  }

  static ResponseEntity<String> notLoggedIn() {
    return NotificationPages.refusal(
        HttpStatus.UNAUTHORIZED,
        "Connexion requise",
        "Connectez-vous d'abord à Tasklist (/camunda/app/tasklist/), puis rouvrez ce lien.");
  }
}
