package fr.reseau.ecoles.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.reseau.ecoles.access.MemberRole;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A network's establishments and zones as JSON (docs/access.md), for the members of the network
 * (any role) and administrators: {@code GET /api/networks/{networkId}/establishments} and {@code
 * GET /api/networks/{networkId}/zones}. Rights first, then 404 for an unknown network (as the
 * summary CSV does).
 */
@RestController
public class EstablishmentController {

  public static final String ESTABLISHMENTS = "/api/networks/{networkId}/establishments";
  public static final String ZONES = "/api/networks/{networkId}/zones";

  private final ApiAccess access;
  private final NetworkRepository networks;
  private final EstablishmentRepository establishments;
  private final NetworkZoneRepository zones;

  public EstablishmentController(
      ApiAccess access,
      NetworkRepository networks,
      EstablishmentRepository establishments,
      NetworkZoneRepository zones) {
    this.access = access;
    this.networks = networks;
    this.establishments = establishments;
    this.zones = zones;
  }

  /**
   * One establishment: {@code kind} as the roster's {@code type} column writes it ({@code college},
   * {@code ecole_elementaire}...), {@code zone} the code of its zone (null when none), {@code
   * degree} {@code primaire} or {@code secondaire}. Every field is written, {@code null} included.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record EstablishmentView(
      String uai,
      String name,
      String kind,
      String kindLabel,
      String town,
      String zone,
      String zoneName,
      String degree) {}

  /** One zone of the network with the number of its establishments. */
  public record ZoneView(String code, String name, int establishments) {}

  @GetMapping(ESTABLISHMENTS)
  @Transactional(readOnly = true)
  public ResponseEntity<List<EstablishmentView>> establishments(@PathVariable String networkId) {
    access.requireRoleIn(networkId, MemberRole.values());
    if (networks.findById(networkId).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    Map<String, String> zoneNames = new HashMap<>();
    zones
        .findByNetworkIdOrderByName(networkId)
        .forEach(z -> zoneNames.put(z.getCode(), z.getName()));
    return ResponseEntity.ok(
        establishments.findByNetworkIdOrderByCode(networkId).stream()
            .map(
                e ->
                    new EstablishmentView(
                        e.getCode(),
                        e.getName(),
                        e.getKind().name().toLowerCase(Locale.ROOT),
                        e.getKind().label(),
                        e.getTown(),
                        e.getZoneCode(),
                        e.getZoneCode() == null ? null : zoneNames.get(e.getZoneCode()),
                        e.degree().code()))
            .toList());
  }

  @GetMapping(ZONES)
  @Transactional(readOnly = true)
  public ResponseEntity<List<ZoneView>> zones(@PathVariable String networkId) {
    access.requireRoleIn(networkId, MemberRole.values());
    if (networks.findById(networkId).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Establishment e : establishments.findByNetworkIdOrderByCode(networkId)) {
      if (e.getZoneCode() != null) {
        counts.merge(e.getZoneCode(), 1, Integer::sum);
      }
    }
    return ResponseEntity.ok(
        zones.findByNetworkIdOrderByName(networkId).stream()
            .map(z -> new ZoneView(z.getCode(), z.getName(), counts.getOrDefault(z.getCode(), 0)))
            .toList());
  }
}
