package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reseau.ecoles.pairing.PracticeMatches.HostPractice;
import fr.reseau.ecoles.pairing.PracticeMatches.Period;
import fr.reseau.ecoles.pairing.PracticeMatches.Profile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What published practices, welcoming periods, public and constraints change in a proposal ({@link
 * PracticeMatches}): one visitor who needs "digital" and two hosts, A at 5.6 km, B at 16.7 km;
 * without anything else the visitor goes to A.
 */
class PracticeMatchesTest {

  private static final LocalDate WINDOW_START = LocalDate.of(2026, 10, 5);
  private static final LocalDate WINDOW_END = LocalDate.of(2027, 5, 28);

  private static final Volunteer VISITOR =
      new Volunteer(
          "v",
          "Vera",
          "E0",
          "Collège V",
          44.0,
          5.0,
          true,
          false,
          Set.of("digital"),
          Set.of(),
          false);
  private static final Volunteer HOST_A =
      new Volunteer(
          "a", "Alex", "EA", "Collège A", 44.05, 5.0, false, true, Set.of(), Set.of(), false);
  private static final Volunteer HOST_B =
      new Volunteer(
          "b", "Berthe", "EB", "Lycée B", 44.15, 5.0, false, true, Set.of(), Set.of(), false);

  private static PairingRequest request(List<PairKey> forced) {
    return new PairingRequest(List.of(VISITOR, HOST_A, HOST_B), Set.of(), Set.of(), forced, null);
  }

  private static Profile profile(
      List<HostPractice> practices,
      List<Period> periods,
      String publicServed,
      Set<String> kinds,
      String department) {
    return new Profile(practices, periods, publicServed, kinds, department);
  }

  private static PairingProposal propose(Map<String, Profile> profiles, List<PairKey> forced) {
    return new PairingAlgorithm(new PracticeMatches(WINDOW_START, WINDOW_END, profiles))
        .propose(request(forced));
  }

  @Test
  void withoutPracticesTheNearestHostWins() {
    PairingProposal proposal = new PairingAlgorithm().propose(request(List.of()));
    assertThat(proposal.visits()).singleElement().extracting(ProposedVisit::host).isEqualTo("a");
    assertThat(propose(Map.of(), List.of())).isEqualTo(proposal);
  }

  @Test
  void aPublishedPracticeOnTheVisitorsNeedChangesTheProposalWithItsFrenchReason() {
    Profile b =
        profile(
            List.of(new HostPractice("Ressources numériques de l'ENT", Set.of("digital"), null)),
            List.of(),
            null,
            Set.of(),
            null);
    PairingProposal proposal = propose(Map.of("b", b), List.of());

    ProposedVisit visit = proposal.visits().get(0);
    assertThat(visit.host()).isEqualTo("b");
    assertThat(visit.reasons())
        .isEqualTo("16,7 km ; pratique publiée : Ressources numériques de l'ENT")
        .doesNotContain(PracticeMatches.PRACTICE);
    // 16.7 km less one covered need (15 km).
    assertThat(visit.score()).isEqualTo(1.7);
  }

  @Test
  void aPracticeOnAnotherThemeChangesNothing() {
    Profile b =
        profile(
            List.of(new HostPractice("Club lecture", Set.of("reading-culture"), null)),
            List.of(),
            null,
            Set.of(),
            null);
    assertThat(propose(Map.of("b", b), List.of()).visits().get(0).host()).isEqualTo("a");
  }

  @Test
  void aHostWhosePeriodsMissTheWindowDoesNotHostUnlessForced() {
    Profile b =
        profile(
            List.of(new HostPractice("Ressources numériques", Set.of("digital"), null)),
            List.of(new Period(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 30))),
            null,
            Set.of(),
            null);
    Profile a =
        profile(
            List.of(),
            List.of(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))),
            null,
            Set.of(),
            null);
    PairingProposal proposal = propose(Map.of("a", a, "b", b), List.of());
    assertThat(proposal.visits()).isEmpty();
    assertThat(proposal.unpaired())
        .extracting(UnpairedVolunteer::volunteer, UnpairedVolunteer::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "b",
                "N'accueille pas : ses périodes d'accueil publiées ne recoupent pas la fenêtre de"
                    + " visites"));

    PairingProposal forced = propose(Map.of("a", a, "b", b), List.of(new PairKey("v", "b")));
    assertThat(forced.visits())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.host()).isEqualTo("b");
              assertThat(v.reasons()).contains("hors des périodes d'accueil publiées");
            });
  }

  @Test
  void aPeriodOverlappingTheWindowKeepsTheHost() {
    Profile b =
        profile(
            List.of(new HostPractice("Ressources numériques", Set.of("digital"), null)),
            List.of(new Period(LocalDate.of(2027, 5, 20), LocalDate.of(2027, 6, 30))),
            null,
            Set.of(),
            null);
    assertThat(propose(Map.of("b", b), List.of()).visits().get(0).host()).isEqualTo("b");
  }

  @Test
  void theSamePublicCountsAsACoveredNeed() {
    Profile v = profile(List.of(), List.of(), "lycee", Set.of(), null);
    Profile b = profile(List.of(), List.of(), "lycee", Set.of(), null);
    Profile a = profile(List.of(), List.of(), "college", Set.of(), null);
    ProposedVisit visit = propose(Map.of("v", v, "a", a, "b", b), List.of()).visits().get(0);
    assertThat(visit.host()).isEqualTo("b");
    assertThat(visit.reasons()).isEqualTo("16,7 km ; même public : Lycée général et technologique");
  }

  @Test
  void difficultTravelPrefersAHostOfTheSameDepartmentAndConstraintsAreShown() {
    Profile v = profile(List.of(), List.of(), null, Set.of("travel"), "26");
    Profile b = profile(List.of(), List.of(), null, Set.of("cdi-closed-days"), "26");
    Profile a = profile(List.of(), List.of(), null, Set.of(), "84");
    ProposedVisit visit = propose(Map.of("v", v, "a", a, "b", b), List.of()).visits().get(0);
    assertThat(visit.host()).isEqualTo("b");
    assertThat(visit.reasons())
        .isEqualTo(
            "16,7 km ; déplacements difficiles : accueil dans le même département ; contraintes"
                + " du visiteur·se : déplacements difficiles (distance, pas de véhicule) ;"
                + " contraintes de l'accueillant·e : CDI fermé certains jours");
  }

  @Test
  void aDeclaredNeedCoveredTwiceKeepsTheDeclaredStrengthInTheReasons() {
    Volunteer host =
        new Volunteer(
            "c",
            "Chloé",
            "EC",
            "Collège C",
            44.2,
            5.0,
            false,
            true,
            Set.of(),
            Set.of("digital"),
            false);
    PracticeMatches matches =
        new PracticeMatches(
            WINDOW_START,
            WINDOW_END,
            Map.of(
                "c",
                profile(
                    List.of(new HostPractice("Portail", Set.of("digital"), null)),
                    List.of(),
                    null,
                    Set.of(),
                    null)));
    ProposedVisit visit =
        new PairingAlgorithm(matches)
            .propose(new PairingRequest(List.of(VISITOR, host), null, null, null, null))
            .visits()
            .get(0);
    assertThat(visit.reasons())
        .isEqualTo("22,2 km ; besoin couvert : numérique ; pratique publiée : Portail");
    // 22.2 km less two covered needs: the declared strength and the published practice.
    assertThat(visit.score()).isEqualTo(-7.8);
  }
}
