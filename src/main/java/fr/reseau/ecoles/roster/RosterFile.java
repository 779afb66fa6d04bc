package fr.reseau.ecoles.roster;

import java.util.List;

/**
 * A parsed roster: the member lines and establishments that are well formed, and the mistakes
 * found. A file with any error is not imported; the import adds the mistakes it finds against the
 * database, so the coordinator gets every one at once. Columns the format does not know are ignored
 * and named in the report. {@code encoding} is how the bytes were read ({@code UTF-8} or {@code
 * Windows-1252}, see {@code UploadedText}).
 */
public record RosterFile(
    List<RosterRow> rows,
    List<RosterEstablishment> establishments,
    List<RosterError> errors,
    List<String> ignoredColumns,
    String encoding) {

  public RosterFile {
    rows = List.copyOf(rows);
    establishments = List.copyOf(establishments);
    errors = List.copyOf(errors);
    ignoredColumns = List.copyOf(ignoredColumns);
  }

  static RosterFile rejected(RosterError error) {
    return new RosterFile(List.of(), List.of(), List.of(error), List.of(), null);
  }
}
