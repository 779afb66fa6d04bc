package fr.reseau.ecoles.workshop;

import fr.reseau.ecoles.workshop.planning.GroupFormer;
import fr.reseau.ecoles.workshop.planning.GroupPath;
import fr.reseau.ecoles.workshop.planning.GroupingRequest;
import fr.reseau.ecoles.workshop.planning.GroupingResult;
import fr.reseau.ecoles.workshop.planning.PathPlanner;
import fr.reseau.ecoles.workshop.planning.PathRequest;
import fr.reseau.ecoles.workshop.planning.PathResult;
import fr.reseau.ecoles.workshop.planning.PlanningTeacher;
import fr.reseau.ecoles.workshop.planning.SolverLimits;
import fr.reseau.ecoles.workshop.planning.TeacherGroup;
import fr.reseau.ecoles.workshop.planning.WorkshopSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temps 2 planned: the groups (GroupFormer) and each group's path (PathPlanner), stored with the
 * solvers' notes. The workshops are {@link WorkshopPlanService}'s, the free choices {@link
 * FreeChoiceService}'s, the team's review {@link GroupReviewService}'s, the invitations {@link
 * InvitationService}'s.
 */
@Service
@Transactional
@EnableConfigurationProperties(PlanningSettings.class)
public class DayPlanningService {

  private final WorkshopDayService days;
  private final WorkshopRepository workshops;
  private final DayGroupRepository groups;
  private final ParticipantRepository participants;
  private final SolverLimits limits;

  public DayPlanningService(
      WorkshopDayService days,
      WorkshopRepository workshops,
      DayGroupRepository groups,
      ParticipantRepository participants,
      PlanningSettings settings) {
    this.days = days;
    this.workshops = workshops;
    this.groups = groups;
    this.participants = participants;
    this.limits = settings.limits();
  }

  /** Task_FormGroups: the day's respondents in groups of at most {@code maxGroupSize}. */
  public GroupingResult formGroups(Long workshopDayId, int maxGroupSize) {
    WorkshopDay day = days.require(workshopDayId);
    List<QuestionnaireAnswer> answers = days.answers(workshopDayId);
    List<PlanningTeacher> teachers =
        answers.stream()
            .map(
                a ->
                    new PlanningTeacher(
                        a.getTeacherUserId(),
                        a.getDisplayName(),
                        a.getDiscipline(),
                        QuestionnaireService.rankedConcerns(a),
                        a.getDigitalEase(),
                        a.getSeniorityYears(),
                        a.isCatalyst()))
            .toList();
    GroupingResult result =
        new GroupFormer(limits)
            .form(
                new GroupingRequest(
                    teachers, WorkshopDayService.chosenConcerns(day), maxGroupSize));
    groups.deleteByWorkshopDayId(workshopDayId);
    participants.deleteByWorkshopDayId(workshopDayId);
    groups.flush();
    Map<String, String> groupOf = new HashMap<>();
    for (TeacherGroup g : result.groups()) {
      groups.save(new DayGroup(workshopDayId, g.id(), g.concern(), g.catalystId(), g.teacherIds()));
      g.teacherIds().forEach(t -> groupOf.put(t, g.id()));
    }
    for (QuestionnaireAnswer a : answers) {
      participants.save(
          new Participant(
              workshopDayId,
              a.getTeacherUserId(),
              a.getDisplayName(),
              groupOf.get(a.getTeacherUserId())));
    }
    Map<String, String> names =
        answers.stream()
            .collect(
                Collectors.toMap(
                    QuestionnaireAnswer::getTeacherUserId, QuestionnaireAnswer::getDisplayName));
    List<String> notes = new ArrayList<>();
    result
        .unplaced()
        .forEach(
            u ->
                notes.add(
                    "Sans groupe : "
                        + names.getOrDefault(u.teacherId(), u.teacherId())
                        + " — "
                        + u.reason()));
    notes.addAll(result.unmetWishes());
    day.groupsFormed(result.score().toString(), clip(String.join("\n", notes)));
    return result;
  }

  /** Task_PlanPaths: each group's sequence of sessions over the slots. */
  public PathResult planPaths(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    List<DayGroup> dayGroups = groups.findByWorkshopDayIdOrderById(workshopDayId);
    PathResult result = new PathPlanner(limits).plan(pathRequest(day, dayGroups));
    Map<String, GroupPath> byGroup =
        result.paths().stream().collect(Collectors.toMap(GroupPath::groupId, p -> p));
    for (DayGroup group : dayGroups) {
      GroupPath path = byGroup.get(group.getCode());
      SortedMap<Integer, String> steps = new TreeMap<>();
      if (path != null) {
        path.steps().forEach(s -> steps.put(s.slot(), s.workshopId()));
      }
      group.pathPlanned(steps);
    }
    List<String> notes = new ArrayList<>();
    if (day.getPlanningNotes() != null && !day.getPlanningNotes().isBlank()) {
      notes.add(day.getPlanningNotes());
    }
    result
        .uncoveredGroups()
        .forEach(
            g ->
                notes.add(
                    "Groupe "
                        + g.groupId()
                        + " sans atelier sur sa préoccupation : "
                        + g.reason()));
    notes.addAll(result.unmetWishes());
    day.pathsPlanned(result.score().toString(), clip(String.join("\n", notes)));
    return result;
  }

  /** The notes column holds 8000 characters; a very large day's list is cut, and says so. */
  private static String clip(String notes) {
    return notes.length() <= 7900 ? notes : notes.substring(0, 7900) + "\n(liste tronquée)";
  }

  private PathRequest pathRequest(WorkshopDay day, List<DayGroup> dayGroups) {
    List<TeacherGroup> teacherGroups =
        dayGroups.stream()
            .map(
                g ->
                    new TeacherGroup(
                        g.getCode(), g.getConcern(), members(g), g.getCatalystUserId()))
            .toList();
    return new PathRequest(
        teacherGroups, sessions(day.getId()), day.getSlotCount(), day.getFreeChoiceSlot());
  }

  private List<WorkshopSession> sessions(Long workshopDayId) {
    List<WorkshopSession> sessions = new ArrayList<>();
    for (Workshop w : workshops.findByWorkshopDayIdOrderById(workshopDayId)) {
      for (String slot : w.getSlots().split(",\\s*")) {
        sessions.add(
            new WorkshopSession(
                w.getCode() + "-" + slot,
                w.getCode(),
                w.getConcern(),
                w.getAnimatorName(),
                Integer.parseInt(slot),
                w.getCapacity()));
      }
    }
    return sessions;
  }

  public static List<String> members(DayGroup group) {
    return group.members();
  }

  @Transactional(readOnly = true)
  public List<DayGroup> groups(Long workshopDayId) {
    return groups.findByWorkshopDayIdOrderById(workshopDayId);
  }

  @Transactional(readOnly = true)
  public List<Participant> participants(Long workshopDayId) {
    return participants.findByWorkshopDayIdOrderById(workshopDayId);
  }

  @Transactional(readOnly = true)
  public List<Workshop> workshops(Long workshopDayId) {
    return workshops.findByWorkshopDayIdOrderById(workshopDayId);
  }

  /** The placed teachers, who get the day's tasks. */
  @Transactional(readOnly = true)
  public List<String> placedTeachers(Long workshopDayId) {
    return participants(workshopDayId).stream()
        .filter(p -> p.getGroupCode() != null)
        .map(Participant::getTeacherUserId)
        .toList();
  }
}
