package fr.reseau.ecoles.workshop;

import static fr.reseau.ecoles.workshop.WorkshopDayVariables.FREE_CHOICE_SLOT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.SLOT_COUNT;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.TEACHER_MOVES;
import static fr.reseau.ecoles.workshop.WorkshopDayVariables.WORKSHOPS;

import fr.reseau.ecoles.calendar.EngineClock;
import fr.reseau.ecoles.forminput.InvalidInputException;
import fr.reseau.ecoles.workshop.planning.GroupFormer;
import fr.reseau.ecoles.workshop.planning.GroupPath;
import fr.reseau.ecoles.workshop.planning.GroupingRequest;
import fr.reseau.ecoles.workshop.planning.GroupingResult;
import fr.reseau.ecoles.workshop.planning.PathPlanner;
import fr.reseau.ecoles.workshop.planning.PathRequest;
import fr.reseau.ecoles.workshop.planning.PathResult;
import fr.reseau.ecoles.workshop.planning.PlanningTeacher;
import fr.reseau.ecoles.workshop.planning.TeacherGroup;
import fr.reseau.ecoles.workshop.planning.WorkshopSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temps 2 planned: the workshops and their slots, the groups (GroupFormer), each group's path
 * (PathPlanner), the teachers' free choices, the team's adjustments and the invitations.
 */
@Service
@Transactional
public class DayPlanningService {

  public static final Set<String> FORMATS = Set.of("demonstration", "pratique", "echange");
  static final Map<String, String> FORMAT_LABELS =
      Map.of(
          "demonstration",
          "démonstration",
          "pratique",
          "atelier pratique",
          "echange",
          "échange de pratiques");
  public static final int MAX_SLOTS = 4;

  private final WorkshopDayService days;
  private final AnimatorPoolService animators;
  private final WorkshopRepository workshops;
  private final DayGroupRepository groups;
  private final ParticipantRepository participants;

  public DayPlanningService(
      WorkshopDayService days,
      AnimatorPoolService animators,
      WorkshopRepository workshops,
      DayGroupRepository groups,
      ParticipantRepository participants) {
    this.days = days;
    this.animators = animators;
    this.workshops = workshops;
    this.groups = groups;
    this.participants = participants;
  }

  /** A row of the plan-workshops form. */
  public record WorkshopRow(
      String code,
      String title,
      String animatorName,
      String concern,
      String format,
      Integer durationMinutes,
      String slots,
      Integer capacity) {}

  /** The rows the team starts from: the current plan, or one workshop per briefing. */
  /**
   * The rows the team starts from: one workshop per briefing, as planned last time when it was (a
   * workshop left without slots comes back with none, so it can be planned again).
   */
  @Transactional(readOnly = true)
  public List<WorkshopRow> workshopRows(Long workshopDayId) {
    Map<String, Workshop> planned =
        workshops.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .collect(Collectors.toMap(Workshop::getCode, w -> w));
    boolean replanning = !planned.isEmpty();
    List<WorkshopRow> rows = new ArrayList<>();
    int n = 0;
    for (AnimatorBriefing briefing : animators.briefings(workshopDayId)) {
      Animator animator = animators.requireAnimator(briefing.getAnimatorId());
      String code = "A" + (++n);
      Workshop w = planned.get(code);
      if (w != null) {
        rows.add(
            new WorkshopRow(
                code,
                w.getTitle(),
                w.getAnimatorName(),
                w.getConcern(),
                w.getFormat(),
                w.getDurationMinutes(),
                w.getSlots(),
                w.getCapacity()));
        continue;
      }
      int demo = briefing.getDemonstrationShare() == null ? 50 : briefing.getDemonstrationShare();
      rows.add(
          new WorkshopRow(
              code,
              briefing.getConcern() + " – " + animator.getFullName(),
              animator.getFullName(),
              briefing.getConcern(),
              demo >= 60 ? "demonstration" : demo <= 30 ? "echange" : "pratique",
              60,
              replanning ? "" : "1",
              12));
    }
    return rows;
  }

  /**
   * Task_PlanWorkshops: the slots of the day, the optional free-choice slot and each workshop's
   * sessions. Checked: formats, lengths, capacities, slots within the day, an animator in one
   * session at a time, something to choose in the free slot. Replaces the previous plan.
   */
  public void planWorkshops(
      Long workshopDayId,
      int slotCount,
      String slotTimes,
      Integer freeChoiceSlot,
      List<WorkshopRow> rows) {
    WorkshopDay day = days.require(workshopDayId);
    if (slotCount < 1 || slotCount > MAX_SLOTS) {
      throw new InvalidInputException(
          SLOT_COUNT, "de 1 à " + MAX_SLOTS + " créneaux (reçu " + slotCount + ").");
    }
    if (freeChoiceSlot != null && (freeChoiceSlot < 1 || freeChoiceSlot > slotCount)) {
      throw new InvalidInputException(
          FREE_CHOICE_SLOT,
          "le créneau libre doit être un des créneaux de la journée (1 à " + slotCount + ").");
    }
    if (freeChoiceSlot != null && slotCount < 2) {
      throw new InvalidInputException(
          FREE_CHOICE_SLOT, "un créneau libre demande au moins deux créneaux dans la journée.");
    }
    Map<String, WorkshopRow> expected =
        workshopRows(workshopDayId).stream()
            .collect(Collectors.toMap(WorkshopRow::code, r -> r, (a, b) -> a, LinkedHashMap::new));
    Map<String, Long> animatorOf = new HashMap<>();
    for (AnimatorBriefing b : animators.briefings(workshopDayId)) {
      animatorOf.putIfAbsent(
          animators.requireAnimator(b.getAnimatorId()).getFullName(), b.getAnimatorId());
    }
    List<Workshop> plan = new ArrayList<>();
    Map<String, String> animatorSlots = new HashMap<>();
    Set<String> seenCodes = new HashSet<>();
    boolean freeSlotOffered = false;
    int row = 0;
    for (WorkshopRow submitted : rows) {
      row++;
      String where = "ligne " + row + " : ";
      WorkshopRow known = submitted.code() == null ? null : expected.get(submitted.code());
      if (known == null || !seenCodes.add(submitted.code())) {
        throw new InvalidInputException(
            WORKSHOPS, where + "atelier inconnu ou en double (" + submitted.code() + ").");
      }
      Set<Integer> slots = slots(submitted.slots(), slotCount, where);
      if (slots.isEmpty()) {
        continue;
      }
      if (submitted.title() == null
          || submitted.title().isBlank()
          || submitted.title().length() > 300) {
        throw new InvalidInputException(
            WORKSHOPS, where + "le titre de l'atelier est obligatoire (300 caractères au plus).");
      }
      if (submitted.format() == null || !FORMATS.contains(submitted.format())) {
        throw new InvalidInputException(
            WORKSHOPS,
            where + "choisissez le format (démonstration, atelier pratique ou échange).");
      }
      if (submitted.durationMinutes() == null
          || submitted.durationMinutes() < 15
          || submitted.durationMinutes() > 240) {
        throw new InvalidInputException(
            WORKSHOPS, where + "la durée doit être comprise entre 15 et 240 minutes.");
      }
      if (submitted.capacity() == null || submitted.capacity() < 2 || submitted.capacity() > 40) {
        throw new InvalidInputException(
            WORKSHOPS,
            where + "la capacité doit être comprise entre 2 et 40 enseignants par séance.");
      }
      for (int slot : slots) {
        String previous = animatorSlots.put(known.animatorName() + "#" + slot, known.code());
        if (previous != null) {
          throw new InvalidInputException(
              WORKSHOPS,
              where
                  + known.animatorName()
                  + " anime déjà l'atelier "
                  + previous
                  + " au créneau "
                  + slot
                  + ".");
        }
        freeSlotOffered |= freeChoiceSlot != null && slot == freeChoiceSlot;
      }
      Workshop workshop = new Workshop();
      workshop.setWorkshopDayId(workshopDayId);
      workshop.setCode(known.code());
      workshop.setTitle(submitted.title().strip());
      workshop.setAnimatorName(known.animatorName());
      workshop.setAnimatorId(animatorOf.get(known.animatorName()));
      workshop.setConcern(known.concern());
      workshop.setFormat(submitted.format());
      workshop.setDurationMinutes(submitted.durationMinutes());
      workshop.setSlots(slots.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      workshop.setCapacity(submitted.capacity());
      plan.add(workshop);
    }
    if (plan.isEmpty()) {
      throw new InvalidInputException(
          WORKSHOPS, "aucun atelier n'a de créneau : indiquez au moins un créneau par atelier.");
    }
    if (freeChoiceSlot != null && !freeSlotOffered) {
      throw new InvalidInputException(
          FREE_CHOICE_SLOT,
          "aucun atelier n'a lieu au créneau libre "
              + freeChoiceSlot
              + " : ajoutez-y des ateliers au choix, ou laissez ce champ vide.");
    }
    workshops.deleteByWorkshopDayId(workshopDayId);
    workshops.flush();
    workshops.saveAll(plan);
    day.setSlotCount(slotCount);
    day.setSlotTimes(slotTimes);
    day.setFreeChoiceSlot(freeChoiceSlot);
  }

  private static Set<Integer> slots(String text, int slotCount, String where) {
    Set<Integer> slots = new TreeSet<>();
    if (text == null) {
      return slots;
    }
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        int slot = Integer.parseInt(part);
        if (slot < 1 || slot > slotCount) {
          throw new NumberFormatException();
        }
        slots.add(slot);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            WORKSHOPS,
            where + "« " + part + " » n'est pas un créneau de la journée (1 à " + slotCount + ").");
      }
    }
    return slots;
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
        new GroupFormer()
            .form(
                new GroupingRequest(
                    teachers, WorkshopDayService.chosenConcerns(day), maxGroupSize));
    groups.deleteByWorkshopDayId(workshopDayId);
    participants.deleteByWorkshopDayId(workshopDayId);
    groups.flush();
    Map<String, String> groupOf = new HashMap<>();
    for (TeacherGroup g : result.groups()) {
      DayGroup group = new DayGroup();
      group.setWorkshopDayId(workshopDayId);
      group.setCode(g.id());
      group.setConcern(g.concern());
      group.setCatalystUserId(g.catalystId());
      group.setMemberUserIds(String.join(",", g.teacherIds()));
      groups.save(group);
      g.teacherIds().forEach(t -> groupOf.put(t, g.id()));
    }
    for (QuestionnaireAnswer a : answers) {
      Participant p = new Participant();
      p.setWorkshopDayId(workshopDayId);
      p.setTeacherUserId(a.getTeacherUserId());
      p.setDisplayName(a.getDisplayName());
      p.setGroupCode(groupOf.get(a.getTeacherUserId()));
      participants.save(p);
    }
    day.setGroupingScore(result.score().toString());
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
    day.setPlanningNotes(clip(String.join("\n", notes)));
    return result;
  }

  /** Task_PlanPaths: each group's sequence of sessions over the slots. */
  public PathResult planPaths(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    List<DayGroup> dayGroups = groups.findByWorkshopDayIdOrderById(workshopDayId);
    PathResult result = new PathPlanner().plan(pathRequest(day, dayGroups));
    Map<String, GroupPath> byGroup =
        result.paths().stream().collect(Collectors.toMap(GroupPath::groupId, p -> p));
    for (DayGroup group : dayGroups) {
      GroupPath path = byGroup.get(group.getCode());
      group.setPath(
          path == null
              ? ""
              : path.steps().stream()
                  .map(s -> s.slot() + ":" + s.workshopId())
                  .collect(Collectors.joining(",")));
    }
    day.setPathScore(result.score().toString());
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
    day.setPlanningNotes(clip(String.join("\n", notes)));
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
    return group.getMemberUserIds() == null || group.getMemberUserIds().isBlank()
        ? List.of()
        : Arrays.asList(group.getMemberUserIds().split(","));
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

  /** The sessions offered in the free-choice slot, with the places left. */
  public record FreeOffer(String workshopCode, String label, int placesLeft) {}

  @Transactional(readOnly = true)
  public List<FreeOffer> freeOffers(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    if (day.getFreeChoiceSlot() == null) {
      return List.of();
    }
    Map<String, Long> picks =
        participants(workshopDayId).stream()
            .filter(p -> p.getFreeChoiceWorkshopCode() != null)
            .collect(
                Collectors.groupingBy(
                    Participant::getFreeChoiceWorkshopCode, Collectors.counting()));
    return workshops(workshopDayId).stream()
        .filter(w -> runsIn(w, day.getFreeChoiceSlot()))
        .map(
            w ->
                new FreeOffer(
                    w.getCode(),
                    w.getCode()
                        + " – "
                        + w.getTitle()
                        + " ("
                        + w.getAnimatorName()
                        + ", "
                        + FORMAT_LABELS.get(w.getFormat())
                        + ", "
                        + w.getDurationMinutes()
                        + " min)",
                    w.getCapacity() - picks.getOrDefault(w.getCode(), 0L).intValue()))
        .toList();
  }

  /** The offers a teacher may still take: places left, and not already in the group's path. */
  @Transactional(readOnly = true)
  public List<FreeOffer> freeOffersFor(Long workshopDayId, String teacher) {
    Collection<String> alreadyInPath = pathWorkshops(workshopDayId, teacher);
    return freeOffers(workshopDayId).stream()
        .filter(o -> o.placesLeft() > 0 && !alreadyInPath.contains(o.workshopCode()))
        .toList();
  }

  private static boolean runsIn(Workshop workshop, int slot) {
    return Arrays.stream(workshop.getSlots().split(",\\s*"))
        .anyMatch(s -> s.equals(String.valueOf(slot)));
  }

  /**
   * Task_ChooseFreeWorkshop: first come, first served. The workshop's row is locked while counting,
   * so two teachers completing at the same time on two nodes cannot both take the last place.
   */
  public void chooseFreeWorkshop(Long workshopDayId, String teacher, String workshopCode) {
    WorkshopDay day = days.require(workshopDayId);
    Workshop workshop =
        workshops.findByWorkshopDayIdOrderById(workshopDayId).stream()
            .filter(
                w ->
                    w.getCode().equals(workshopCode)
                        && day.getFreeChoiceSlot() != null
                        && runsIn(w, day.getFreeChoiceSlot()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
                        "choisissez un des ateliers proposés au créneau libre."));
    workshops.lockById(workshop.getId());
    Participant participant =
        participants
            .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
                        teacher + " ne participe pas à cette journée."));
    if (pathWorkshops(workshopDayId, teacher).contains(workshopCode)) {
      throw new InvalidInputException(
          WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
          "votre groupe suit déjà l'atelier « "
              + workshop.getTitle()
              + " » dans son parcours : choisissez-en un autre.");
    }
    long taken =
        participants.countByWorkshopDayIdAndFreeChoiceWorkshopCodeAndTeacherUserIdNot(
            workshopDayId, workshopCode, teacher);
    if (taken >= workshop.getCapacity()) {
      throw new InvalidInputException(
          WorkshopDayVariables.FREE_WORKSHOP_CHOICE,
          "l'atelier « "
              + workshop.getTitle()
              + " » est complet ("
              + workshop.getCapacity()
              + " places) : choisissez-en un autre.");
    }
    participant.setFreeChoiceWorkshopCode(workshopCode);
  }

  /** The workshops the teacher's group attends in its path (none without a group). */
  @Transactional(readOnly = true)
  public Collection<String> pathWorkshops(Long workshopDayId, String teacher) {
    return participants
        .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
        .map(Participant::getGroupCode)
        .flatMap(
            code ->
                groups(workshopDayId).stream().filter(g -> g.getCode().equals(code)).findFirst())
        .map(g -> g.steps().values())
        .orElse(List.of());
  }

  /** A teacher moved by the project team. */
  public record Move(String teacher, String group) {}

  /**
   * Task_ReviewGroupsAndPaths: moves re-checked against the hard rules (group size, shared concern,
   * capacity of every session on the target group's path). A group left empty is removed.
   */
  public void moveTeachers(Long workshopDayId, List<Move> moves, int maxGroupSize) {
    Map<String, DayGroup> byCode =
        groups(workshopDayId).stream().collect(Collectors.toMap(DayGroup::getCode, g -> g));
    Map<String, QuestionnaireAnswer> answers =
        days.answers(workshopDayId).stream()
            .collect(Collectors.toMap(QuestionnaireAnswer::getTeacherUserId, Function.identity()));
    Map<String, Workshop> workshopByCode =
        workshops(workshopDayId).stream().collect(Collectors.toMap(Workshop::getCode, w -> w));
    int row = 0;
    for (Move move : moves) {
      row++;
      String where = "ligne " + row + " : ";
      Participant participant =
          move.teacher() == null
              ? null
              : participants
                  .findByWorkshopDayIdAndTeacherUserId(workshopDayId, move.teacher())
                  .orElse(null);
      DayGroup target = move.group() == null ? null : byCode.get(move.group());
      if (participant == null || target == null) {
        throw new InvalidInputException(
            TEACHER_MOVES, where + "choisissez un enseignant de la journée et un groupe existant.");
      }
      if (target.getCode().equals(participant.getGroupCode())) {
        continue;
      }
      if (!QuestionnaireService.rankedConcerns(answers.get(move.teacher()))
          .contains(target.getConcern())) {
        throw new InvalidInputException(
            TEACHER_MOVES,
            where
                + participant.getDisplayName()
                + " n'a pas cité « "
                + target.getConcern()
                + " », la préoccupation du groupe "
                + target.getCode()
                + ".");
      }
      if (members(target).size() + 1 > maxGroupSize) {
        throw new InvalidInputException(
            TEACHER_MOVES,
            where
                + "le groupe "
                + target.getCode()
                + " compterait plus de "
                + maxGroupSize
                + " enseignants.");
      }
      for (var step : target.steps().entrySet()) {
        Workshop workshop = workshopByCode.get(step.getValue());
        int attendance =
            1
                + byCode.values().stream()
                    .filter(g -> step.getValue().equals(g.steps().get(step.getKey())))
                    .mapToInt(g -> members(g).size())
                    .sum();
        if (workshop != null && attendance > workshop.getCapacity()) {
          throw new InvalidInputException(
              TEACHER_MOVES,
              where
                  + "l'atelier "
                  + workshop.getCode()
                  + " du créneau "
                  + step.getKey()
                  + " dépasserait sa capacité ("
                  + workshop.getCapacity()
                  + " places).");
        }
      }
      DayGroup source =
          participant.getGroupCode() == null ? null : byCode.get(participant.getGroupCode());
      if (source != null) {
        List<String> rest = new ArrayList<>(members(source));
        rest.remove(move.teacher());
        source.setMemberUserIds(String.join(",", rest));
        if (move.teacher().equals(source.getCatalystUserId())) {
          source.setCatalystUserId(
              rest.stream().filter(t -> answers.get(t).isCatalyst()).findFirst().orElse(null));
        }
        if (rest.isEmpty()) {
          groups.delete(source);
          byCode.remove(source.getCode());
        }
      }
      List<String> joined = new ArrayList<>(members(target));
      joined.add(move.teacher());
      target.setMemberUserIds(String.join(",", joined));
      if (target.getCatalystUserId() == null && answers.get(move.teacher()).isCatalyst()) {
        target.setCatalystUserId(move.teacher());
      }
      participant.setGroupCode(target.getCode());
    }
  }

  /** Task_SendInvitations: each teacher's group and path, stored with the date they were sent. */
  public int sendInvitations(Long workshopDayId) {
    WorkshopDay day = days.require(workshopDayId);
    int sent = 0;
    for (Participant p : participants(workshopDayId)) {
      p.setInvitation(invitation(day, p));
      p.setInvitedAt(EngineClock.now());
      sent++;
    }
    day.setStatus(WorkshopDayStatus.INVITED);
    return sent;
  }

  /** A teacher's day, in French (markdown): their group, then what they attend in each slot. */
  @Transactional(readOnly = true)
  public String invitation(WorkshopDay day, Participant participant) {
    if (participant.getGroupCode() == null) {
      return "Vous n'êtes dans aucun groupe : aucune des préoccupations que vous avez citées n'a été retenue. "
          + "L'équipe projet vous proposera de rejoindre un atelier.";
    }
    DayGroup group =
        groups(day.getId()).stream()
            .filter(g -> g.getCode().equals(participant.getGroupCode()))
            .findFirst()
            .orElseThrow();
    Map<String, Workshop> byCode =
        workshops(day.getId()).stream().collect(Collectors.toMap(Workshop::getCode, w -> w));
    Map<Integer, String> steps = group.steps();
    String[] times = day.getSlotTimes() == null ? new String[0] : day.getSlotTimes().split(";");
    StringBuilder text =
        new StringBuilder(
            "**"
                + day.getTitle()
                + "**, le "
                + day.getDayDate()
                    .format(
                        java.time.format.DateTimeFormatter.ofPattern(
                            "EEEE d MMMM yyyy", java.util.Locale.FRENCH))
                + ".\n\n");
    text.append("Votre groupe : **")
        .append(group.getCode())
        .append("** (préoccupation « ")
        .append(group.getConcern())
        .append(" », ")
        .append(members(group).size())
        .append(" enseignants).\n");
    for (int slot = 1; slot <= day.getSlotCount(); slot++) {
      String time = slot <= times.length ? " (" + times[slot - 1].strip() + ")" : "";
      text.append("\n- Créneau ").append(slot).append(time).append(" : ");
      Workshop workshop;
      if (day.getFreeChoiceSlot() != null && slot == day.getFreeChoiceSlot()) {
        workshop =
            participant.getFreeChoiceWorkshopCode() == null
                ? null
                : byCode.get(participant.getFreeChoiceWorkshopCode());
        text.append("atelier libre, ")
            .append(
                workshop == null ? "à choisir sur place" : "votre choix : " + describe(workshop));
      } else {
        workshop = steps.containsKey(slot) ? byCode.get(steps.get(slot)) : null;
        text.append(workshop == null ? "pause, échanges libres" : describe(workshop));
      }
    }
    return text.toString();
  }

  private static String describe(Workshop w) {
    return "« "
        + w.getTitle()
        + " » animé par "
        + w.getAnimatorName()
        + " ("
        + FORMAT_LABELS.get(w.getFormat())
        + ", "
        + w.getDurationMinutes()
        + " min)";
  }

  /** The invitation of a participant of the day (their group and path); none for an outsider. */
  @Transactional(readOnly = true)
  public String invitationOf(Long workshopDayId, String teacher) {
    return participants
        .findByWorkshopDayIdAndTeacherUserId(workshopDayId, teacher)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    teacher + " is not a participant of day " + workshopDayId))
        .getInvitation();
  }

  /** The placed teachers who have not chosen their free workshop (none without a free slot). */
  @Transactional(readOnly = true)
  public List<String> missingFreeChoices(Long workshopDayId) {
    return days.require(workshopDayId).getFreeChoiceSlot() == null
        ? List.of()
        : participants(workshopDayId).stream()
            .filter(p -> p.getGroupCode() != null && p.getFreeChoiceWorkshopCode() == null)
            .map(Participant::getDisplayName)
            .toList();
  }

  /**
   * The plan's report for the team (markdown, in French): the solvers' explanations, then the
   * points to look at (the planning's notes, the free choices not made).
   */
  @Transactional(readOnly = true)
  public String planningReport(
      Long workshopDayId, Object groupingExplanation, Object pathExplanation) {
    StringBuilder text = new StringBuilder();
    // The solver's explanations start with the score itself.
    text.append("**Groupes** : ").append(groupingExplanation).append("\n\n");
    text.append("**Parcours** : ").append(pathExplanation).append("\n");
    List<String> lines = new ArrayList<>();
    String notes = days.require(workshopDayId).getPlanningNotes();
    if (notes != null && !notes.isBlank()) {
      lines.addAll(List.of(notes.split("\n")));
    }
    List<String> missingChoices = missingFreeChoices(workshopDayId);
    if (!missingChoices.isEmpty()) {
      lines.add("Atelier libre non choisi : " + String.join(", ", missingChoices) + ".");
    }
    if (!lines.isEmpty()) {
      text.append("\n**Points à regarder** :\n");
      lines.forEach(l -> text.append("\n- ").append(l));
    }
    return text.toString();
  }

  /** The path of a group in French, e.g. « 1 : A1 · 2 : A3 · 3 : libre ». */
  @Transactional(readOnly = true)
  public String pathText(WorkshopDay day, DayGroup group) {
    Map<Integer, String> steps = group.steps();
    List<String> parts = new ArrayList<>();
    for (int slot = 1; slot <= day.getSlotCount(); slot++) {
      boolean free = day.getFreeChoiceSlot() != null && slot == day.getFreeChoiceSlot();
      parts.add(slot + " : " + (free ? "libre" : steps.getOrDefault(slot, "—")));
    }
    return String.join(" · ", parts);
  }
}
