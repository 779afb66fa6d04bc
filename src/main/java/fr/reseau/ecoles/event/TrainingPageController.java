package fr.reseau.ecoles.event;

import fr.reseau.ecoles.access.PageLogin;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.Network;
import fr.reseau.ecoles.network.NetworkDirectory;
import fr.reseau.ecoles.network.Theme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * « Formations du réseau » ({@code /evenements/{networkId}/formations}): any member tells the
 * steering team a training need; the coordinators see the proposals and turn one into a training
 * event in one step. Same services as the REST doors of {@link EventController}; logged into the
 * webapps or HTTP Basic ({@link PageLogin}); forms post to this site only (Origin checked).
 */
@RestController
public class TrainingPageController {

  static final String PAGE = "/evenements/{networkId}/formations";
  static final String NEED = "/evenements/{networkId}/besoin";

  private final PageLogin login;
  private final IdentityService identity;
  private final ApiAccess access;
  private final NetworkDirectory directory;
  private final TrainingProposals proposals;
  private final TrainingEventStarter starter;

  public TrainingPageController(
      PageLogin login,
      IdentityService identity,
      ApiAccess access,
      NetworkDirectory directory,
      TrainingProposals proposals,
      TrainingEventStarter starter) {
    this.login = login;
    this.identity = identity;
    this.access = access;
    this.directory = directory;
    this.proposals = proposals;
    this.starter = starter;
  }

  public static String pagePath(String networkId) {
    return "/evenements/" + networkId + "/formations";
  }

  @GetMapping(PAGE)
  public ResponseEntity<String> page(
      @PathVariable String networkId, HttpServletRequest request, HttpServletResponse response) {
    return who(request, networkId)
        .map(user -> page(response, HttpStatus.OK, networkId, user, Map.of(), null, null))
        .orElseGet(() -> refused(request, response, networkId));
  }

  @PostMapping(NEED)
  public ResponseEntity<String> sendNeed(
      @PathVariable String networkId, HttpServletRequest request, HttpServletResponse response) {
    var found = who(request, networkId);
    if (found.isEmpty()) {
      return refused(request, response, networkId);
    }
    if (!TrainingPages.sameOrigin(request)) {
      return otherSite(response);
    }
    Map<String, String> values = values(request, NetworkEventVariables.THEME, "comment");
    try {
      String comment = values.get("comment");
      if (comment.length() > 1000) {
        throw new InvalidInputException("comment", "1000 caractères au plus");
      }
      proposals.send(
          networkId, found.get().getUserId(), values.get(NetworkEventVariables.THEME), comment);
    } catch (InvalidInputException e) {
      return page(response, HttpStatus.BAD_REQUEST, networkId, found.get(), values, e, null);
    }
    return page(
        response,
        HttpStatus.OK,
        networkId,
        found.get(),
        Map.of(),
        null,
        "Votre besoin de formation est transmis à l'équipe de pilotage. Merci !");
  }

  /** The coordinator's one step: the same call as {@code POST /api/…/events/proposals}. */
  @PostMapping(PAGE)
  public ResponseEntity<String> startTraining(
      @PathVariable String networkId, HttpServletRequest request, HttpServletResponse response) {
    var found = who(request, networkId);
    if (found.isEmpty()) {
      return refused(request, response, networkId);
    }
    Authentication user = found.get();
    if (!access.isCoordinatorOf(user, networkId)) {
      return TrainingPages.message(
          response,
          HttpStatus.FORBIDDEN,
          "Accès refusé",
          "Seule la coordination du réseau crée une journée de formation.");
    }
    if (!TrainingPages.sameOrigin(request)) {
      return otherSite(response);
    }
    Map<String, String> values =
        values(
            request,
            NetworkEventVariables.THEME,
            NetworkEventVariables.EVENT_DATE,
            NetworkEventVariables.EVENT_HALF_DAY,
            NetworkEventVariables.PLACE,
            NetworkEventVariables.CAPACITY);
    Long eventId;
    try {
      TrainingEventStarter.Choices choices = TrainingForm.choices(values);
      eventId = asUser(user, () -> starter.start(networkId, choices));
    } catch (InvalidInputException e) {
      return page(response, HttpStatus.BAD_REQUEST, networkId, user, values, e, null);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("network", networkId);
    v.put("trainingNumber", eventId);
    v.put("eventApi", "/api/networks/" + networkId + "/events/" + eventId);
    v.put("back", pagePath(networkId));
    return TrainingPages.page(response, HttpStatus.CREATED, "training-created", v);
  }

  private ResponseEntity<String> page(
      HttpServletResponse response,
      HttpStatus status,
      String networkId,
      Authentication user,
      Map<String, String> values,
      InvalidInputException error,
      String notice) {
    boolean coordinator = access.isCoordinatorOf(user, networkId);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("network", networkId);
    v.put("networkTitle", directory.network(networkId).map(Network::getName).orElse(networkId));
    v.put("coordinator", coordinator);
    v.put("proposals", coordinator ? proposals.proposals(networkId) : List.of());
    v.put("themes", List.of(Theme.values()));
    v.put("f", values);
    v.put("error", error == null ? null : error.getMessage());
    v.put("notice", notice);
    v.put("action", pagePath(networkId));
    v.put("needAction", "/evenements/" + networkId + "/besoin");
    return TrainingPages.page(response, status, "training", v);
  }

  /** The logged-in member of the network (or coordinator, or administrator); empty otherwise. */
  private Optional<Authentication> who(HttpServletRequest request, String networkId) {
    return login
        .userId(request)
        .map(
            userId -> {
              List<String> groups =
                  identity.createGroupQuery().groupMember(userId).list().stream()
                      .map(Group::getId)
                      .toList();
              List<String> tenants =
                  identity
                      .createTenantQuery()
                      .userMember(userId)
                      .includingGroupsOfUser(true)
                      .list()
                      .stream()
                      .map(Tenant::getId)
                      .toList();
              return new Authentication(userId, groups, tenants);
            })
        .filter(
            user ->
                access.isCoordinatorOf(user, networkId)
                    || directory.isMemberOf(user.getUserId(), networkId));
  }

  /** Starts the event as the coordinator, as the REST door does: the same checks in the engine. */
  private <T> T asUser(Authentication user, Supplier<T> action) {
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(user);
    try {
      return action.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  private ResponseEntity<String> refused(
      HttpServletRequest request, HttpServletResponse response, String networkId) {
    if (login.userId(request).isEmpty()) {
      return TrainingPages.message(
          response,
          HttpStatus.UNAUTHORIZED,
          "Connexion requise",
          "Connectez-vous à Tasklist, puis revenez sur cette page.");
    }
    return TrainingPages.message(
        response,
        HttpStatus.FORBIDDEN,
        "Accès refusé",
        "Cette page est réservée aux membres du réseau " + networkId + ".");
  }

  private static ResponseEntity<String> otherSite(HttpServletResponse response) {
    return TrainingPages.message(
        response,
        HttpStatus.FORBIDDEN,
        "Refusé",
        "Formulaire envoyé depuis un autre site : refusé.");
  }

  private static Map<String, String> values(HttpServletRequest request, String... names) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : names) {
      String value = request.getParameter(name);
      values.put(name, value == null ? "" : value.trim());
    }
    return values;
  }
}
