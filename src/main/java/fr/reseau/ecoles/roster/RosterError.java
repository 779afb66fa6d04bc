package fr.reseau.ecoles.roster;

/**
 * A mistake in a roster file: its line in the file, the column under the documented format's name
 * ({@code null} when the whole line is at fault) and a French sentence that names both, ready to
 * show as is. {@code line} is {@code null} only for the file as a whole (too large, missing).
 */
public record RosterError(Integer line, String field, String message) {

  static RosterError at(int line, String field, String problem) {
    return new RosterError(line, field, "Ligne " + line + ", colonne " + field + " : " + problem);
  }

  static RosterError atLine(int line, String problem) {
    return new RosterError(line, null, "Ligne " + line + " : " + problem);
  }

  static RosterError ofFile(String problem) {
    return new RosterError(null, null, "Fichier : " + problem);
  }
}
