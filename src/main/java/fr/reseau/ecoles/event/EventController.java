package fr.reseau.ecoles.event;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.ApiAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A network's events for its members (HTTP Basic, see ApiSecurityConfig), a member's cancellation
 * and training needs, and the coordinators' training proposals; 403 for other networks.
 */
@RestController
@Validated
public class EventController {

  static final String EVENTS = "/api/networks/{networkId}/events";
  static final String EVENT = EVENTS + "/{id:\\d{1,18}}";

  private final ApiAccess access;
  private final IdentityService identity;
  private final EventViews views;
  private final RegistrationService registrations;
  private final TrainingProposals proposals;
  private final TrainingEventStarter starter;

  public EventController(
      ApiAccess access,
      IdentityService identity,
      EventViews views,
      RegistrationService registrations,
      TrainingProposals proposals,
      TrainingEventStarter starter) {
    this.access = access;
    this.identity = identity;
    this.views = views;
    this.registrations = registrations;
    this.proposals = proposals;
    this.starter = starter;
  }

  /** A member's training need for the steering team. */
  public record NeedRequest(
      @NotBlank @Size(max = 40) String theme, @Size(max = 1000) String comment) {}

  /** The coordinator's choices when turning a proposal into a training event. */
  public record TrainingRequest(
      @NotBlank @Size(max = 40) String theme,
      LocalDate eventDate,
      @Pattern(regexp = "morning|afternoon|day") String halfDay,
      @Size(max = 300) String place,
      @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(500) Integer capacity) {}

  @GetMapping(EVENTS)
  public List<EventViews.EventSummary> list(@PathVariable String networkId) {
    access.requireRoleIn(networkId, MemberRole.values());
    return views.list(networkId);
  }

  @GetMapping(EVENT)
  public EventViews.EventDetail detail(@PathVariable String networkId, @PathVariable Long id) {
    access.requireRoleIn(networkId, MemberRole.values());
    var user = Requester.person(identity).orElseThrow();
    return views
        .detail(networkId, id, user.getUserId(), access.isCoordinatorOf(user, networkId))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Évènement inconnu."));
  }

  /** The logged-in member withdraws; the first waiting of the same role takes the place. */
  @DeleteMapping(EVENT + "/registration")
  public ResponseEntity<Void> cancel(@PathVariable String networkId, @PathVariable Long id) {
    access.requireRoleIn(networkId, MemberRole.values());
    if (views.detail(networkId, id, null, false).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Évènement inconnu.");
    }
    registrations.cancel(id, Requester.personId(identity));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/networks/{networkId}/training-needs")
  public ResponseEntity<Map<String, Object>> sendNeed(
      @PathVariable String networkId, @Valid @RequestBody NeedRequest request) {
    access.requireRoleIn(networkId, MemberRole.values());
    TrainingNeedRequest need =
        proposals.send(networkId, Requester.personId(identity), request.theme(), request.comment());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", need.getId()));
  }

  @GetMapping(EVENTS + "/proposals")
  public List<TrainingProposals.Proposal> proposals(@PathVariable String networkId) {
    access.requireCoordinatorOf(networkId);
    return proposals.proposals(networkId);
  }

  /** One step: the proposal becomes a published training event. */
  @PostMapping(EVENTS + "/proposals")
  public ResponseEntity<Map<String, Object>> startTraining(
      @PathVariable String networkId, @Valid @RequestBody TrainingRequest request) {
    access.requireCoordinatorOf(networkId);
    Long eventId =
        starter.start(
            networkId,
            new TrainingEventStarter.Choices(
                request.theme(),
                request.eventDate(),
                request.halfDay(),
                request.place(),
                request.capacity()));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", eventId));
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
