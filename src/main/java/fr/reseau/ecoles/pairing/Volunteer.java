package fr.reseau.ecoles.pairing;

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
    boolean ppcrPlanned) {

  public Volunteer {
    needs = immutableCopy(needs);
    strengths = immutableCopy(strengths);
  }

  private static Set<String> immutableCopy(Set<String> codes) {
    // Insertion-ordered copy: never depends on a per-JVM hash salt.
    return codes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(codes));
  }
}
