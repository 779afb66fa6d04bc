package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-built cases of {@link PairingAlgorithm}. */
class PairingAlgorithmTest {

  // Establishments of the Ventoux-Baronnies area.
  private static final double[] VAISON = {44.2406, 5.0747};
  private static final double[] NYONS = {44.3606, 5.1403};
  private static final double[] ORANGE = {44.1381, 4.8075};
  private static final double[] CARPENTRAS = {44.0556, 5.0489};

  private enum Role {
    VISITOR,
    HOST,
    BOTH,
    NONE
  }

  private final PairingAlgorithm algorithm = new PairingAlgorithm();

  private static Volunteer volunteer(String id, String establishment, double[] where, Role role) {
    return volunteer(id, establishment, where, role, Set.of(), Set.of(), false);
  }

  private static Volunteer volunteer(
      String id,
      String establishment,
      double[] where,
      Role role,
      Set<String> needs,
      Set<String> strengths,
      boolean ppcr) {
    return new Volunteer(
        id,
        "Nom " + id,
        establishment,
        "Collège " + establishment,
        where[0],
        where[1],
        role == Role.VISITOR || role == Role.BOTH,
        role == Role.HOST || role == Role.BOTH,
        needs,
        strengths,
        ppcr);
  }

  private PairingProposal propose(Volunteer... volunteers) {
    return algorithm.propose(request(Set.of(), Set.of(), List.of(), volunteers));
  }

  private static PairingRequest request(
      Set<PairKey> earlier, Set<PairKey> forbidden, List<PairKey> forced, Volunteer... volunteers) {
    return new PairingRequest(
        Arrays.asList(volunteers), earlier, forbidden, forced, PairingWeights.defaults());
  }

  private static PairKey pair(String visitor, String host) {
    return new PairKey(visitor, host);
  }

  @Nested
  class Reasons {

    @Test
    void listDistanceCoveredNeedsInThemeOrderAndBothPpcr() {
      Volunteer a =
          volunteer(
              "a",
              "VAI",
              VAISON,
              Role.VISITOR,
              Set.of("digital", "guidance", "info-literacy"),
              Set.of(),
              true);
      Volunteer b =
          volunteer(
              "b",
              "NYO",
              NYONS,
              Role.HOST,
              Set.of(),
              Set.of("welcome-layout", "digital", "info-literacy"),
              true);

      PairingProposal proposal = propose(a, b);

      assertThat(proposal.visits()).hasSize(1);
      ProposedVisit visit = proposal.visits().get(0);
      assertThat(visit.reasons())
          .isEqualTo(
              "14,3 km ; besoins couverts : EMI, numérique ; "
                  + "visiteur·se prépare un rendez-vous de carrière ; "
                  + "accueillant·e prépare un rendez-vous de carrière");
      assertThat(visit.distanceKm()).isEqualTo(14.3);
      // 14.3 − 2 × 15 − 2 × 20
      assertThat(visit.score()).isEqualTo(-55.7);
      assertThat(visit)
          .extracting(
              ProposedVisit::visitor, ProposedVisit::host,
              ProposedVisit::visitorName, ProposedVisit::hostName,
              ProposedVisit::visitorEstablishment, ProposedVisit::hostEstablishment,
              ProposedVisit::visitorEstablishmentName, ProposedVisit::hostEstablishmentName)
          .containsExactly("a", "b", "Nom a", "Nom b", "VAI", "NYO", "Collège VAI", "Collège NYO");
      assertThat(proposal.unpaired()).isEmpty();
    }

    @Test
    void mentionOnlyWhatApplies() {
      Volunteer a =
          volunteer("a", "VAI", VAISON, Role.VISITOR, Set.of("guidance"), Set.of(), false);
      Volunteer b = volunteer("b", "NYO", NYONS, Role.HOST, Set.of(), Set.of("guidance"), true);
      Volunteer c = volunteer("c", "CAR", CARPENTRAS, Role.VISITOR);
      Volunteer d = volunteer("d", "ORA", ORANGE, Role.HOST);

      PairingProposal proposal = propose(a, b, c, d);

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host, ProposedVisit::reasons)
          .containsExactly(
              tuple(
                  "a",
                  "b",
                  "14,3 km ; besoin couvert : orientation ; "
                      + "accueillant·e prépare un rendez-vous de carrière"),
              tuple("c", "d", "21,3 km"));
      assertThat(proposal.visits().get(1).score()).isEqualTo(21.3);
    }

    @Test
    void forcedPairsSaySoAndMentionAnEarlierYear() {
      Volunteer a = volunteer("a", "VAI", VAISON, Role.VISITOR);
      Volunteer b = volunteer("b", "NYO", NYONS, Role.HOST);
      Volunteer c = volunteer("c", "CAR", CARPENTRAS, Role.VISITOR);
      Volunteer d = volunteer("d", "ORA", ORANGE, Role.HOST, Set.of(), Set.of(), true);

      PairingProposal proposal =
          algorithm.propose(
              request(
                  Set.of(pair("c", "d")),
                  Set.of(),
                  List.of(pair("a", "b"), pair("c", "d")),
                  a,
                  b,
                  c,
                  d));

      assertThat(proposal.visits())
          .extracting(ProposedVisit::reasons)
          .containsExactly(
              "binôme imposé par la coordination ; 14,3 km",
              "binôme imposé par la coordination, déjà formé une année précédente ; 21,3 km ; "
                  + "accueillant·e prépare un rendez-vous de carrière");
    }
  }

  @Nested
  class Objective {

    @Test
    void moreVisitsBeforeShorterDistances() {
      // a would rather go to b (14.3 km) than to c (24.2 km), but d can only go to b.
      Volunteer a = volunteer("a", "VAI", VAISON, Role.VISITOR);
      Volunteer b = volunteer("b", "NYO", NYONS, Role.HOST);
      Volunteer c = volunteer("c", "ORA", ORANGE, Role.HOST);
      Volunteer d = volunteer("d", "ORA", ORANGE, Role.VISITOR);

      PairingProposal proposal = propose(a, b, c, d);

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .containsExactly(tuple("a", "c"), tuple("d", "b"));
    }

    @Test
    void coveredNeedsAreWorthKilometres() {
      // b is 20.7 km away; c is 21.3 km away but shows what a needs: 21.3 − 15 < 20.7.
      Volunteer a =
          volunteer("a", "CAR", CARPENTRAS, Role.VISITOR, Set.of("digital"), Set.of(), false);
      Volunteer b = volunteer("b", "VAI", VAISON, Role.HOST);
      Volunteer c = volunteer("c", "ORA", ORANGE, Role.HOST, Set.of(), Set.of("digital"), false);

      PairingProposal proposal = propose(a, b, c);

      assertThat(proposal.visits()).extracting(ProposedVisit::host).containsExactly("c");
      assertThat(proposal.visits().get(0).score()).isEqualTo(6.3);
      assertThat(proposal.unpaired())
          .extracting(UnpairedVolunteer::volunteer, UnpairedVolunteer::reason)
          .containsExactly(
              tuple(
                  "b",
                  "Aucun·e visiteur·se disponible : "
                      + "l'unique partenaire possible est déjà pris dans un autre binôme"));
    }

    @Test
    void ppcrPreparationGetsPriority() {
      Volunteer host = volunteer("h", "VAI", VAISON, Role.HOST);
      Volunteer near = volunteer("near", "NYO", NYONS, Role.VISITOR);
      Volunteer far = volunteer("far", "ORA", ORANGE, Role.VISITOR, Set.of(), Set.of(), true);

      PairingProposal proposal = propose(host, near, far);

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .containsExactly(tuple("far", "h"));
      assertThat(proposal.unpaired())
          .extracting(
              UnpairedVolunteer::volunteer,
              UnpairedVolunteer::volunteerName,
              UnpairedVolunteer::reason)
          .containsExactly(
              tuple(
                  "near",
                  "Nom near",
                  "Aucun·e accueillant·e disponible : "
                      + "l'unique partenaire possible est déjà pris dans un autre binôme"));
    }

    @Test
    void nullWeightsMeanDefaults() {
      Volunteer a = volunteer("a", "VAI", VAISON, Role.VISITOR, Set.of("digital"), Set.of(), true);
      Volunteer b = volunteer("b", "NYO", NYONS, Role.HOST, Set.of(), Set.of("digital"), false);

      PairingProposal proposal =
          algorithm.propose(new PairingRequest(List.of(a, b), null, null, null, null));

      assertThat(proposal.visits()).extracting(ProposedVisit::score).containsExactly(-20.7);
    }

    @Test
    void emptyNetworkGivesAnEmptyProposal() {
      PairingProposal proposal =
          algorithm.propose(new PairingRequest(List.of(), null, null, null, null));

      assertThat(proposal.visits()).isEmpty();
      assertThat(proposal.unpaired()).isEmpty();
    }
  }

  @Nested
  class PairsOfTheCoordinationAndOfEarlierYears {

    private final Volunteer a = volunteer("a", "VAI", VAISON, Role.VISITOR);
    private final Volunteer b = volunteer("b", "NYO", NYONS, Role.HOST);
    private final Volunteer c = volunteer("c", "ORA", ORANGE, Role.HOST);

    @Test
    void withoutConstraintTheNearestHostIsChosen() {
      assertThat(propose(a, b, c).visits()).extracting(ProposedVisit::host).containsExactly("b");
    }

    @Test
    void forbiddenPairIsNeverProposed() {
      PairingProposal proposal =
          algorithm.propose(request(Set.of(), Set.of(pair("a", "b")), List.of(), a, b, c));

      assertThat(proposal.visits()).extracting(ProposedVisit::host).containsExactly("c");
    }

    @Test
    void forbiddenPairIsOrdered() {
      PairingProposal proposal =
          algorithm.propose(request(Set.of(), Set.of(pair("b", "a")), List.of(), a, b, c));

      assertThat(proposal.visits()).extracting(ProposedVisit::host).containsExactly("b");
    }

    @Test
    void earlierPairIsNotProposedAgain() {
      PairingProposal proposal =
          algorithm.propose(request(Set.of(pair("a", "b")), Set.of(), List.of(), a, b, c));

      assertThat(proposal.visits()).extracting(ProposedVisit::host).containsExactly("c");
    }

    @Test
    void earlierPairIsOrdered() {
      PairingProposal proposal =
          algorithm.propose(request(Set.of(pair("b", "a")), Set.of(), List.of(), a, b, c));

      assertThat(proposal.visits()).extracting(ProposedVisit::host).containsExactly("b");
    }

    @Test
    void forcedPairWinsOverEarlierYearsAndDistance() {
      Volunteer d = volunteer("d", "CAR", CARPENTRAS, Role.VISITOR);

      PairingProposal proposal =
          algorithm.propose(
              request(Set.of(pair("d", "b")), Set.of(), List.of(pair("d", "b")), a, b, c, d));

      // Without the forced pair: a → b (14.3 km) and d → c (21.3 km).
      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .containsExactly(tuple("a", "c"), tuple("d", "b"));
    }

    @Test
    void duplicateForcedPairCountsOnce() {
      PairingProposal proposal =
          algorithm.propose(
              request(Set.of(), Set.of(), List.of(pair("a", "c"), pair("a", "c")), a, b, c));

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .containsExactly(tuple("a", "c"));
    }
  }

  @Nested
  class ImpossibleForcedPairs {

    private final Volunteer a = volunteer("a", "VAI", VAISON, Role.BOTH);
    private final Volunteer a2 = volunteer("a2", "VAI", VAISON, Role.BOTH);
    private final Volunteer b = volunteer("b", "NYO", NYONS, Role.HOST);
    private final Volunteer c = volunteer("c", "ORA", ORANGE, Role.VISITOR);
    private final Volunteer d = volunteer("d", "CAR", CARPENTRAS, Role.BOTH);

    private void assertRejected(Set<PairKey> forbidden, List<PairKey> forced, String... fragments) {
      assertThatThrownBy(
              () -> algorithm.propose(request(Set.of(), forbidden, forced, a, a2, b, c, d)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Binôme imposé impossible : ")
          .hasMessageContainingAll(fragments);
    }

    @Test
    void withOneself() {
      assertRejected(Set.of(), List.of(pair("d", "d")), "Nom d (d) → Nom d (d)", "soi-même");
    }

    @Test
    void withinTheSameEstablishment() {
      assertRejected(
          Set.of(),
          List.of(pair("a", "a2")),
          "Nom a (a) → Nom a2 (a2)",
          "même établissement",
          "Collège VAI");
    }

    @Test
    void inARoleNotOffered() {
      assertRejected(Set.of(), List.of(pair("b", "d")), "Nom b (b) → Nom d (d)", "pour visiter");
      assertRejected(Set.of(), List.of(pair("d", "c")), "Nom d (d) → Nom c (c)", "pour accueillir");
    }

    @Test
    void visitingTwice() {
      assertRejected(
          Set.of(),
          List.of(pair("d", "b"), pair("d", "a")),
          "Nom d (d) → Nom a (a)",
          "déjà une visite imposée");
    }

    @Test
    void hostingTwice() {
      assertRejected(
          Set.of(),
          List.of(pair("c", "b"), pair("d", "b")),
          "Nom d (d) → Nom b (b)",
          "accueille déjà");
    }

    @Test
    void alsoForbidden() {
      assertRejected(
          Set.of(pair("c", "d")), List.of(pair("c", "d")), "Nom c (c) → Nom d (d)", "exclu");
    }

    @Test
    void withSomeoneWhoDidNotVolunteer() {
      assertRejected(Set.of(), List.of(pair("c", "zoe")), "zoe", "n'est pas parmi les volontaires");
    }

    @Test
    void validForcedPairsAreAccepted() {
      PairingProposal proposal =
          algorithm.propose(
              request(Set.of(), Set.of(), List.of(pair("c", "d"), pair("d", "b")), a, a2, b, c, d));

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .contains(tuple("c", "d"), tuple("d", "b"));
    }
  }

  @Nested
  class InvalidRequests {

    @Test
    void duplicateVolunteer() {
      Volunteer a = volunteer("a", "VAI", VAISON, Role.BOTH);
      Volunteer again = volunteer("a", "NYO", NYONS, Role.BOTH);

      assertThatThrownBy(() -> propose(a, again))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Volontaire en double : a");
    }

    @Test
    void negativeOrNonFiniteWeights() {
      List<Volunteer> volunteers = List.of(volunteer("a", "VAI", VAISON, Role.BOTH));

      assertThatThrownBy(
              () ->
                  algorithm.propose(
                      new PairingRequest(volunteers, null, null, null, new PairingWeights(-1, 20))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kmPerCoveredNeed");
      assertThatThrownBy(
              () ->
                  algorithm.propose(
                      new PairingRequest(
                          volunteers, null, null, null, new PairingWeights(15, Double.NaN))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kmForPpcr");
    }
  }

  @Nested
  class UnpairedVolunteers {

    @Test
    void nobodyPossibleBecauseOfEstablishmentAndEarlierYears() {
      Volunteer x = volunteer("x", "VAI", VAISON, Role.BOTH);
      Volunteer y = volunteer("y", "VAI", VAISON, Role.BOTH);
      Volunteer z = volunteer("z", "NYO", NYONS, Role.BOTH);

      PairingProposal proposal =
          algorithm.propose(
              request(Set.of(pair("x", "z"), pair("z", "x")), Set.of(), List.of(), x, y, z));

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .containsExactly(tuple("y", "z"), tuple("z", "y"));
      assertThat(proposal.unpaired())
          .extracting(UnpairedVolunteer::volunteer, UnpairedVolunteer::reason)
          .containsExactly(
              tuple(
                  "x",
                  "Aucun·e partenaire possible : tous les autres volontaires sont "
                      + "du même établissement ou déjà rencontrés les années précédentes"));
    }

    @Test
    void visitorWhoseHostsAreAllOfTheSameEstablishment() {
      Volunteer x = volunteer("x", "VAI", VAISON, Role.VISITOR);
      Volunteer y = volunteer("y", "VAI", VAISON, Role.HOST);
      Volunteer w = volunteer("w", "NYO", NYONS, Role.VISITOR);

      PairingProposal proposal = propose(x, y, w);

      assertThat(proposal.visits()).extracting(ProposedVisit::visitor).containsExactly("w");
      assertThat(proposal.unpaired())
          .extracting(UnpairedVolunteer::volunteer, UnpairedVolunteer::reason)
          .containsExactly(
              tuple(
                  "x",
                  "Aucun·e partenaire possible : tous les volontaires qui accueillent sont "
                      + "du même établissement"));
    }

    @Test
    void nobodyHosts() {
      PairingProposal proposal =
          propose(
              volunteer("x", "VAI", VAISON, Role.VISITOR),
              volunteer("w", "NYO", NYONS, Role.VISITOR));

      assertThat(proposal.visits()).isEmpty();
      assertThat(proposal.unpaired())
          .extracting(UnpairedVolunteer::volunteer, UnpairedVolunteer::reason)
          .containsExactly(
              tuple(
                  "w",
                  "Aucun·e partenaire possible : aucun·e autre volontaire ne s'est proposé·e pour accueillir"),
              tuple(
                  "x",
                  "Aucun·e partenaire possible : aucun·e autre volontaire ne s'est proposé·e pour accueillir"));
    }

    @Test
    void allPairsExcludedByTheCoordination() {
      Volunteer x = volunteer("x", "VAI", VAISON, Role.VISITOR);
      Volunteer h = volunteer("h", "NYO", NYONS, Role.HOST);

      PairingProposal proposal =
          algorithm.propose(request(Set.of(), Set.of(pair("x", "h")), List.of(), x, h));

      assertThat(proposal.visits()).isEmpty();
      assertThat(proposal.unpaired())
          .extracting(UnpairedVolunteer::reason)
          .containsOnly(
              "Binômes exclus par la coordination : tous les partenaires possibles ont été écartés");
    }

    @Test
    void allPossiblePartnersTaken() {
      Volunteer h1 = volunteer("h1", "VAI", VAISON, Role.HOST);
      Volunteer h2 = volunteer("h2", "NYO", NYONS, Role.HOST);
      Volunteer v1 = volunteer("v1", "ORA", ORANGE, Role.VISITOR);
      Volunteer v2 = volunteer("v2", "ORA", ORANGE, Role.VISITOR);
      Volunteer v3 = volunteer("v3", "CAR", CARPENTRAS, Role.VISITOR);

      PairingProposal proposal = propose(h1, h2, v1, v2, v3);

      assertThat(proposal.visits()).hasSize(2);
      assertThat(proposal.unpaired()).hasSize(1);
      assertThat(proposal.unpaired().get(0).reason())
          .isEqualTo(
              "Aucun·e accueillant·e disponible : "
                  + "les 2 partenaires possibles sont déjà pris dans d'autres binômes");
    }

    @Test
    void volunteerWithBothRolesAndOneVisitIsNotUnpaired() {
      Volunteer x = volunteer("x", "VAI", VAISON, Role.BOTH);
      Volunteer y = volunteer("y", "NYO", NYONS, Role.VISITOR);

      PairingProposal proposal = propose(x, y);

      assertThat(proposal.visits())
          .extracting(ProposedVisit::visitor, ProposedVisit::host)
          .containsExactly(tuple("y", "x"));
      assertThat(proposal.unpaired()).isEmpty();
    }

    @Test
    void volunteerOfferingNoRole() {
      PairingProposal proposal =
          propose(
              volunteer("x", "VAI", VAISON, Role.NONE), volunteer("y", "NYO", NYONS, Role.BOTH));

      assertThat(proposal.unpaired())
          .extracting(UnpairedVolunteer::volunteer, UnpairedVolunteer::reason)
          .containsExactly(
              tuple("x", "Ne s'est proposé·e ni pour visiter ni pour accueillir"),
              tuple(
                  "y",
                  "Aucun·e partenaire possible : "
                      + "aucun·e autre volontaire ne s'est proposé·e pour visiter ou accueillir"));
    }
  }
}
