package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.access.Requester;
import fr.reseau.ecoles.access.SystemAccess;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A production's files (issue 20, item 2; Tasklist's forms have no file picker, so this is their
 * door): {@code POST …/resources} (multipart, field {@code file}, optional {@code title}) and
 * {@code DELETE …/resources/{resourceId}} by the group's members while the production is not
 * published; {@code GET …/resources} by whoever reads the group's productions. The showcase serves
 * them once published ({@code /vitrine/{id}/ressources/{resourceId}}).
 */
@RestController
public class ProductionResourceController {

  public static final String RESOURCES =
      AcademicGroupController.PRODUCTIONS + "/{productionId}/resources";
  public static final String RESOURCE = RESOURCES + "/{resourceId}";

  private final IdentityService identity;
  private final AcademicGroupService groups;
  private final ProductionResources resources;

  public ProductionResourceController(
      IdentityService identity, AcademicGroupService groups, ProductionResources resources) {
    this.identity = identity;
    this.groups = groups;
    this.resources = resources;
  }

  @GetMapping(RESOURCES)
  public List<ProductionResource.Info> list(
      @PathVariable String groupId, @PathVariable Long productionId) {
    Authentication user = user();
    AcademicGroup group = group(groupId);
    if (!SystemAccess.isAdministrator(user)
        && !groups.isNationalMember(user.getUserId())
        && !group.involves(user.getUserId())) {
      throw forbidden();
    }
    return resources.list(production(groupId, productionId).getId());
  }

  @PostMapping(path = RESOURCES, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<ProductionResource.Info> add(
      @PathVariable String groupId,
      @PathVariable Long productionId,
      @RequestParam(name = ProductionResources.FILE, required = false) MultipartFile file,
      @RequestParam(name = ProductionResources.TITLE, required = false) String title)
      throws IOException {
    Production production = editable(groupId, productionId);
    if (file == null) {
      throw new InvalidInputException(
          ProductionResources.FILE,
          "aucun fichier reçu ; envoyez-le dans le champ « file » d'un formulaire multipart.");
    }
    ProductionResource stored =
        resources.add(production.getId(), file.getOriginalFilename(), title, file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(stored.info());
  }

  @DeleteMapping(RESOURCE)
  public ResponseEntity<Void> remove(
      @PathVariable String groupId,
      @PathVariable Long productionId,
      @PathVariable Long resourceId) {
    Production production = editable(groupId, productionId);
    if (!resources.remove(production.getId(), resourceId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Fichier inconnu.");
    }
    return ResponseEntity.noContent().build();
  }

  /** A production the caller may change the files of: a member of its group, before publication. */
  private Production editable(String groupId, Long productionId) {
    Authentication user = user();
    AcademicGroup group = group(groupId);
    if (!group.hasMember(user.getUserId())) {
      throw forbidden();
    }
    Production production = production(groupId, productionId);
    if (!ProductionResources.editable(production)) {
      // Checked again under a lock by ProductionResources; here to answer before reading a file.
      throw new ResponseStatusException(HttpStatus.CONFLICT, ProductionResources.PUBLISHED);
    }
    return production;
  }

  private Authentication user() {
    return Requester.person(identity)
        .orElseThrow(
            () ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentification requise."));
  }

  private AcademicGroup group(String groupId) {
    return groups
        .find(groupId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Groupe inconnu."));
  }

  private Production production(String groupId, Long productionId) {
    return resources
        .ofGroup(groupId, productionId)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Production inconnue."));
  }

  private static ResponseStatusException forbidden() {
    return new ResponseStatusException(
        HttpStatus.FORBIDDEN, "Réservé aux membres du groupe académique.");
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("field", e.getField(), "message", e.getMessage()));
  }
}
