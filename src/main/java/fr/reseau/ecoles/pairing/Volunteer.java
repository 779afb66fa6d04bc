package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.network.EstablishmentKind;
import fr.reseau.ecoles.network.SchoolDegree;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A documentaliste who volunteered for the campaign, as seen by the pairing algorithm.
 *
 * @param userId the member's user id (unique in a request)
 * @param displayName name shown to people
 * @param establishmentCode code of the establishment (two volunteers with the same code are never
 *     paired)
 * @param establishmentName name of the establishment, shown to people
 * @param latitude latitude of the establishment, decimal degrees
 * @param longitude longitude of the establishment, decimal degrees
 * @param canVisit offers to visit another CDI
 * @param canHost offers to host a visitor in their own CDI
 * @param needs theme codes ({@link fr.reseau.ecoles.network.Theme}) the volunteer wants to see
 * @param strengths theme codes the volunteer can show
 * @param ppcrPlanned the volunteer prepares a career appraisal (PPCR) this year
 * @param zoneCode code of the network zone of the establishment, or null (none, or unknown)
 * @param zoneName name of that zone, shown in the reasons (« même zone : Aix »), or null
 * @param kind kind of the establishment, which gives its degree; null when unknown (then no degree
 *     rule applies to the volunteer)
 */
public record Volunteer(
    String userId,
    String displayName,
    String establishmentCode,
    String establishmentName,
    double latitude,
    double longitude,
    boolean canVisit,
    boolean canHost,
    Set<String> needs,
    Set<String> strengths,
    boolean ppcrPlanned,
    String zoneCode,
    String zoneName,
    EstablishmentKind kind) {

  /** A volunteer without zone nor known kind, as before issue 19. */
  public Volunteer(
      String userId,
      String displayName,
      String establishmentCode,
      String establishmentName,
      double latitude,
      double longitude,
      boolean canVisit,
      boolean canHost,
      Set<String> needs,
      Set<String> strengths,
      boolean ppcrPlanned) {
    this(
        userId,
        displayName,
        establishmentCode,
        establishmentName,
        latitude,
        longitude,
        canVisit,
        canHost,
        needs,
        strengths,
        ppcrPlanned,
        null,
        null,
        null);
  }

  /** The degree of the establishment, or null when its kind is unknown. */
  public SchoolDegree degree() {
    return kind == null ? null : kind.degree();
  }

  /** The same volunteer in another zone and establishment kind. */
  public Volunteer inTerritory(String zoneCode, String zoneName, EstablishmentKind kind) {
    return new Volunteer(
        userId,
        displayName,
        establishmentCode,
        establishmentName,
        latitude,
        longitude,
        canVisit,
        canHost,
        needs,
        strengths,
        ppcrPlanned,
        zoneCode,
        zoneName,
        kind);
  }

  public Volunteer {
    needs = immutableCopy(needs);
    strengths = immutableCopy(strengths);
  }

  private static Set<String> immutableCopy(Set<String> codes) {
    // Insertion-ordered copy: never depends on a per-JVM hash salt.
    return codes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(codes));
  }
}
