package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.ANIMATOR_ASSIGNMENTS;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.DEMONSTRATION_SHARE;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.NEW_ANIMATORS;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.network.NetworkDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The animators: the académie's pool (each network's animators, kept across years, fed by each
 * day's outcome, shared with the other networks of the same académie), the animators chosen for a
 * day's concerns, and what the team agreed with each of them.
 */
@Service
@Transactional
public class AnimatorPoolService {

  public static final String FROM_POOL = "vivier";
  public static final String FROM_REFERENTS = "référent";
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@;,<>()\\[\\]\"]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private final AnimatorRepository animators;
  private final AnimatorBriefingRepository briefings;
  private final WorkshopDayService days;
  private final NetworkDirectory directory;

  public AnimatorPoolService(
      AnimatorRepository animators,
      AnimatorBriefingRepository briefings,
      WorkshopDayService days,
      NetworkDirectory directory) {
    this.animators = animators;
    this.briefings = briefings;
    this.days = days;
    this.directory = directory;
  }

  /**
   * The pool a network's teams choose from: its own animators and those of the other networks of
   * its académie (the pool is académie-wide; another académie's animators are not shown).
   */
  @Transactional(readOnly = true)
  public List<Animator> pool(String networkId) {
    return animators.findByNetworkIdInOrderByFullName(academyNetworks(networkId).keySet());
  }

  /** The animators the network itself brought into the pool (its day outputs list them). */
  @Transactional(readOnly = true)
  public List<Animator> networkPool(String networkId) {
    return animators.findByNetworkIdOrderByFullName(networkId);
  }

  /** The networks sharing the network's pool, by id, with their names; the network first. */
  @Transactional(readOnly = true)
  public Map<String, String> academyNetworks(String networkId) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    directory.sameAcademy(networkId).forEach(n -> names.put(n.getId(), n.getName()));
    return names;
  }

  /**
   * A pool animator chosen for a concern ({@code animator} is the pool id as submitted by the
   * form).
   */
  public record Assignment(String animator, String concern) {}

  /** An animator not yet in the pool. */
  public record NewAnimator(String fullName, String establishment, String email, String concern) {}

  /**
   * Task_AssignAnimators: every chosen concern gets at least one animator; new animators join the
   * pool. Replaces the day's previous choice. Returns the briefings to hold, one per animator and
   * concern.
   */
  public List<AnimatorBriefing> assign(
      Long workshopDayId, List<Assignment> assignments, List<NewAnimator> newcomers) {
    WorkshopDay day = days.require(workshopDayId);
    List<String> concerns = WorkshopDayService.chosenConcerns(day);
    Set<String> pairs = new HashSet<>();
    List<AnimatorBriefing> result = new ArrayList<>();
    briefings.deleteByWorkshopDayId(workshopDayId);
    briefings.flush();
    int row = 0;
    for (Assignment assignment : assignments) {
      row++;
      String field = ANIMATOR_ASSIGNMENTS;
      Animator animator = poolAnimator(day.getNetworkId(), assignment.animator(), field, row);
      requireConcern(concerns, assignment.concern(), field, row);
      requireFirstChoice(pairs, animator, assignment.concern(), field, row);
      result.add(briefing(workshopDayId, animator, assignment.concern()));
    }
    row = 0;
    for (NewAnimator newcomer : newcomers) {
      row++;
      String field = NEW_ANIMATORS;
      if (newcomer.fullName() == null
          || newcomer.fullName().isBlank()
          || newcomer.fullName().length() > 200) {
        throw new InvalidInputException(
            field,
            "ligne "
                + row
                + " : le nom de l'animateur ou de l'animatrice est obligatoire (200 caractères au plus).");
      }
      if (newcomer.establishment() == null
          || newcomer.establishment().isBlank()
          || newcomer.establishment().length() > 200) {
        throw new InvalidInputException(
            field, "ligne " + row + " : l'établissement est obligatoire (200 caractères au plus).");
      }
      if (newcomer.email() != null && newcomer.email().strip().length() > 200) {
        throw new InvalidInputException(
            field, "ligne " + row + " : l'adresse électronique dépasse 200 caractères.");
      }
      if (newcomer.email() != null
          && !newcomer.email().isBlank()
          && !EMAIL.matcher(newcomer.email().strip()).matches()) {
        throw new InvalidInputException(
            field,
            "ligne "
                + row
                + " : « "
                + newcomer.email()
                + " » n'est pas une adresse électronique valide.");
      }
      requireConcern(concerns, newcomer.concern(), field, row);
      // Already in the académie's pool (brought by this network or another one): the same person.
      Animator animator =
          animators
              .findFirstByNetworkIdInAndFullNameIgnoreCaseAndEstablishmentIgnoreCase(
                  academyNetworks(day.getNetworkId()).keySet(),
                  newcomer.fullName().strip(),
                  newcomer.establishment().strip())
              .orElseGet(
                  () ->
                      addToPool(
                          day.getNetworkId(),
                          newcomer.fullName().strip(),
                          newcomer.establishment().strip(),
                          blankToNull(newcomer.email()),
                          FROM_POOL));
      requireFirstChoice(pairs, animator, newcomer.concern(), field, row);
      result.add(briefing(workshopDayId, animator, newcomer.concern()));
    }
    Set<String> covered =
        new LinkedHashSet<>(result.stream().map(AnimatorBriefing::getConcern).toList());
    for (String concern : concerns) {
      if (!covered.contains(concern)) {
        throw new InvalidInputException(
            ANIMATOR_ASSIGNMENTS,
            "aucun animateur ni animatrice pour la préoccupation « " + concern + " ».");
      }
    }
    return result;
  }

  private Animator poolAnimator(String networkId, String id, String field, int row) {
    Long animatorId;
    try {
      animatorId = Long.valueOf(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          field, "ligne " + row + " : choisissez un animateur ou une animatrice du vivier.");
    }
    Set<String> sharing = academyNetworks(networkId).keySet();
    return animators
        .findById(animatorId)
        .filter(a -> sharing.contains(a.getNetworkId()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "ligne " + row + " : animateur inconnu du vivier (" + id + ")."));
  }

  /** An animator is chosen once per concern: the pair is remembered in {@code pairs}. */
  private static void requireFirstChoice(
      Set<String> pairs, Animator animator, String concern, String field, int row) {
    if (!pairs.add(animator.getId() + "|" + concern)) {
      throw new InvalidInputException(
          field,
          "ligne "
              + row
              + " : "
              + animator.getFullName()
              + " est déjà choisi·e pour « "
              + concern
              + " ».");
    }
  }

  private static void requireConcern(List<String> concerns, String concern, String field, int row) {
    if (concern == null || !concerns.contains(concern)) {
      throw new InvalidInputException(
          field, "ligne " + row + " : choisissez une des préoccupations retenues pour la journée.");
    }
  }

  private AnimatorBriefing briefing(Long workshopDayId, Animator animator, String concern) {
    return briefings.save(new AnimatorBriefing(workshopDayId, animator.getId(), concern));
  }

  public Animator addToPool(
      String networkId, String fullName, String establishment, String email, String origin) {
    return animators.save(
        new Animator(networkId, fullName, establishment, email, origin, EngineClock.now()));
  }

  /**
   * A confirmed referent offered to other schools: added once (the same name in the network's pool
   * is the same person, already there), with the concern they worked on.
   */
  public Animator addReferentToPool(
      String networkId, String fullName, String establishment, String concern) {
    Animator animator =
        animators.findByNetworkIdOrderByFullName(networkId).stream()
            .filter(a -> a.getFullName().equalsIgnoreCase(fullName))
            .findFirst()
            .orElseGet(() -> addToPool(networkId, fullName, establishment, null, FROM_REFERENTS));
    if (concern != null) {
      Set<String> concerns = new LinkedHashSet<>(splitConcerns(animator.getConcerns()));
      concerns.add(concern);
      animator.coversConcerns(String.join(WorkshopDayService.SEPARATOR, concerns));
    }
    return animator;
  }

  @Transactional(readOnly = true)
  public AnimatorBriefing requireBriefing(Long briefingId) {
    return briefings
        .findById(briefingId)
        .orElseThrow(() -> new IllegalStateException("Unknown briefing " + briefingId));
  }

  @Transactional(readOnly = true)
  public Animator requireAnimator(Long animatorId) {
    return animators
        .findById(animatorId)
        .orElseThrow(() -> new IllegalStateException("Unknown animator " + animatorId));
  }

  @Transactional(readOnly = true)
  public List<AnimatorBriefing> briefings(Long workshopDayId) {
    return briefings.findByWorkshopDayIdOrderById(workshopDayId);
  }

  /**
   * Task_BriefAnimator: what was agreed, the share of demonstration (the rest is exchange),
   * equipment.
   */
  public void recordBriefing(
      Long briefingId,
      String agreedConcerns,
      int demonstrationShare,
      String equipmentNeeds,
      String by) {
    if (demonstrationShare < 0 || demonstrationShare > 100) {
      throw new InvalidInputException(
          DEMONSTRATION_SHARE,
          "un pourcentage entre 0 et 100 est attendu (reçu " + demonstrationShare + ").");
    }
    AnimatorBriefing briefing = requireBriefing(briefingId);
    briefing.briefed(agreedConcerns, demonstrationShare, equipmentNeeds, by, EngineClock.now());
  }

  /** After the day: each animator of the day counts one more day and the concerns they covered. */
  public void recordDayAnimated(WorkshopDay day) {
    Map<Long, List<AnimatorBriefing>> byAnimator =
        briefings(day.getId()).stream()
            .collect(java.util.stream.Collectors.groupingBy(AnimatorBriefing::getAnimatorId));
    byAnimator.forEach(
        (animatorId, theirs) -> {
          Animator animator = requireAnimator(animatorId);
          Set<String> concerns = new LinkedHashSet<>(splitConcerns(animator.getConcerns()));
          theirs.forEach(b -> concerns.add(b.getConcern()));
          animator.animatedDay(
              day.getDayDate(), String.join(WorkshopDayService.SEPARATOR, concerns));
        });
  }

  public static List<String> splitConcerns(String concerns) {
    return concerns == null || concerns.isBlank()
        ? List.of()
        : java.util.Arrays.stream(concerns.split("\\" + WorkshopDayService.SEPARATOR))
            .filter(s -> !s.isBlank())
            .toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
