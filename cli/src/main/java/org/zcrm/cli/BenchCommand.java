package org.zcrm.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zcrm bench}: warm in-process scheduling time and memory for one CIB. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure the policy engine on a CIB file: warm in-process schedule time "
        + "(median of --runs after --warmup) and heap.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = {"-x", "--xml-file"}, required = true, description = "CIB XML file (e.g. from gen_cib.py).")
  Path xmlFile;

  @Option(names = "--runs", description = "Measured runs (default 10).")
  int runs = 10;

  @Option(names = "--warmup", description = "Warm-up runs (default 3).")
  int warmup = 3;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    Engine engine = Engine.withShippedRules();
    long t1 = System.nanoTime();
    CibSnapshot snap;
    try {
      snap = CibFiles.read(xmlFile);
    } catch (IOException e) {
      System.err.println("zcrm bench: cannot read " + xmlFile + ": " + e.getMessage());
      return 2;
    }
    long t2 = System.nanoTime();
    Instant now = snap.executionDate() != null ? snap.executionDate() : Instant.now();
    Transition last = null;
    for (int i = 0; i < warmup; i++) {
      last = engine.schedule(snap, now);
    }
    // CPU time of this thread beside wall time: on a shared machine the wall time also counts the
    // time the thread waited for a core
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Long> times = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      last = engine.schedule(snap, now);
      times.add(System.nanoTime() - s);
      cpu.add(threads.getCurrentThreadCpuTime() - c);
    }
    Collections.sort(times);
    Collections.sort(cpu);
    System.gc();
    long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf("file: %s%n", xmlFile);
    System.out.printf("policy load (executable model): %d ms%n", (t1 - t0) / 1_000_000);
    System.out.printf("CIB read (XML -> model): %d ms%n", (t2 - t1) / 1_000_000);
    System.out.printf("schedule from CibSnapshot, warm (%d runs after %d warm-up): median %d ms, "
        + "min %d ms, max %d ms%n", runs, warmup, ms(times.get(times.size() / 2)), ms(times.get(0)),
        ms(times.get(times.size() - 1)));
    System.out.printf("  thread CPU time: median %d ms, min %d ms%n", ms(cpu.get(cpu.size() / 2)),
        ms(cpu.get(0)));
    System.out.printf("heap: %d MB live after GC, %d MB peak (sum of heap pools)%n",
        heapUsed >> 20, peak >> 20);
    System.out.printf("transition: %d summary lines, %d actions%n", last == null ? 0 : last.summary().size(),
        last == null ? 0 : last.actions().size());
    return 0;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
