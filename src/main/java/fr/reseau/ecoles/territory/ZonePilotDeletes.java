package fr.reseau.ecoles.territory;

/**
 * Seats removed in one statement each, before the new ones are inserted in the same transaction
 * (entity by entity removal would run after the inserts and meet the unique seats).
 *
 * <p>Written with the Criteria API rather than {@code @Query}: Hibernate parses every query string
 * at start-up with its ANTLR grammar (about a sixth of the application's start-up CPU for 16
 * queries, docs/performance.md), while a criteria query is built directly.
 */
public interface ZonePilotDeletes {

  int deleteZone(String networkId, String zoneCode);

  int deleteUser(String userId);

  int deleteUserInNetwork(String userId, String networkId);
}
