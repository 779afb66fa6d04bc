package fr.reseau.ecoles.showcase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of a list starts, carried by the harvester (no state on any node): the
 * request's arguments, the (datestamp, id) of the last record sent, and how many were sent. It
 * stays valid as long as the records it points after exist; a changed record moves to the end of
 * the list (its datestamp grows), so nothing is skipped.
 */
record ResumptionToken(
    String metadataPrefix,
    String from,
    String until,
    String set,
    Instant afterUpdatedAt,
    long afterId,
    long cursor) {

  String encode() {
    String plain =
        String.join(
            "\u0001",
            "v1",
            metadataPrefix,
            orEmpty(from),
            orEmpty(until),
            orEmpty(set),
            afterUpdatedAt.toString(),
            Long.toString(afterId),
            Long.toString(cursor));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static ResumptionToken decode(String token) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = plain.split("\u0001", -1);
      if (parts.length != 8 || !parts[0].equals("v1")) {
        throw new IllegalArgumentException("version");
      }
      return new ResumptionToken(
          parts[1],
          orNull(parts[2]),
          orNull(parts[3]),
          orNull(parts[4]),
          Instant.parse(parts[5]),
          Long.parseLong(parts[6]),
          Long.parseLong(parts[7]));
    } catch (RuntimeException e) {
      throw new OaiError("badResumptionToken", "Jeton de reprise invalide.");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
