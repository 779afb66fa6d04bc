package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map of practices through {@code /api} (HTTP Basic): the network's members list and search
 * them, create theirs, change or delete their own; coordinators change any and moderate them.
 * Another network's people get 403.
 */
@RestController
public class PracticeController {

  static final String BASE = "/api/networks/{networkId}/practices";

  private final PracticeService practices;
  private final ApiAccess access;
  private final IdentityService identity;
  private final NetworkDirectory directory;

  public PracticeController(
      PracticeService practices,
      ApiAccess access,
      IdentityService identity,
      NetworkDirectory directory) {
    this.practices = practices;
    this.access = access;
    this.identity = identity;
    this.directory = directory;
  }

  /** A coordinator's decision: {@code {"hidden": true, "reason": "…"}}. */
  public record ModerationRequest(Object hidden, Object reason) {}

  @GetMapping(BASE)
  public List<Map<String, Object>> list(
      @PathVariable String networkId,
      @RequestParam(name = PracticeFilter.THEME, required = false) String theme,
      @RequestParam(name = PracticeFilter.PUBLIC, required = false) String publicServed,
      @RequestParam(name = PracticeFilter.WELCOMES_VISITORS, required = false) String welcomes) {
    PracticeService.Actor actor = actor(networkId);
    PracticeFilter filter =
        new PracticeFilter(theme, publicServed, PracticeFilter.welcomes(welcomes));
    return views(networkId, practices.list(networkId, filter, actor));
  }

  @GetMapping(BASE + "/{id}")
  public Map<String, Object> one(@PathVariable String networkId, @PathVariable Long id) {
    return views(networkId, List.of(practices.get(networkId, id, actor(networkId)))).get(0);
  }

  @PostMapping(BASE)
  public ResponseEntity<Map<String, Object>> create(
      @PathVariable String networkId, @Valid @RequestBody PracticeRequest request) {
    PracticeService.Actor actor = actor(networkId);
    Practice practice = practices.create(networkId, request.toInput(), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(views(networkId, List.of(practice)).get(0));
  }

  @PutMapping(BASE + "/{id}")
  public Map<String, Object> update(
      @PathVariable String networkId,
      @PathVariable Long id,
      @Valid @RequestBody PracticeRequest request) {
    PracticeService.Actor actor = actor(networkId);
    Practice practice = practices.update(networkId, id, request.toInput(), actor);
    return views(networkId, List.of(practice)).get(0);
  }

  @DeleteMapping(BASE + "/{id}")
  public ResponseEntity<Void> delete(@PathVariable String networkId, @PathVariable Long id) {
    practices.delete(networkId, id, actor(networkId));
    return ResponseEntity.noContent().build();
  }

  @PutMapping(BASE + "/{id}/moderation")
  public Map<String, Object> moderate(
      @PathVariable String networkId,
      @PathVariable Long id,
      @RequestBody(required = false) ModerationRequest request) {
    PracticeService.Actor actor = actor(networkId);
    if (!actor.coordinator()) {
      access.requireCoordinatorOf(networkId);
    }
    if (request == null || !(request.hidden() instanceof Boolean hidden)) {
      throw new InvalidInputException("hidden", "true (masquer) ou false (republier) attendu.");
    }
    if (request.reason() != null && !(request.reason() instanceof String)) {
      throw new InvalidInputException(PracticeService.MODERATION_REASON, "texte attendu.");
    }
    Practice practice = practices.moderate(networkId, id, hidden, (String) request.reason(), actor);
    return views(networkId, List.of(practice)).get(0);
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }

  /** 401 without a login, 403 unless a member of the network (or an administrator). */
  private PracticeService.Actor actor(String networkId) {
    access.requireRoleIn(networkId, MemberRole.values());
    Authentication user = Requester.person(identity).orElseThrow();
    return new PracticeService.Actor(user.getUserId(), access.isCoordinatorOf(user, networkId));
  }

  private List<Map<String, Object>> views(String networkId, List<Practice> list) {
    Map<String, Member> authors =
        directory.members(list.stream().map(Practice::getAuthorUserId).distinct().toList());
    var schools =
        directory.establishments(
            list.stream().map(Practice::getEstablishmentCode).distinct().toList());
    return list.stream().map(p -> PracticeViews.json(p, schools, authors)).toList();
  }
}
