package fr.reseau.ecoles.pairing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pairing benchmark (issue 17): {@code PairingAlgorithm#propose} on a realistic campaign ({@link
 * FrenchNetworks}), without Spring or a database. Not a test: run by {@code bench/pairing.sh},
 * which starts one JVM per size and solver so that the peak heap is the run's own.
 *
 * <p>Arguments: {@code <volunteers> <solver> [repetitions] [seed]}, solver {@code sparse} (the
 * production one), {@code jgrapht} (the old one) or {@code dense} (dense Hungarian). Prints one
 * line {@code RESULT key=value ...}: time of the first call (cold JVM, as the service runs it) and
 * the best of the repetitions, peak heap (sum of the heap pools' peaks after a GC before the first
 * call), visits and total cost in thousandths of km (what the optimum is compared on).
 */
public final class PairingBench {

  private PairingBench() {}

  public static void main(String[] args) {
    int volunteers = Integer.parseInt(args[0]);
    String solver = args.length > 1 ? args[1] : "sparse";
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 17L;

    PairingRequest request = FrenchNetworks.campaign(volunteers, seed);
    AtomicReference<PairingMatching.Stats> stats = new AtomicReference<>();
    PairingMatcher matcher =
        switch (solver) {
          case "sparse" -> new PairingMatching(stats::set);
          case "jgrapht" -> new JGraphTPairingMatching();
          case "dense" -> new DenseHungarianMatching();
          default -> throw new IllegalArgumentException("solver: sparse, jgrapht or dense");
        };
    PairingAlgorithm algorithm = new PairingAlgorithm(matcher);

    System.gc();
    List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heapPools.add(pool);
      }
    }
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = System.nanoTime();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    PairingProposal proposal = algorithm.propose(request);
    long first = System.nanoTime() - before;
    long firstCpu = threads.getCurrentThreadCpuTime() - cpuBefore;
    long peak = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      peak += pool.getPeakUsage().getUsed();
    }
    long best = first;
    long bestCpu = firstCpu;
    for (int i = 1; i < repetitions; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      PairingProposal again = algorithm.propose(request);
      best = Math.min(best, System.nanoTime() - start);
      bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpuStart);
      if (!again.equals(proposal)) {
        throw new IllegalStateException("not deterministic");
      }
    }

    PairingCosts costs = new PairingCosts(request.weights());
    java.util.Map<String, Volunteer> byId = new java.util.HashMap<>();
    request.volunteers().forEach(v -> byId.put(v.userId(), v));
    long totalCost = 0;
    for (ProposedVisit visit : proposal.visits()) {
      totalCost += costs.candidate(byId.get(visit.visitor()), byId.get(visit.host())).costMilli();
    }
    StringBuilder line = new StringBuilder("RESULT");
    line.append(" volunteers=").append(volunteers);
    line.append(" solver=").append(solver);
    line.append(" seed=").append(seed);
    line.append(" first_s=").append(String.format(Locale.ROOT, "%.3f", first / 1e9));
    line.append(" best_s=").append(String.format(Locale.ROOT, "%.3f", best / 1e9));
    line.append(" first_cpu_s=").append(String.format(Locale.ROOT, "%.3f", firstCpu / 1e9));
    line.append(" best_cpu_s=").append(String.format(Locale.ROOT, "%.3f", bestCpu / 1e9));
    line.append(" peak_heap_mb=").append(peak / (1024 * 1024));
    line.append(" max_heap_mb=").append(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    line.append(" visits=").append(proposal.visits().size());
    line.append(" forced=").append(request.forcedPairs().size());
    line.append(" unpaired=").append(proposal.unpaired().size());
    line.append(" total_cost_milli=").append(totalCost);
    PairingMatching.Stats s = stats.get();
    if (s != null) {
      line.append(" rows=").append(s.rows());
      line.append(" columns=").append(s.columns());
      line.append(" edges=").append(s.initialEdges()).append("->").append(s.finalEdges());
      line.append(" rounds=").append(s.rounds());
      line.append(" scanned=").append(s.scanned());
    }
    System.out.println(line);
  }
}
