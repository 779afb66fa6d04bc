package fr.reseau.ecoles.network;

import fr.reseau.ecoles.api.JsonText;
import fr.reseau.ecoles.calendar.HolidayZones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create or rename a network: {@code PUT /api/networks/{networkId}} with {@code
 * {"name": "Réseau Sainte Victoire", "academy": "Aix-Marseille", "holidayZone": "B"}} (the zone is
 * optional: the académie's by default). The network gets its Camunda tenant and its own deployment
 * of the processes; its coordinators then import the roster.
 */
@RestController
public class NetworkController {

  private static final String NETWORK_ID = "[a-z0-9]+(-[a-z0-9]+)*";

  private static final String NETWORK_ID_FORMAT =
      "identifiant en minuscules, chiffres et tirets (60 caractères au plus), "
          + "par exemple « sainte-victoire ».";

  private final NetworkService networks;
  private final ApiAccess access;

  public NetworkController(NetworkService networks, ApiAccess access) {
    this.networks = networks;
    this.access = access;
  }

  /** Read as Json values, so that a number or a list is refused rather than turned into text. */
  public record NetworkRequest(
      @JsonText(
              max = 200,
              required = true,
              message =
                  "nom du réseau obligatoire (200 caractères au plus, sans caractère de contrôle).")
          Object name,
      @JsonText(max = 100, message = "100 caractères au plus, sans caractère de contrôle.")
          Object academy,
      @JsonText(
              max = 40,
              message =
                  "zone de vacances scolaires : « A », « B », « C », « Corse » ou le nom d'une académie d'outre-mer (40 caractères au plus).")
          Object holidayZone) {}

  @PutMapping("/api/networks/{networkId}")
  public ResponseEntity<Map<String, Object>> put(
      @PathVariable
          @Size(max = 60, message = NETWORK_ID_FORMAT) @Pattern(regexp = NETWORK_ID, message = NETWORK_ID_FORMAT) String networkId,
      @Valid @RequestBody NetworkRequest request) {
    access.requireAdministrator();
    if (ReservedIds.isReservedNetworkId(networkId)) {
      return badRequest(
          "networkId",
          "« "
              + networkId
              + " » est réservé (compte intégré ou chemin de l'application) ; "
              + "choisissez un autre identifiant, par exemple le nom du réseau.");
    }
    String zone = request.holidayZone() == null ? null : ((String) request.holidayZone()).strip();
    if (zone != null && !zone.isEmpty() && HolidayZones.known(zone).isEmpty()) {
      return badRequest(
          "holidayZone",
          "zone de vacances inconnue « "
              + zone
              + " » ; attendu A, B, C, Corse, Guadeloupe, Guyane, Martinique, Mayotte,"
              + " Nouvelle Calédonie, Polynésie, Réunion, Saint Pierre et Miquelon ou Wallis et Futuna.");
    }
    String name = (String) request.name();
    Network network =
        networks.ensureNetwork(
            networkId,
            name.strip(),
            request.academy() == null ? null : ((String) request.academy()).strip(),
            zone);
    return ResponseEntity.ok(
        Map.of(
            "id",
            network.getId(),
            "name",
            network.getName(),
            "academy",
            network.getAcademy() == null ? "" : network.getAcademy(),
            "holidayZone",
            network.holidayZone().orElse("")));
  }

  private static ResponseEntity<Map<String, Object>> badRequest(String field, String message) {
    return ResponseEntity.badRequest()
        .body(Map.of("field", field, "message", "Champ « " + field + " » : " + message));
  }
}
