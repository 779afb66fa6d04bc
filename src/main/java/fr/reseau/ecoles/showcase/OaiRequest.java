package fr.reseau.ecoles.showcase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one OAI-PMH request, checked as the protocol says (section 3.1): exactly one
 * known verb, each argument at most once, only the arguments of that verb, the required ones
 * present, a resumption token alone, datestamps in one of the two granularities, from not after
 * until. A breach is an {@link OaiError} (badVerb, badArgument), never an HTTP error.
 */
record OaiRequest(String verb, Map<String, String> arguments) {

  static final Set<String> VERBS =
      Set.of(
          "Identify",
          "ListMetadataFormats",
          "ListSets",
          "GetRecord",
          "ListIdentifiers",
          "ListRecords");

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "Identify", Set.of(),
          "ListMetadataFormats", Set.of("identifier"),
          "ListSets", Set.of("resumptionToken"),
          "GetRecord", Set.of("identifier", "metadataPrefix"),
          "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
          "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

  /** A datestamp argument: the first instant it covers and the granularity it was given in. */
  record Datestamp(Instant start, Instant endExclusive, boolean day) {}

  static OaiRequest parse(Map<String, String[]> parameters) {
    String[] verbs = parameters.get("verb");
    if (verbs == null || verbs.length != 1 || !VERBS.contains(verbs[0])) {
      throw new OaiError(
          "badVerb",
          verbs == null
              ? "Argument verb absent."
              : verbs.length > 1 ? "Argument verb répété." : "Verbe inconnu : " + verbs[0]);
    }
    String verb = verbs[0];
    Map<String, String> arguments = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
      if (entry.getKey().equals("verb")) {
        continue;
      }
      if (!ALLOWED.get(verb).contains(entry.getKey())) {
        throw new OaiError(
            "badArgument", "Argument non permis pour " + verb + " : " + entry.getKey());
      }
      if (entry.getValue().length != 1) {
        throw new OaiError("badArgument", "Argument répété : " + entry.getKey());
      }
      arguments.put(entry.getKey(), entry.getValue()[0]);
    }
    OaiRequest request = new OaiRequest(verb, arguments);
    request.checkRequired();
    return request;
  }

  private void checkRequired() {
    boolean token = arguments.containsKey("resumptionToken");
    if (token && arguments.size() > 1) {
      throw new OaiError("badArgument", "resumptionToken est un argument exclusif.");
    }
    switch (verb) {
      case "GetRecord" -> {
        require("identifier");
        require("metadataPrefix");
      }
      case "ListIdentifiers", "ListRecords" -> {
        if (!token) {
          require("metadataPrefix");
          Datestamp from = datestamp("from");
          Datestamp until = datestamp("until");
          if (from != null && until != null) {
            if (from.day() != until.day()) {
              throw new OaiError("badArgument", "from et until n'ont pas la même granularité.");
            }
            if (from.start().isAfter(until.start())) {
              throw new OaiError("badArgument", "from est postérieur à until.");
            }
          }
        }
      }
      default -> {}
    }
  }

  private void require(String name) {
    String value = arguments.get(name);
    if (value == null || value.isBlank()) {
      throw new OaiError("badArgument", "Argument requis absent : " + name);
    }
  }

  String get(String name) {
    return arguments.get(name);
  }

  /** The from or until argument, or null when absent. */
  Datestamp datestamp(String name) {
    String value = arguments.get(name);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Datestamp(start, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
        Instant start = Instant.parse(value);
        return new Datestamp(start, start.plusSeconds(1), false);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new OaiError("badArgument", "Date invalide pour " + name + " : " + value);
  }
}
