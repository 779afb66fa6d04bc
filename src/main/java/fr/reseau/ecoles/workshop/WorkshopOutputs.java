package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.spreadsheet.SpreadsheetCsvWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outputs of a day, published once and kept as published: the teachers' feelings and first
 * ideas (anonymous, by group concern), the referent list, and the network's animator pool.
 */
@Service
@Transactional
public class WorkshopOutputs {

  public static final List<String> KINDS = List.of("feelings", "ideas", "referents", "animators");

  private final WorkshopDayService days;
  private final DayPlanningService planning;
  private final ImpressionsService impressions;
  private final AnimatorPoolService animators;
  private final WorkshopDayOutputRepository outputs;

  public WorkshopOutputs(
      WorkshopDayService days,
      DayPlanningService planning,
      ImpressionsService impressions,
      AnimatorPoolService animators,
      WorkshopDayOutputRepository outputs) {
    this.days = days;
    this.planning = planning;
    this.impressions = impressions;
    this.animators = animators;
    this.outputs = outputs;
  }

  /** Task_PublishOutputs: updates the pool with the day's animators, then stores the four files. */
  public List<WorkshopDayOutput> publish(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    if (day.getStatus() != WorkshopDayStatus.PUBLISHED) {
      animators.recordDayAnimated(day);
    }
    Map<String, String> concernOf = new HashMap<>();
    planning
        .groups(workshopDayId)
        .forEach(g -> DayPlanningService.members(g).forEach(t -> concernOf.put(t, g.getConcern())));
    // Sorted by concern then by content, not by teacher: the order of the lines must not tell who
    // wrote them.
    List<TeacherImpressions> all = new ArrayList<>(impressions.impressions(workshopDayId));
    List<List<String>> feelings = new ArrayList<>();
    List<List<String>> ideas = new ArrayList<>();
    for (TeacherImpressions i : all) {
      String concern = concernOf.getOrDefault(i.getTeacherUserId(), "");
      if (i.getPleasure() != null || i.getPracticesOfInterest() != null) {
        feelings.add(
            List.of(
                concern,
                text(i.getPleasure()),
                text(i.getPracticesOfInterest()),
                text(i.getGroupFeeling()),
                text(i.getDifficulties()),
                text(i.getMotivation()),
                text(i.getSupportNeeded())));
      }
      if (i.getIdeasToTry() != null
          || i.getColdIdeas() != null
          || i.getLogbookIdeas() != null
          || i.getLogbookPractices() != null) {
        ideas.add(
            List.of(
                concern,
                text(i.getLogbookPractices()),
                text(i.getLogbookIdeas()),
                text(i.getIdeasToTry()),
                practiceLabel(i.getPracticeStarted()),
                text(i.getColdIdeas())));
      }
    }
    Comparator<List<String>> order =
        Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> String.join("|", r));
    feelings.sort(order);
    ideas.sort(order);
    List<List<String>> referentRows =
        impressions.referents(workshopDayId).stream()
            .filter(Referent::isConfirmed)
            .map(
                r ->
                    List.of(
                        r.getDisplayName(),
                        text(r.getDiscipline()),
                        concernOf.getOrDefault(r.getTeacherUserId(), ""),
                        text(r.getReasons()),
                        r.isJoinedPool() ? "oui" : "non"))
            .toList();
    List<List<String>> pool =
        animators.networkPool(day.getNetworkId()).stream()
            .map(
                a ->
                    List.of(
                        a.getFullName(),
                        text(a.getEstablishment()),
                        text(a.getEmail()),
                        String.join(", ", AnimatorPoolService.splitConcerns(a.getConcerns())),
                        a.getOrigin(),
                        String.valueOf(a.getDaysAnimated()),
                        text(a.getLastDayDate())))
            .toList();
    List<WorkshopDayOutput> stored =
        List.of(
            store(
                day,
                "feelings",
                csv(
                    List.of(
                        "preoccupation_du_groupe",
                        "plaisir_1_a_4",
                        "pratiques_interessantes",
                        "le_groupe",
                        "difficultes",
                        "motivation_1_a_4",
                        "accompagnement_souhaite"),
                    feelings)),
            store(
                day,
                "ideas",
                csv(
                    List.of(
                        "preoccupation_du_groupe",
                        "pratiques_decouvertes",
                        "idees_du_journal_de_bord",
                        "idees_a_essayer",
                        "mise_en_pratique",
                        "idees_quelques_jours_apres"),
                    ideas)),
            store(
                day,
                "referents",
                csv(
                    List.of(
                        "referent", "discipline", "preoccupation", "pourquoi", "rejoint_le_vivier"),
                    referentRows)),
            store(
                day,
                "animators",
                csv(
                    List.of(
                        "animateur",
                        "etablissement",
                        "courriel",
                        "preoccupations_animees",
                        "origine",
                        "journees_animees",
                        "derniere_journee"),
                    pool)));
    day.published(EngineClock.now());
    return stored;
  }

  private WorkshopDayOutput store(WorkshopDay day, String kind, String content) {
    String fileName = "journee-" + day.getId() + "-" + fileLabel(kind) + ".csv";
    Optional<WorkshopDayOutput> earlier = outputs.findByWorkshopDayIdAndKind(day.getId(), kind);
    earlier.ifPresent(output -> output.republished(fileName, content, EngineClock.now()));
    return outputs.save(
        earlier.orElseGet(
            () -> new WorkshopDayOutput(day.getId(), kind, fileName, content, EngineClock.now())));
  }

  /** Where a published file is downloaded: the path of {@link WorkshopDayController#OUTPUT}. */
  public static String downloadPath(Long workshopDayId, String kind) {
    return WorkshopDayController.OUTPUT
        .replace("{id}", String.valueOf(workshopDayId))
        .replace("{kind}", kind);
  }

  static String fileLabel(String kind) {
    return switch (kind) {
      case "feelings" -> "ressentis";
      case "ideas" -> "premieres-idees";
      case "referents" -> "referents";
      default -> "vivier-animateurs";
    };
  }

  @Transactional(readOnly = true)
  public Optional<WorkshopDayOutput> output(Long workshopDayId, String kind) {
    return outputs.findByWorkshopDayIdAndKind(workshopDayId, kind);
  }

  private static String practiceLabel(String code) {
    return code == null
        ? ""
        : switch (code) {
          case "yes" -> "essayé en classe";
          case "planned" -> "prévu";
          default -> "pas encore";
        };
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static String csv(List<String> header, List<List<String>> rows) {
    return SpreadsheetCsvWriter.write(header, csv -> csv.printRecords(rows));
  }
}
