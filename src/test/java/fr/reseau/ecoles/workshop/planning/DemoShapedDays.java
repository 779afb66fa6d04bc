package fr.reseau.ecoles.workshop.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Workshop days shaped like the demo school's (src/main/resources/demo): its 24 teachers as they
 * are, or n teachers drawn like them (1 to 3 ranked concerns among 6 in circulation, the demo's
 * disciplines, digital ease 1–4, seniority 0–35 years, one catalyst in six), 4 concerns kept, and
 * the workshops of the demo day scaled up (3 slots, slot 3 left to the teachers' choice, each
 * workshop in every slot, capacities 12–30, as many workshops per concern as its share of first
 * choices asks, rounded so that some concerns are tight). Seeded: the same n gives the same day.
 */
final class DemoShapedDays {

  /** The four concerns of the demo day (WorkshopDayPeople). */
  static final List<String> KEPT =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences");

  /** Six in circulation: the demo questionnaire's five and one more. */
  static final List<String> IN_CIRCULATION =
      List.of(
          "Différenciation pédagogique",
          "Travail collaboratif des élèves",
          "Oral et expression",
          "Évaluation par compétences",
          "Esprit critique et information",
          "Numérique éducatif");

  static final List<String> DISCIPLINES =
      List.of(
          "Mathématiques",
          "Français",
          "Histoire-géographie",
          "SVT",
          "Anglais",
          "EPS",
          "Arts plastiques",
          "Technologie",
          "Physique-chimie",
          "Espagnol",
          "Éducation musicale",
          "Documentation");

  static final int SLOTS = 3;
  static final int FREE_SLOT = 3;

  private DemoShapedDays() {}

  /** The demo questionnaire's 24 teachers. */
  static List<PlanningTeacher> demoTeachers() {
    String csv;
    try (InputStream in =
        DemoShapedDays.class
            .getClassLoader()
            .getResourceAsStream("demo/questionnaire-college-demo.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<PlanningTeacher> teachers = new ArrayList<>();
    for (String line : csv.strip().split("\n")) {
      String[] f = line.strip().split(";");
      if (f[0].equals("enseignant")) continue;
      teachers.add(
          new PlanningTeacher(
              f[0],
              f[2] + " " + f[1],
              f[3],
              Arrays.asList(f[4].split("\\|")),
              Integer.parseInt(f[5]),
              Integer.parseInt(f[6]),
              f[7].equals("oui")));
    }
    return teachers;
  }

  /** n teachers drawn like the demo's; n = 24 gives the demo questionnaire itself. */
  static List<PlanningTeacher> teachers(int n) {
    if (n == 24) return demoTeachers();
    Random random = new Random(20_261_206L + n);
    // popularity of the concerns: uneven, as in a real questionnaire
    double[] weight = {0.26, 0.22, 0.18, 0.14, 0.12, 0.08};
    List<PlanningTeacher> teachers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int count = 1 + random.nextInt(3);
      List<String> own = new ArrayList<>();
      while (own.size() < count) {
        double r = random.nextDouble();
        int k = 0;
        while (k < weight.length - 1 && r > weight[k]) r -= weight[k++];
        String c = IN_CIRCULATION.get(k);
        if (!own.contains(c)) own.add(c);
      }
      teachers.add(
          new PlanningTeacher(
              "t" + i,
              "Enseignant " + i,
              DISCIPLINES.get(random.nextInt(DISCIPLINES.size())),
              own,
              1 + random.nextInt(4),
              random.nextInt(36),
              random.nextInt(6) == 0));
    }
    return teachers;
  }

  static GroupingRequest grouping(int n) {
    return new GroupingRequest(teachers(n), KEPT);
  }

  /**
   * The day's workshops for these groups: the demo's (one workshop per concern, capacity 12, in
   * every slot) up to 24 teachers; beyond, per concern (its groups' teachers / 24, rounded)
   * workshops of capacity 18 to 30: the room in a slot is close to the demand, tight on some
   * concerns, so that some groups sit in another concern's workshop or wait.
   */
  static PathRequest paths(List<TeacherGroup> groups, int teachers) {
    Random random = new Random(7_000L + teachers);
    List<WorkshopSession> sessions = new ArrayList<>();
    int w = 0;
    for (String concern : KEPT) {
      int demand = 0;
      for (TeacherGroup g : groups) if (g.concern().equals(concern)) demand += g.size();
      int workshops = teachers <= 24 ? 1 : Math.max(1, Math.round(demand / 24f));
      for (int j = 0; j < workshops; j++) {
        w++;
        int capacity = teachers <= 24 ? 12 : 18 + random.nextInt(13);
        for (int slot = 1; slot <= SLOTS; slot++) {
          sessions.add(
              new WorkshopSession(
                  "A" + w + "-" + slot, "A" + w, concern, "Animateur " + w, slot, capacity));
        }
      }
    }
    Collections.shuffle(sessions, random);
    return new PathRequest(groups, sessions, SLOTS, FREE_SLOT);
  }
}
