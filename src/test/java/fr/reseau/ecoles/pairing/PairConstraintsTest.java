package fr.reseau.ecoles.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairConstraintsTest {

  static final PairKey A_B = new PairKey("a", "b");
  static final PairKey A_C = new PairKey("a", "c");
  static final PairKey D_B = new PairKey("d", "b");
  static final PairKey E_F = new PairKey("e", "f");

  @Test
  void theReviewFormsListItemsAreReadAsPairs() {
    PairConstraints applied =
        PairConstraints.fromItems(
            List.of(Map.of(PairingService.PAIR_VISITOR, "a", PairingService.PAIR_HOST, "b")),
            List.of(
                Map.of(PairingService.PAIR_VISITOR, "e", PairingService.PAIR_HOST, "f"),
                Map.of(PairingService.PAIR_VISITOR, "e", PairingService.PAIR_HOST, "f")));
    assertThat(applied.forbidden()).containsExactly(A_B);
    assertThat(applied.forced()).containsExactly(E_F);
  }

  @Test
  void reviewsAccumulate() {
    PairConstraints applied =
        PairConstraints.none().with(List.of(A_B), List.of()).with(List.of(), List.of(E_F));
    assertThat(applied.forbidden()).containsExactly(A_B);
    assertThat(applied.forced()).containsExactly(E_F);
  }

  @Test
  void forcingAPairLiftsItsBanAndForbiddingLiftsTheForcing() {
    PairConstraints applied =
        PairConstraints.none().with(List.of(A_B), List.of()).with(List.of(), List.of(A_B));
    assertThat(applied.forbidden()).isEmpty();
    assertThat(applied.forced()).containsExactly(A_B);
    applied = applied.with(List.of(A_B), List.of());
    assertThat(applied.forbidden()).containsExactly(A_B);
    assertThat(applied.forced()).isEmpty();
  }

  @Test
  void aNewForcedPairReplacesTheEarlierOneOfTheSameVisitorOrHost() {
    PairConstraints applied = PairConstraints.none().with(List.of(), List.of(A_B, E_F));
    assertThat(applied.with(List.of(), List.of(A_C)).forced()).containsExactly(E_F, A_C);
    assertThat(applied.with(List.of(), List.of(D_B)).forced()).containsExactly(E_F, D_B);
  }
}
