package fr.reseau.ecoles.roster;

import fr.reseau.ecoles.spreadsheet.UploadedText;
import java.util.List;

/**
 * What an import did. {@code membersNotInFile} are members of the network the file does not list:
 * they are kept (a roster never deletes anyone), so the coordinator can see who is missing. {@code
 * ignoredColumns} are header cells the format does not know. {@code encoding} is how the file was
 * read ({@code UTF-8} or {@code Windows-1252}), with a French {@code encodingNote} when it was not
 * UTF-8. {@code zonesCreated} are the codes of the network zones the file named and the network did
 * not have ({@code zone_reseau} column).
 */
public record RosterReport(
    String networkId,
    Counts establishments,
    Counts members,
    List<String> membersNotInFile,
    List<String> ignoredColumns,
    String encoding,
    String encodingNote,
    List<String> zonesCreated) {

  public RosterReport {
    zonesCreated = zonesCreated == null ? List.of() : List.copyOf(zonesCreated);
  }

  /** A report of an import that created no zone. */
  public RosterReport(
      String networkId,
      Counts establishments,
      Counts members,
      List<String> membersNotInFile,
      List<String> ignoredColumns,
      String encoding,
      String encodingNote) {
    this(
        networkId,
        establishments,
        members,
        membersNotInFile,
        ignoredColumns,
        encoding,
        encodingNote,
        List.of());
  }

  /** A report of a file read as UTF-8. */
  public RosterReport(
      String networkId,
      Counts establishments,
      Counts members,
      List<String> membersNotInFile,
      List<String> ignoredColumns) {
    this(
        networkId,
        establishments,
        members,
        membersNotInFile,
        ignoredColumns,
        UploadedText.UTF_8,
        null);
  }

  public record Counts(int created, int updated, int unchanged) {}

  /** Counts outcomes one by one. */
  static final class Tally {
    private int created;
    private int updated;
    private int unchanged;

    void created() {
      created++;
    }

    void updated() {
      updated++;
    }

    void unchanged() {
      unchanged++;
    }

    /** An item first counted unchanged turns out to change after all. */
    void unchangedBecameUpdated() {
      unchanged--;
      updated++;
    }

    Counts counts() {
      return new Counts(created, updated, unchanged);
    }
  }
}
