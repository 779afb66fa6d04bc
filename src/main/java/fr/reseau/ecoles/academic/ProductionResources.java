package fr.reseau.ecoles.academic;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files of a production (docs/academic-groups.md, "Files"): added and removed while it is not
 * yet published, each checked (kind from its bytes, size at most app.academic.resource-max-bytes)
 * before anything is stored. Who may call is the controller's business.
 */
@Service
public class ProductionResources {

  static final String FILE = "file";
  static final String TITLE =
      ProductionPublicationVariables.TITLE; // the multipart field has the same name
  static final int MAX_TITLE = 200;
  static final int MAX_FILENAME = 255;
  static final String PUBLISHED =
      "Production déjà publiée : ses fichiers ne peuvent plus être ajoutés ni retirés.";

  private final ProductionResourceRepository resources;
  private final ProductionRepository productions;
  private final long maxBytes;

  public ProductionResources(
      ProductionResourceRepository resources,
      ProductionRepository productions,
      @Value("${app.academic.resource-max-bytes:10485760}") long maxBytes) {
    this.resources = resources;
    this.productions = productions;
    this.maxBytes = maxBytes;
  }

  /** Whether files may still be added or removed: never once the production was published. */
  public static boolean editable(Production production) {
    return production.getPublishedAt() == null
        && production.getStatus() != ProductionStatus.PUBLISHED
        && production.getStatus() != ProductionStatus.WITHDRAWN;
  }

  /** The production of that group, if it is one. */
  @Transactional(readOnly = true)
  public Optional<Production> ofGroup(String groupId, Long productionId) {
    return productions.findById(productionId).filter(p -> p.getGroupId().equals(groupId));
  }

  @Transactional(readOnly = true)
  public List<ProductionResource.Info> list(Long productionId) {
    return resources.findInfosByProductionIdOrderById(productionId);
  }

  /** Checks then stores one file, the production locked and still editable (else 409). */
  @Transactional
  public ProductionResource add(
      Long productionId, String originalName, String title, byte[] bytes) {
    lockEditable(productionId);
    String filename = cleanName(originalName);
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException(
          FILE, "aucun fichier reçu ; joignez un fichier non vide dans le champ « file ».");
    }
    if (bytes.length > maxBytes) {
      throw new InvalidInputException(
          FILE, "le fichier dépasse la taille permise (" + ResourceSizes.french(maxBytes) + ").");
    }
    String type =
        ResourceTypes.recognise(filename, bytes)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        FILE,
                        "type de fichier non accepté ou contenu ne correspondant pas à son nom ;"
                            + " formats acceptés : PDF, ODT, ODS, ODP, DOCX, XLSX, PPTX, PNG, JPEG,"
                            + " texte (.txt en UTF-8)."));
    String shownTitle = title == null || title.isBlank() ? filename : title.strip();
    if (shownTitle.length() > MAX_TITLE) {
      throw new InvalidInputException(
          TITLE, "le titre ne doit pas dépasser " + MAX_TITLE + " caractères.");
    }
    return resources.save(
        new ProductionResource(productionId, shownTitle, filename, type, bytes, EngineClock.now()));
  }

  /** Removes one file of that production; false when it has no such file. */
  @Transactional
  public boolean remove(Long productionId, Long resourceId) {
    lockEditable(productionId);
    Optional<ProductionResource> found =
        resources.findByIdAndProductionId(resourceId, productionId);
    found.ifPresent(resources::delete);
    return found.isPresent();
  }

  /** Publication and a file's change do not cross: the row is locked until this one commits. */
  private void lockEditable(Long productionId) {
    Production production =
        productions
            .findLockedById(productionId)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Production inconnue."));
    if (!editable(production)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, PUBLISHED);
    }
  }

  /** The file's own name, without any folder a browser may send, nor control characters. */
  static String cleanName(String name) {
    String base =
        name == null
            ? ""
            : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty() || base.length() > MAX_FILENAME) {
      throw new InvalidInputException(
          FILE,
          "le nom du fichier est vide ou dépasse " + MAX_FILENAME + " caractères ; renommez-le.");
    }
    return base;
  }
}
