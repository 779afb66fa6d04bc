package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.network.NetworkZone;
import fr.reseau.ecoles.network.NetworkZoneRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code zone_reseau} column of an import: which zone of the network each cell designates. A
 * cell names a zone by its code or its name, compared like headers (« Aix », « aix » and « AIX »
 * are one zone; the code first, then the name). A zone the network does not have yet is
 * <b>created</b>, with the cell as its name and its {@link RosterVocabulary#key key} as its code («
 * Pays d'Aix » → {@code pays_d_aix}): the roster is where a coordinator defines the zones, and the
 * report lists the zones created so that a typo shows. {@value #NONE} takes an establishment out of
 * its zone; an empty cell keeps it.
 */
final class RosterZones {

  /** The cell that takes an establishment out of its zone. */
  static final String NONE = "aucune";

  /** Column {@code network_zone.code}. */
  static final int MAX_CODE = 50;

  private final String networkId;
  private final Map<String, NetworkZone> byCode = new HashMap<>();
  private final Map<String, NetworkZone> byName = new HashMap<>();

  /** Zones to create, code → name, in the order of the file. */
  private final Map<String, String> toCreate = new LinkedHashMap<>();

  RosterZones(String networkId, List<NetworkZone> existing) {
    this.networkId = networkId;
    for (NetworkZone zone : existing) {
      byCode.put(RosterVocabulary.key(zone.getCode()), zone);
      byName.putIfAbsent(RosterVocabulary.key(zone.getName()), zone);
    }
  }

  /** Adds an error for each cell that cannot be a zone, and notes the zones to create. */
  void check(RosterFile file, List<RosterError> errors) {
    for (RosterEstablishment given : file.establishments()) {
      String cell = given.networkZone();
      if (cell == null) {
        continue;
      }
      String key = RosterVocabulary.key(cell);
      if (key.isEmpty()) {
        errors.add(
            RosterError.at(
                given.line(),
                RosterColumn.NETWORK_ZONE.header(),
                "zone du réseau invalide « "
                    + cell
                    + " » ; indiquez le code ou le nom d'une zone (lettres ou chiffres), ou "
                    + NONE
                    + "."));
      } else if (!key.equals(NONE) && existing(key) == null && !toCreate.containsKey(key)) {
        if (key.length() > MAX_CODE) {
          errors.add(
              RosterError.at(
                  given.line(),
                  RosterColumn.NETWORK_ZONE.header(),
                  "zone du réseau « "
                      + cell
                      + " » inconnue et trop longue pour en créer une ("
                      + MAX_CODE
                      + " caractères au plus) ; choisissez un nom plus court."));
        } else {
          toCreate.put(key, cell);
        }
      }
    }
  }

  private NetworkZone existing(String key) {
    NetworkZone zone = byCode.get(key);
    return zone != null ? zone : byName.get(key);
  }

  /** Creates the zones the file names and the network lacks; returns their codes. */
  List<String> createMissing(NetworkZoneRepository zones) {
    List<String> created = new ArrayList<>();
    toCreate.forEach(
        (code, name) -> {
          NetworkZone zone = zones.save(new NetworkZone(networkId, code, name));
          byCode.put(code, zone);
          created.add(code);
        });
    toCreate.clear();
    return created;
  }

  /**
   * The zone code an establishment gets: {@code current} when the file leaves the cell empty, null
   * for {@value #NONE}, else the code of the zone named (after {@link #createMissing}).
   */
  String zoneCode(RosterEstablishment given, String current) {
    if (given.networkZone() == null) {
      return current;
    }
    String key = RosterVocabulary.key(given.networkZone());
    if (key.equals(NONE)) {
      return null;
    }
    NetworkZone zone = existing(key);
    if (zone == null) {
      throw new IllegalStateException("Zone not checked or created: " + given.networkZone());
    }
    return zone.getCode();
  }
}
