package fr.reseau.ecoles.cotraining;

import fr.reseau.ecoles.access.MemberRole;
import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.network.ApiAccess;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/networks/{networkId}/co-training-requests[?status=…]}: the network's coordinators
 * (and administrators) read every request; any other member those they asked for, take part in or
 * answer as head of school; another network's members get 403.
 */
@RestController
public class CoTrainingRequestController {

  public static final String PATH = "/api/networks/{networkId}/co-training-requests";

  private static final String STATUSES =
      "DESCRIBING|WAITING_FOR_HEAD|WAITING_FOR_COORDINATORS|SCHEDULED|REFUSED_BY_HEAD"
          + "|REFUSED_BY_COORDINATORS";

  private final ApiAccess access;
  private final IdentityService identity;
  private final CoTrainingService service;
  private final CoTrainingForms forms;

  public CoTrainingRequestController(
      ApiAccess access,
      IdentityService identity,
      CoTrainingService service,
      CoTrainingForms forms) {
    this.access = access;
    this.identity = identity;
    this.service = service;
    this.forms = forms;
  }

  /** One request as the API shows it (names, not user ids, for people). */
  public record RequestView(
      Long id,
      String title,
      String theme,
      String themeLabel,
      CoTrainingStatus status,
      String requesterUserId,
      List<String> participants,
      List<LocalDate> wishedDates,
      String slot,
      String expert,
      String headComment,
      LocalDate scheduledDate,
      String venue,
      String expertConfirmed,
      String refusalReason) {}

  @GetMapping(PATH)
  public List<RequestView> list(
      @PathVariable String networkId,
      @RequestParam(required = false)
          @Pattern(
              regexp = STATUSES,
              message =
                  "statut inconnu. Valeurs possibles : DESCRIBING, WAITING_FOR_HEAD,"
                      + " WAITING_FOR_COORDINATORS, SCHEDULED, REFUSED_BY_HEAD,"
                      + " REFUSED_BY_COORDINATORS.")
          String status) {
    Authentication user =
        Requester.person(identity)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED, "Authentification requise."));
    boolean coordinator = access.isCoordinatorOf(user, networkId);
    if (!coordinator && !access.hasRoleIn(user, networkId, MemberRole.values())) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé aux membres du réseau " + networkId + ".");
    }
    return service.visibleTo(networkId, user.getUserId(), coordinator).stream()
        .filter(r -> status == null || r.getStatus().name().equals(status))
        .map(this::view)
        .toList();
  }

  private RequestView view(CoTrainingRequest r) {
    return new RequestView(
        r.getId(),
        r.getTitle(),
        r.getTheme(),
        CoTrainingForms.themeLabel(r.getTheme()),
        r.getStatus(),
        r.getRequesterUserId(),
        forms.participantNames(r),
        r.getWishedDates(),
        r.getSlot(),
        r.getExpert(),
        r.getHeadComment(),
        r.getScheduledDate(),
        r.getVenue(),
        r.getExpertConfirmed(),
        r.getRefusalReason());
  }
}
