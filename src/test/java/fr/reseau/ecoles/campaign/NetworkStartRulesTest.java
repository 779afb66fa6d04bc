package fr.reseau.ecoles.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/** The start rules of a network's process, as a plain class (no engine, no Spring). */
class NetworkStartRulesTest {

  static final String FIELD = CdiTourVariables.NETWORK_ID;

  /** Only "mathilde" coordinates "ventoux". */
  static final BiPredicate<Authentication, String> COORDINATES =
      (user, network) -> user.getUserId().equals("mathilde") && network.equals("ventoux");

  @Test
  void aStartWithoutNetworkIsForTheProcesssTenant() {
    assertThat(NetworkStartRules.defaultNetwork("ventoux", null, FIELD, NetworkStartRules.CAMPAIGN))
        .contains("ventoux");
  }

  @Test
  void aStartNamingItsOwnTenantKeepsIt() {
    assertThat(
            NetworkStartRules.defaultNetwork(
                "ventoux", "ventoux", FIELD, NetworkStartRules.CAMPAIGN))
        .isEmpty();
  }

  @Test
  void aDefinitionWithoutTenantLeavesTheFormToNameTheNetwork() {
    assertThat(NetworkStartRules.defaultNetwork(null, null, FIELD, NetworkStartRules.CAMPAIGN))
        .isEmpty();
    assertThat(
            NetworkStartRules.defaultNetwork(null, "victoire", FIELD, NetworkStartRules.CAMPAIGN))
        .isEmpty();
  }

  @Test
  void anotherNetworkThanTheTenantIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                NetworkStartRules.defaultNetwork(
                    "ventoux", "victoire", FIELD, NetworkStartRules.CAMPAIGN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Champ « networkId » : ce processus est celui du réseau « ventoux » : une campagne ne"
                + " peut être ouverte que pour ce réseau.")
        .extracting(e -> ((InvalidInputException) e).getField())
        .isEqualTo(FIELD);
    assertThatThrownBy(
            () ->
                NetworkStartRules.defaultNetwork(
                    "ventoux", "victoire", FIELD, NetworkStartRules.ANNUAL_REVIEW))
        .hasMessageEndingWith("le bilan ne peut être ouvert que pour ce réseau.");
  }

  @Test
  void aCoordinatorOfTheNetworkStartsItAndIsNamed() {
    assertThat(
            NetworkStartRules.starter(
                Optional.of(new Authentication("mathilde", List.of())),
                "ventoux",
                FIELD,
                NetworkStartRules.CAMPAIGN,
                COORDINATES))
        .contains("mathilde");
  }

  @Test
  void aPersonWhoDoesNotCoordinateTheNetworkIsRefused() {
    assertThatThrownBy(
            () ->
                NetworkStartRules.starter(
                    Optional.of(new Authentication("camille", List.of())),
                    "ventoux",
                    FIELD,
                    NetworkStartRules.ANNUAL_REVIEW,
                    COORDINATES))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Champ « networkId » : seule la coordination du réseau « ventoux » peut en ouvrir le"
                + " bilan.");
    assertThatThrownBy(
            () ->
                NetworkStartRules.starter(
                    Optional.of(new Authentication("mathilde", List.of())),
                    "victoire",
                    FIELD,
                    NetworkStartRules.CAMPAIGN,
                    COORDINATES))
        .hasMessageEndingWith("peut y ouvrir une campagne.");
  }

  @Test
  void theApplicationStartsWithoutPersonToCheck() {
    assertThat(
            NetworkStartRules.starter(
                Optional.empty(),
                "ventoux",
                FIELD,
                NetworkStartRules.CAMPAIGN,
                (user, network) -> {
                  throw new AssertionError("no person, no check");
                }))
        .isEmpty();
  }
}
