package fr.reseau.ecoles.workshop.planning;

/**
 * A group whose path has no workshop on its own concern (a broken hard rule), with the reason in
 * French.
 */
public record UncoveredGroup(String groupId, String reason) {}
