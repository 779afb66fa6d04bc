package fr.reseau.ecoles.workshop.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random inputs for the property and brute-force tests (seeded: every run sees the same cases). */
final class RandomWorkshops {

  static final List<String> CONCERNS =
      List.of("Différenciation", "Oral", "Évaluation", "Autonomie", "Collaboration");
  static final List<String> DISCIPLINES =
      List.of("Mathématiques", "Français", "Histoire-géographie", "SVT");

  private RandomWorkshops() {}

  static GroupingRequest grouping(Random random, int maxTeachers) {
    List<String> pool = new ArrayList<>(CONCERNS);
    Collections.shuffle(pool, random);
    List<String> chosen = pool.subList(0, 3 + random.nextInt(2));
    int n = 1 + random.nextInt(maxTeachers);
    List<PlanningTeacher> teachers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> own = new ArrayList<>(CONCERNS);
      Collections.shuffle(own, random);
      int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
      teachers.add(
          new PlanningTeacher(
              "t" + i,
              "Enseignant " + i,
              DISCIPLINES.get(random.nextInt(DISCIPLINES.size())),
              own.subList(0, count),
              1 + random.nextInt(4),
              random.nextInt(35),
              random.nextInt(4) == 0));
    }
    return new GroupingRequest(teachers, List.copyOf(chosen), 2 + random.nextInt(5));
  }

  static PathRequest paths(
      Random random, int maxGroups, int maxSlots, int maxSessionsPerSlot, int maxGroupSize) {
    int slots = 1 + random.nextInt(maxSlots);
    Integer free = slots > 1 && random.nextInt(3) == 0 ? 1 + random.nextInt(slots) : null;
    List<String> concerns = CONCERNS.subList(0, 3);
    int groupCount = 1 + random.nextInt(maxGroups);
    List<TeacherGroup> groups = new ArrayList<>();
    int teacher = 0;
    for (int g = 0; g < groupCount; g++) {
      int size = 1 + random.nextInt(maxGroupSize);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < size; i++) ids.add("t" + teacher++);
      groups.add(
          new TeacherGroup(
              "G" + (g + 1), concerns.get(random.nextInt(concerns.size())), ids, null));
    }
    int workshops = 2 + random.nextInt(3);
    List<WorkshopSession> sessions = new ArrayList<>();
    for (int slot = 1; slot <= slots; slot++) {
      List<Integer> ws = new ArrayList<>();
      for (int w = 0; w < workshops; w++) ws.add(w);
      Collections.shuffle(ws, random);
      int count = random.nextInt(maxSessionsPerSlot + 1);
      for (int j = 0; j < Math.min(count, workshops); j++) {
        int w = ws.get(j);
        sessions.add(
            new WorkshopSession(
                "S" + slot + "-" + w,
                "W" + w,
                concerns.get(w % concerns.size()),
                "Animateur " + w,
                slot,
                1 + random.nextInt(2 * maxGroupSize + 2)));
      }
    }
    return new PathRequest(groups, sessions, slots, free);
  }
}
