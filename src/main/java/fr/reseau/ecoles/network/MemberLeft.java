package fr.reseau.ecoles.network;

/**
 * A person left a network: their Camunda account was deleted ({@code networkId} null: every
 * network), or they were taken out of the network's tenant. Published by {@link MembershipEndings}
 * inside the engine command that did it, so what listeners change (preferences, calendar feed,
 * outbox) commits or rolls back with it; this package names no listener.
 */
public record MemberLeft(String userId, String networkId) {

  /** The whole account was deleted, not only one network's membership. */
  public boolean accountDeleted() {
    return networkId == null;
  }
}
