package fr.reseau.ecoles.network;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create or rename a network: {@code PUT /api/networks/{networkId}} with {@code
 * {"name": "Réseau Sainte Victoire", "academy": "Aix-Marseille"}}. The network gets its Camunda
 * tenant and its own deployment of the processes; its coordinators then import the roster.
 */
@RestController
public class NetworkController {

  private static final Pattern NETWORK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final NetworkService networks;
  private final ApiAccess access;

  public NetworkController(NetworkService networks, ApiAccess access) {
    this.networks = networks;
    this.access = access;
  }

  /** Read as Json values, so that a number or a list is refused rather than turned into text. */
  public record NetworkRequest(Object name, Object academy) {}

  @PutMapping("/api/networks/{networkId}")
  public ResponseEntity<Map<String, Object>> put(
      @PathVariable String networkId, @RequestBody NetworkRequest request) {
    access.requireAdministrator();
    if (networkId.length() > 60 || !NETWORK_ID.matcher(networkId).matches()) {
      return badRequest(
          "networkId",
          "identifiant en minuscules, chiffres et tirets (60 caractères au plus), "
              + "par exemple « sainte-victoire ».");
    }
    if (ReservedIds.isReservedNetworkId(networkId)) {
      return badRequest(
          "networkId",
          "« "
              + networkId
              + " » est réservé (compte intégré ou chemin de l'application) ; "
              + "choisissez un autre identifiant, par exemple le nom du réseau.");
    }
    if (request == null
        || !(request.name() instanceof String name)
        || name.isBlank()
        || name.length() > 200
        || hasControl(name)) {
      return badRequest(
          "name",
          "nom du réseau obligatoire (200 caractères au plus, sans caractère de contrôle).");
    }
    if (request.academy() != null
        && (!(request.academy() instanceof String academy)
            || academy.length() > 100
            || hasControl(academy))) {
      return badRequest("academy", "100 caractères au plus, sans caractère de contrôle.");
    }
    Network network =
        networks.ensureNetwork(
            networkId,
            name.strip(),
            request.academy() == null ? null : ((String) request.academy()).strip());
    return ResponseEntity.ok(
        Map.of(
            "id",
            network.getId(),
            "name",
            network.getName(),
            "academy",
            network.getAcademy() == null ? "" : network.getAcademy()));
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
  }

  private static ResponseEntity<Map<String, Object>> badRequest(String field, String message) {
    return ResponseEntity.badRequest()
        .body(Map.of("field", field, "message", "Champ « " + field + " » : " + message));
  }
}
