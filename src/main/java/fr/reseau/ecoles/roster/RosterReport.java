package fr.reseau.ecoles.roster;

import java.util.List;

/**
 * What an import did. {@code membersNotInFile} are members of the network the file does not list:
 * they are kept (a roster never deletes anyone), so the coordinator can see who is missing.
 * {@code ignoredColumns} are header cells the format does not know.
 */
public record RosterReport(String networkId, Counts establishments, Counts members, List<String> membersNotInFile,
    List<String> ignoredColumns) {

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
