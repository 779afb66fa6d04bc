package fr.reseau.ecoles.territory;

/**
 * Seats removed in one statement each, before the new ones are inserted in the same transaction
 * (entity by entity removal would run after the inserts and meet the unique seats).
 *
 * <p>Criteria API rather than {@code @Query}: no query string for Hibernate to parse at start-up
 * (docs/architecture.md, "Stack and libraries").
 */
public interface ZonePilotDeletes {

  int deleteZone(String networkId, String zoneCode);

  int deleteUser(String userId);

  int deleteUserInNetwork(String userId, String networkId);
}
