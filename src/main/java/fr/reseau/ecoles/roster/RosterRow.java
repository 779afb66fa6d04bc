package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.network.SchoolDegree;

/**
 * One member line of a roster, checked for form. {@code userId} is {@code null} when the file has
 * no identifier for that person: the import then finds it from the email. {@code degree}: an
 * inspector's degree when the line gives it (column {@code degre} or the role's word), else null.
 */
public record RosterRow(
    int line,
    String lastName,
    String firstName,
    String email,
    String userId,
    String establishmentCode,
    MemberRole role,
    SchoolDegree degree) {

  /** A line without degree (every role but an inspector's). */
  public RosterRow(
      int line,
      String lastName,
      String firstName,
      String email,
      String userId,
      String establishmentCode,
      MemberRole role) {
    this(line, lastName, firstName, email, userId, establishmentCode, role, null);
  }
}
