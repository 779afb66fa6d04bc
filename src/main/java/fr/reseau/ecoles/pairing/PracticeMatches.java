package fr.reseau.ecoles.pairing;

import fr.reseau.ecoles.volunteering.ConstraintKind;
import fr.reseau.ecoles.volunteering.PublicServed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the map of practices and the volunteers' declarations add to a campaign's pairing
 * (docs/pairing.md, "Practices, periods, public and constraints"):
 *
 * <ul>
 *   <li>each need of the visitor that a host's <b>published practice</b> covers counts as one more
 *       covered need ({@link PairingWeights#kmPerCoveredNeed()}), reason « pratique publiée : titre
 *       »;
 *   <li>a visitor and a host who serve the <b>same public</b> (declared, or the public of one of
 *       the host's practices) count one more, reason « même public : … »;
 *   <li>a visitor who declared <b>difficult travel</b> counts one more with a host of the same
 *       department; every declared constraint is written in the reasons for the coordinators;
 *   <li>a host who published <b>welcoming periods</b> none of which overlaps the campaign's visit
 *       window does not host (hard rule), unless the coordination forces the pair.
 * </ul>
 *
 * <p>All of it goes through the algorithm's own inputs: the bonuses are extra codes added to the
 * visitor's needs and the host's strengths (so the matcher's exact costs and lower bounds stay
 * valid), the hard rule removes the host role; the reasons are then rewritten in French. The
 * matcher itself is unchanged.
 */
public final class PracticeMatches {

  static final String PRACTICE = "pratique:";
  static final String PUBLIC = "public:";
  static final String NEAR = "proche:";
  private static final List<String> PREFIXES = List.of(PRACTICE, PUBLIC, NEAR);

  /** A published practice of a host: its title, theme codes and public code (or null). */
  public record HostPractice(String title, Set<String> themes, String publicServed) {
    public HostPractice {
      themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
  }

  /** A period in which a host welcomes visitors for one of their published practices. */
  public record Period(LocalDate from, LocalDate to) {
    boolean overlaps(LocalDate start, LocalDate end) {
      return !from.isAfter(end) && !to.isBefore(start);
    }
  }

  /**
   * What a volunteer declared and published besides the {@link Volunteer} itself.
   *
   * @param practices published practices, in title order
   * @param welcomingPeriods periods of the published practices that welcome visitors (empty: none
   *     given, no restriction)
   * @param publicServed declared public code, or null
   * @param constraintKinds declared constraint codes ({@link ConstraintKind})
   * @param department department of the establishment, or null
   */
  public record Profile(
      List<HostPractice> practices,
      List<Period> welcomingPeriods,
      String publicServed,
      Set<String> constraintKinds,
      String department) {
    public Profile {
      practices = practices == null ? List.of() : List.copyOf(practices);
      welcomingPeriods = welcomingPeriods == null ? List.of() : List.copyOf(welcomingPeriods);
      constraintKinds = constraintKinds == null ? Set.of() : Set.copyOf(constraintKinds);
    }
  }

  private final LocalDate windowStart;
  private final LocalDate windowEnd;
  private final Map<String, Profile> profiles;

  /**
   * @param windowStart first day of the campaign's visits (null: periods are not checked)
   * @param windowEnd last day of the campaign's visits
   * @param profiles by user id; volunteers without a profile are left as they are
   */
  public PracticeMatches(
      LocalDate windowStart, LocalDate windowEnd, Map<String, Profile> profiles) {
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
  }

  public static PracticeMatches none() {
    return new PracticeMatches(null, null, Map.of());
  }

  /** No host may host: it published welcoming periods and none meets the visit window. */
  boolean outOfPeriods(String userId) {
    Profile p = profiles.get(userId);
    return p != null
        && windowStart != null
        && windowEnd != null
        && !p.welcomingPeriods().isEmpty()
        && p.welcomingPeriods().stream().noneMatch(x -> x.overlaps(windowStart, windowEnd));
  }

  /** The request the matcher sees: extra codes for the bonuses, host roles outside periods off. */
  PairingRequest adjust(PairingRequest request) {
    if (profiles.isEmpty()) {
      return request;
    }
    Set<String> forcedHosts =
        request.forcedPairs().stream().map(PairKey::host).collect(Collectors.toSet());
    List<Volunteer> adjusted = new ArrayList<>();
    for (Volunteer v : request.volunteers()) {
      Set<String> needs = new LinkedHashSet<>(v.needs());
      Set<String> strengths = new LinkedHashSet<>(v.strengths());
      for (String need : v.needs()) {
        needs.add(PRACTICE + need);
      }
      Profile p = profiles.get(v.userId());
      if (p == null) {
        adjusted.add(copy(v, v.canHost(), needs, strengths));
        continue;
      }
      for (HostPractice practice : p.practices()) {
        practice.themes().forEach(t -> strengths.add(PRACTICE + t));
        if (practice.publicServed() != null) {
          strengths.add(PUBLIC + practice.publicServed());
        }
      }
      if (p.publicServed() != null) {
        needs.add(PUBLIC + p.publicServed());
        strengths.add(PUBLIC + p.publicServed());
      }
      if (p.department() != null) {
        strengths.add(NEAR + p.department());
        if (p.constraintKinds().contains(ConstraintKind.TRAVEL.code())) {
          needs.add(NEAR + p.department());
        }
      }
      boolean canHost =
          v.canHost() && (!outOfPeriods(v.userId()) || forcedHosts.contains(v.userId()));
      adjusted.add(copy(v, canHost, needs, strengths));
    }
    return request.withVolunteers(adjusted);
  }

  private static Volunteer copy(
      Volunteer v, boolean canHost, Set<String> needs, Set<String> strengths) {
    return new Volunteer(
        v.userId(),
        v.displayName(),
        v.establishmentCode(),
        v.establishmentName(),
        v.latitude(),
        v.longitude(),
        v.canVisit(),
        canHost,
        needs,
        strengths,
        v.ppcrPlanned(),
        v.zoneCode(),
        v.zoneName(),
        v.kind());
  }

  /** The proposal with the reasons in French: extra codes replaced by what they stand for. */
  PairingProposal explain(PairingRequest original, PairingProposal proposal) {
    if (profiles.isEmpty()) {
      return proposal;
    }
    Map<String, Volunteer> byId =
        original.volunteers().stream().collect(Collectors.toMap(Volunteer::userId, v -> v));
    List<ProposedVisit> visits = new ArrayList<>();
    for (ProposedVisit visit : proposal.visits()) {
      Volunteer visitor = byId.get(visit.visitor());
      Profile fromProfile = profiles.get(visit.visitor());
      Profile hostProfile = profiles.get(visit.host());
      List<String> parts = new ArrayList<>();
      for (String part : visit.reasons().split(" ; ")) {
        String kept = withoutExtraCodes(part);
        if (kept != null) {
          parts.add(kept);
        }
      }
      parts.addAll(reasons(visitor, fromProfile, hostProfile, visit.host()));
      visits.add(
          new ProposedVisit(
              visit.visitor(),
              visit.host(),
              visit.visitorName(),
              visit.hostName(),
              visit.visitorEstablishment(),
              visit.hostEstablishment(),
              visit.visitorEstablishmentName(),
              visit.hostEstablishmentName(),
              visit.distanceKm(),
              visit.score(),
              String.join(" ; ", parts)));
    }
    List<UnpairedVolunteer> unpaired = new ArrayList<>();
    for (UnpairedVolunteer u : proposal.unpaired()) {
      Volunteer v = byId.get(u.volunteer());
      if (v != null && v.canHost() && outOfPeriods(u.volunteer())) {
        String periods = "ses périodes d'accueil publiées ne recoupent pas la fenêtre de visites";
        unpaired.add(
            new UnpairedVolunteer(
                u.volunteer(),
                u.volunteerName(),
                v.canVisit()
                    ? u.reason() + " ; n'accueille pas : " + periods
                    : "N'accueille pas : " + periods));
      } else {
        unpaired.add(u);
      }
    }
    return new PairingProposal(visits, unpaired);
  }

  private List<String> reasons(Volunteer visitor, Profile from, Profile host, String hostId) {
    List<String> parts = new ArrayList<>();
    if (host != null && visitor != null) {
      for (HostPractice practice : host.practices()) {
        if (practice.themes().stream().anyMatch(visitor.needs()::contains)) {
          parts.add("pratique publiée : " + practice.title());
        }
      }
    }
    if (from != null && from.publicServed() != null && host != null) {
      boolean same =
          from.publicServed().equals(host.publicServed())
              || host.practices().stream()
                  .anyMatch(x -> from.publicServed().equals(x.publicServed()));
      if (same) {
        parts.add("même public : " + PublicServed.labelOf(from.publicServed()));
      }
    }
    if (from != null
        && host != null
        && from.constraintKinds().contains(ConstraintKind.TRAVEL.code())
        && from.department() != null
        && from.department().equals(host.department())) {
      parts.add("déplacements difficiles : accueil dans le même département");
    }
    if (outOfPeriods(hostId)) {
      parts.add("hors des périodes d'accueil publiées");
    }
    if (from != null && !from.constraintKinds().isEmpty()) {
      parts.add("contraintes du visiteur·se : " + constraintLabels(from.constraintKinds()));
    }
    if (host != null && !host.constraintKinds().isEmpty()) {
      parts.add("contraintes de l'accueillant·e : " + constraintLabels(host.constraintKinds()));
    }
    return parts;
  }

  private static String constraintLabels(Set<String> codes) {
    return Arrays.stream(ConstraintKind.values())
        .filter(k -> codes.contains(k.code()))
        .map(k -> lowerFirst(k.label()))
        .collect(Collectors.joining(", "));
  }

  /** A reason part without the extra codes; null when nothing is left of it. */
  private static String withoutExtraCodes(String part) {
    for (String header : List.of("besoin couvert : ", "besoins couverts : ")) {
      if (part.startsWith(header)) {
        List<String> labels =
            Arrays.stream(part.substring(header.length()).split(", "))
                .filter(label -> PREFIXES.stream().noneMatch(label::startsWith))
                .toList();
        if (labels.isEmpty()) {
          return null;
        }
        return (labels.size() == 1 ? "besoin couvert : " : "besoins couverts : ")
            + String.join(", ", labels);
      }
    }
    return part;
  }

  /** « Temps partiel… » → « temps partiel… », « CDI fermé… » kept. */
  private static String lowerFirst(String label) {
    return label.length() > 1 && Character.isUpperCase(label.charAt(1))
        ? label
        : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
