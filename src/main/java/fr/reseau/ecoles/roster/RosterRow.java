package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;

/**
 * One member line of a roster, checked for form. {@code userId} is {@code null} when the file has
 * no identifier for that person: the import then finds it from the email.
 */
public record RosterRow(
    int line,
    String lastName,
    String firstName,
    String email,
    String userId,
    String establishmentCode,
    MemberRole role) {}
