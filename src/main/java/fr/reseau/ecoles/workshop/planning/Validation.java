package fr.reseau.ecoles.workshop.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input checks; every message is in French, for HTTP 400 answers and form errors (package-private).
 */
final class Validation {

  static final int MAX_SLOTS = 12;
  static final int MAX_SESSIONS = 200;
  static final int MAX_GROUPS = 100;

  private Validation() {}

  static void validate(GroupingRequest request) {
    require(request != null, "La demande de constitution des groupes est absente.");
    require(
        request.teachers() != null && !request.teachers().isEmpty(),
        "La liste des enseignants est vide.");
    require(
        request.teachers().size() <= GroupFormer.MAX_TEACHERS,
        "Trop d'enseignants ("
            + request.teachers().size()
            + ") : "
            + GroupFormer.MAX_TEACHERS
            + " au plus.");
    List<String> concerns = request.chosenConcerns();
    require(
        concerns != null && concerns.size() >= 3 && concerns.size() <= 4,
        "Il faut retenir 3 ou 4 préoccupations pour la journée (reçu : "
            + (concerns == null ? 0 : concerns.size())
            + ").");
    for (String c : concerns) {
      require(c != null && !c.isBlank(), "Une préoccupation retenue est vide.");
    }
    require(!GroupFormer.hasDuplicates(concerns), "Une préoccupation est retenue deux fois.");
    require(
        request.maxGroupSize() >= 2
            && request.maxGroupSize() <= GroupingRequest.DEFAULT_MAX_GROUP_SIZE,
        "La taille maximale d'un groupe doit être comprise entre 2 et 6 enseignants (reçu : "
            + request.maxGroupSize()
            + ").");
    Set<String> ids = new HashSet<>();
    int position = 0;
    for (PlanningTeacher t : request.teachers()) {
      position++;
      require(t != null, "L'enseignant en position " + position + " est absent.");
      require(
          t.id() != null && !t.id().isBlank(),
          "L'enseignant en position " + position + " n'a pas d'identifiant.");
      require(
          ids.add(t.id()), "L'identifiant « " + t.id() + " » est utilisé par deux enseignants.");
      require(
          t.displayName() != null && !t.displayName().isBlank(),
          "L'enseignant « " + t.id() + " » n'a pas de nom.");
      String name = t.displayName();
      require(
          t.discipline() != null && !t.discipline().isBlank(), name + " n'a pas de discipline.");
      require(
          t.rankedConcerns() != null,
          name + " n'a pas de liste de préoccupations (elle peut être vide).");
      for (String c : t.rankedConcerns()) {
        require(c != null && !c.isBlank(), "Une des préoccupations de " + name + " est vide.");
      }
      require(
          !GroupFormer.hasDuplicates(t.rankedConcerns()),
          name + " cite deux fois la même préoccupation.");
      require(
          t.digitalEase() >= 1 && t.digitalEase() <= 4,
          "L'aisance numérique de "
              + name
              + " doit être comprise entre 1 et 4 (reçu : "
              + t.digitalEase()
              + ").");
      require(
          t.seniorityYears() >= 0 && t.seniorityYears() <= 50,
          "L'ancienneté de "
              + name
              + " doit être comprise entre 0 et 50 ans (reçu : "
              + t.seniorityYears()
              + ").");
    }
  }

  static void validate(PathRequest request) {
    require(request != null, "La demande de parcours est absente.");
    int slots = request.slotCount();
    require(
        slots >= 1 && slots <= MAX_SLOTS,
        "Le nombre de créneaux doit être compris entre 1 et "
            + MAX_SLOTS
            + " (reçu : "
            + slots
            + ").");
    Integer free = request.freeChoiceSlot();
    require(
        free == null || (free >= 1 && free <= slots),
        "Le créneau au choix doit être l'un des créneaux 1 à " + slots + " (reçu : " + free + ").");
    require(
        free == null || slots > 1,
        "Le créneau au choix ne peut pas être le seul créneau de la journée.");
    require(
        request.groups() != null && !request.groups().isEmpty(), "La liste des groupes est vide.");
    require(
        request.groups().size() <= MAX_GROUPS,
        "Trop de groupes (" + request.groups().size() + ") : " + MAX_GROUPS + " au plus.");
    Set<String> groupIds = new HashSet<>();
    Set<String> teacherIds = new HashSet<>();
    for (TeacherGroup g : request.groups()) {
      require(g != null, "Un groupe de la liste est absent.");
      require(g.id() != null && !g.id().isBlank(), "Un groupe n'a pas d'identifiant.");
      require(
          groupIds.add(g.id()),
          "L'identifiant de groupe « " + g.id() + " » est utilisé deux fois.");
      require(
          g.concern() != null && !g.concern().isBlank(),
          "Le groupe " + g.id() + " n'a pas de préoccupation.");
      require(
          g.teacherIds() != null && !g.teacherIds().isEmpty(),
          "Le groupe " + g.id() + " n'a aucun enseignant.");
      for (String t : g.teacherIds()) {
        require(
            t != null && !t.isBlank(),
            "Le groupe " + g.id() + " contient un enseignant sans identifiant.");
        require(teacherIds.add(t), "L'enseignant « " + t + " » est dans deux groupes.");
      }
    }
    require(request.sessions() != null, "La liste des sessions d'ateliers est absente.");
    require(
        request.sessions().size() <= MAX_SESSIONS,
        "Trop de sessions d'ateliers ("
            + request.sessions().size()
            + ") : "
            + MAX_SESSIONS
            + " au plus.");
    Set<String> sessionIds = new HashSet<>();
    Map<String, String> workshopConcern = new HashMap<>();
    Set<String> animatorSlots = new HashSet<>();
    Set<String> workshopSlots = new HashSet<>();
    for (WorkshopSession s : request.sessions()) {
      require(s != null, "Une session d'atelier de la liste est absente.");
      require(s.id() != null && !s.id().isBlank(), "Une session d'atelier n'a pas d'identifiant.");
      require(
          sessionIds.add(s.id()),
          "L'identifiant de session « " + s.id() + " » est utilisé deux fois.");
      require(
          s.workshopId() != null && !s.workshopId().isBlank(),
          "La session " + s.id() + " n'indique pas son atelier.");
      require(
          s.concern() != null && !s.concern().isBlank(),
          "La session " + s.id() + " n'a pas de préoccupation.");
      require(
          s.slot() >= 1 && s.slot() <= slots,
          "La session "
              + s.id()
              + " est au créneau "
              + s.slot()
              + ", hors des créneaux 1 à "
              + slots
              + ".");
      require(
          s.capacity() >= 1,
          "La capacité de la session "
              + s.id()
              + " doit être d'au moins 1 enseignant (reçu : "
              + s.capacity()
              + ").");
      String previous = workshopConcern.putIfAbsent(s.workshopId(), s.concern().strip());
      require(
          previous == null || previous.equals(s.concern().strip()),
          "L'atelier « "
              + s.workshopId()
              + " » a deux préoccupations différentes selon ses sessions.");
      require(
          workshopSlots.add(s.workshopId() + "\u0000" + s.slot()),
          "L'atelier « " + s.workshopId() + " » a deux sessions au créneau " + s.slot() + ".");
      if (s.animator() != null && !s.animator().isBlank()) {
        require(
            animatorSlots.add(s.animator().strip() + "\u0000" + s.slot()),
            "L'animateur « "
                + s.animator().strip()
                + " » anime deux sessions au créneau "
                + s.slot()
                + ".");
      }
    }
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
