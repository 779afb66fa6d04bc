package fr.reseau.ecoles.workshop.planning;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Benchmark of the workshop planning (not a test: run by bench/planning.sh, no Spring, no
 * database). For each size given (teachers; default 24 200 500): groups then paths on a day shaped
 * like the demo school's ({@link DemoShapedDays}), with the default limits; prints one line per
 * phase: time, peak heap (the JVM's heap pools, since the start of the process), score, proven
 * optimal or the gap to the bound.
 *
 * <p>Run each size in its own JVM (the script does) so that the peak heap is that size's.
 */
public final class PlanningBench {

  private PlanningBench() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {24, 200, 500} : new int[args.length];
    for (int a = 0; a < args.length; a++) sizes[a] = Integer.parseInt(args[a]);
    System.out.printf(
        Locale.ROOT,
        "%-9s %-7s %9s %10s %-20s %-20s %s%n",
        "teachers",
        "phase",
        "time_ms",
        "heap_mb",
        "score",
        "bound",
        "proof");
    for (int n : sizes) {
      GroupingRequest grouping = DemoShapedDays.grouping(n);
      long t0 = System.nanoTime();
      GroupingResult groups = new GroupFormer().form(grouping);
      long t1 = System.nanoTime();
      line(n, "groups", t1 - t0, groups.score(), groups.bound(), groups.gap());
      PathRequest request = DemoShapedDays.paths(groups.groups(), n);
      long t2 = System.nanoTime();
      PathResult paths = new PathPlanner().plan(request);
      long t3 = System.nanoTime();
      line(n, "paths", t3 - t2, paths.score(), paths.bound(), paths.gap());
      System.out.printf(
          Locale.ROOT,
          "%-9d %-7s %9.0f %10.1f groups=%d uncovered=%d (proven unavoidable: %d) sessions=%d%n",
          n,
          "total",
          (t1 - t0 + t3 - t2) / 1e6,
          peakHeapMb(),
          groups.groups().size(),
          paths.uncoveredGroups().size(),
          -paths.bound().hard(),
          request.sessions().size());
    }
  }

  private static void line(
      int n, String phase, long nanos, PlanningScore score, ScoreBound bound, int gap) {
    String proof;
    if (score.optimal()) {
      proof = "proven optimal";
    } else {
      proof =
          String.format(
              Locale.ROOT,
              "gap %d soft (%.1f %%)%s",
              gap,
              score.soft() == 0 ? 0.0 : 100.0 * gap / -score.soft(),
              bound.hardGap(score) > 0 ? ", hard gap " + bound.hardGap(score) : "");
    }
    System.out.printf(
        Locale.ROOT,
        "%-9d %-7s %9.0f %10.1f %-20s %-20s %s%n",
        n,
        phase,
        nanos / 1e6,
        peakHeapMb(),
        score,
        bound,
        proof);
  }

  static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }
}
