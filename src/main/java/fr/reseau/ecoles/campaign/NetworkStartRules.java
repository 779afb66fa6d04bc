package fr.reseau.ecoles.campaign;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Who may start a network's process and for which network: the rules every start form of a network
 * (a campaign, an annual review) shares. Each network has its own deployment (tenant), so a process
 * is for the network whose definition was started; a person must coordinate that network, while the
 * application itself (a start decided by another process, possibly on the job executor, where
 * nobody is logged in) has no person to check. It lives with the campaign, the first such process;
 * the annual review, a later feature, uses it too.
 */
@Service
public class NetworkStartRules {

  /**
   * The French end of the two refusals, after "ce processus est celui du réseau « X » : " and after
   * "seule la coordination du réseau « X » ".
   *
   * @param otherNetwork e.g. "une campagne ne peut être ouverte que pour ce réseau."
   * @param notCoordinator e.g. "peut y ouvrir une campagne."
   */
  public record Wording(String otherNetwork, String notCoordinator) {}

  /** The start form of {@code cdi-tour}. */
  public static final Wording CAMPAIGN =
      new Wording(
          "une campagne ne peut être ouverte que pour ce réseau.", "peut y ouvrir une campagne.");

  /** The start of {@code annual-review} (by hand or by the end of a campaign). */
  public static final Wording ANNUAL_REVIEW =
      new Wording("le bilan ne peut être ouvert que pour ce réseau.", "peut en ouvrir le bilan.");

  private final ApiAccess access;
  private final IdentityService identity;

  public NetworkStartRules(ApiAccess access, IdentityService identity) {
    this.access = access;
    this.identity = identity;
  }

  /**
   * The network id to store in {@code field} when the start gave none: the process's tenant. Empty
   * when the start named one (checked to be the tenant) or the definition has no tenant.
   *
   * @throws InvalidInputException naming {@code field} when the start names another network than
   *     the process's tenant
   */
  public static Optional<String> defaultNetwork(
      String tenantId, Object givenNetwork, String field, Wording wording) {
    if (tenantId == null) {
      return Optional.empty();
    }
    if (givenNetwork == null) {
      return Optional.of(tenantId);
    }
    if (!tenantId.equals(givenNetwork)) {
      throw new InvalidInputException(
          field,
          "ce processus est celui du réseau « " + tenantId + " » : " + wording.otherNetwork());
    }
    return Optional.empty();
  }

  /**
   * The user id of the person starting a process of {@code networkId}, checked to coordinate it;
   * empty when the application starts it (nobody logged in, or the job executor's tenant-only
   * authentication).
   *
   * @throws InvalidInputException naming {@code field} when the person does not coordinate it
   */
  public Optional<String> starter(String networkId, String field, Wording wording) {
    return starter(Requester.person(identity), networkId, field, wording, access::isCoordinatorOf);
  }

  static Optional<String> starter(
      Optional<Authentication> person,
      String networkId,
      String field,
      Wording wording,
      BiPredicate<Authentication, String> coordinates) {
    if (person.isPresent() && !coordinates.test(person.get(), networkId)) {
      throw new InvalidInputException(
          field,
          "seule la coordination du réseau « " + networkId + " » " + wording.notCoordinator());
    }
    return person.map(Authentication::getUserId);
  }
}
