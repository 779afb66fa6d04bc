package fr.reseau.ecoles.practice;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.Establishment;
import fr.reseau.ecoles.network.EstablishmentRepository;
import fr.reseau.ecoles.network.Member;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The practices of a network's map. Callers have checked that the person is a member of the
 * network; here: only the author or a coordinator changes a practice, only a coordinator moderates
 * it, and hidden practices are seen by their author and the coordinators only.
 */
@Service
@Transactional
public class PracticeService {

  private final PracticeRepository practices;
  private final EstablishmentRepository establishments;
  private final NetworkDirectory directory;

  public PracticeService(
      PracticeRepository practices,
      EstablishmentRepository establishments,
      NetworkDirectory directory) {
    this.practices = practices;
    this.establishments = establishments;
    this.directory = directory;
  }

  /** Who acts: their user id and whether they coordinate the network (or administer). */
  public record Actor(String userId, boolean coordinator) {}

  /** What the actor may see of the network's practices, filtered, by title. */
  @Transactional(readOnly = true)
  public List<Practice> list(String networkId, PracticeFilter filter, Actor actor) {
    return practices.findByNetworkIdOrderByTitleAscIdAsc(networkId).stream()
        .filter(p -> visibleTo(p, actor))
        .filter(filter::accepts)
        .toList();
  }

  /** The published practices of these members: what pairing reads. */
  @Transactional(readOnly = true)
  public List<Practice> publishedBy(String networkId, Collection<String> authors) {
    return authors.isEmpty()
        ? List.of()
        : practices.findByNetworkIdAndStatusAndAuthorUserIdIn(
            networkId, PracticeStatus.PUBLISHED, authors);
  }

  @Transactional(readOnly = true)
  public Practice get(String networkId, Long id, Actor actor) {
    Practice practice = find(networkId, id);
    if (!visibleTo(practice, actor)) {
      throw notFound(id);
    }
    return practice;
  }

  public Practice create(String networkId, PracticeInput input, Actor actor) {
    Member author = directory.memberIn(actor.userId(), networkId).orElse(null);
    String establishment = establishmentFor(networkId, input, author);
    Practice practice =
        new Practice(networkId, actor.userId(), withEstablishment(input, establishment), now());
    return practices.save(practice);
  }

  public Practice update(String networkId, Long id, PracticeInput input, Actor actor) {
    Practice practice = editable(networkId, id, actor);
    String establishment =
        input.establishmentCode() == null
            ? practice.getEstablishmentCode()
            : establishmentFor(networkId, input, null);
    practice.update(withEstablishment(input, establishment), now());
    return practice;
  }

  public void delete(String networkId, Long id, Actor actor) {
    practices.delete(editable(networkId, id, actor));
  }

  /** A coordinator hides ({@code hidden}) or shows again a practice; hiding needs a reason. */
  public Practice moderate(String networkId, Long id, boolean hidden, String reason, Actor actor) {
    if (!actor.coordinator()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Réservé à la coordination du réseau " + networkId + ".");
    }
    Practice practice = find(networkId, id);
    String text = PracticeInput.optional(MODERATION_REASON, reason, 500);
    if (hidden) {
      if (text == null) {
        throw new InvalidInputException(
            MODERATION_REASON,
            "indiquez pourquoi la pratique est masquée (500 caractères au plus).");
      }
      practice.hide(text, actor.userId(), now());
    } else {
      practice.publish(text, actor.userId(), now());
    }
    return practice;
  }

  public static final String MODERATION_REASON = "reason";

  /** The network's establishments, by name: the map's points and the form's choices. */
  @Transactional(readOnly = true)
  public List<Establishment> establishments(String networkId) {
    return establishments.findByNetworkIdOrderByCode(networkId).stream()
        .sorted(java.util.Comparator.comparing(Establishment::getName))
        .toList();
  }

  /** The person as a member of that network (their establishment there). */
  public Optional<Member> member(String userId, String networkId) {
    return directory.memberIn(userId, networkId);
  }

  private Practice editable(String networkId, Long id, Actor actor) {
    Practice practice = find(networkId, id);
    if (!actor.coordinator() && !practice.getAuthorUserId().equals(actor.userId())) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Seul·e l'auteur·e ou la coordination modifie cette pratique.");
    }
    return practice;
  }

  private Practice find(String networkId, Long id) {
    return practices
        .findById(id)
        .filter(p -> p.getNetworkId().equals(networkId))
        .orElseThrow(() -> notFound(id));
  }

  private static ResponseStatusException notFound(Long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune pratique n° " + id + ".");
  }

  static boolean visibleTo(Practice practice, Actor actor) {
    return practice.isPublished()
        || actor.coordinator()
        || practice.getAuthorUserId().equals(actor.userId());
  }

  private String establishmentFor(String networkId, PracticeInput input, Member author) {
    String code = input.establishmentCode();
    if (code == null) {
      if (author == null || author.getEstablishmentCode() == null) {
        throw new InvalidInputException(
            PracticeInput.ESTABLISHMENT, "établissement obligatoire (code UAI du réseau).");
      }
      code = author.getEstablishmentCode();
    }
    String chosen = code;
    return establishments
        .findById(chosen)
        .filter(e -> networkId.equals(e.getNetworkId()))
        .map(Establishment::getCode)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    PracticeInput.ESTABLISHMENT,
                    "« " + chosen + " » n'est pas un établissement de ce réseau."));
  }

  private static PracticeInput withEstablishment(PracticeInput input, String code) {
    return new PracticeInput(
        input.title(),
        input.description(),
        input.themes(),
        input.publicServed(),
        input.level(),
        code,
        input.links(),
        input.welcomesVisitors(),
        input.periods(),
        input.conditions());
  }

  private static java.time.Instant now() {
    return EngineClock.now();
  }
}
