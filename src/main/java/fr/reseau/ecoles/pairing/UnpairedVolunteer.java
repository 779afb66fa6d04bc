package fr.reseau.ecoles.pairing;

/**
 * A volunteer who got no visit in any role they offered.
 *
 * @param volunteer user id
 * @param volunteerName display name
 * @param reason why, in French, for the coordinators
 */
public record UnpairedVolunteer(String volunteer, String volunteerName, String reason) {}
