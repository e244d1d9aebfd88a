package org.zcrm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Explanation;
import org.zcrm.engine.Scores;
import org.zcrm.engine.Transition;
import org.zcrm.engine.output.GraphWriter;
import org.zcrm.engine.rules.PolicyRules;
import org.zcrm.engine.unpack.RuleEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zcrm simulate}: runs the policy engine on a CIB file, like crm_simulate -S. The file is read
 * into the CIB model by the streaming reader and scheduled from a {@code CibSnapshot}, as the DC does.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Show what the policy engine would do with a CIB (like crm_simulate -S).",
        "With --live: replay a transition the DC recorded and check it decides the same."})
public final class SimulateCommand implements Callable<Integer> {

  @Option(names = {"-x", "--xml-file"}, description = "CIB XML file to schedule.")
  Path xmlFile;

  @Option(names = {"-t", "--date"}, description = "Schedule as of this date (ISO 8601 or epoch seconds).")
  String date;

  @Option(names = {"-s", "--show-scores"}, description = "Print every resource's score on every node.")
  boolean showScores;

  @Option(names = {"-G", "--save-graph"}, description = "Write the transition graph as DOT to this file.")
  Path saveGraph;

  @Option(names = "--explain", paramLabel = "RSC", description = "Explain why RSC is placed where it is (or stopped).")
  String explain;

  @Option(names = "--batch", paramLabel = "IN_DIR", description = "Schedule every IN_DIR/NAME.xml.")
  Path batchDir;

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "Extra policy rules (as 'zcrm rules add' stores them), compiled with the shipped policy; repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--out", paramLabel = "OUT_DIR", description = "With --batch: write OUT_DIR/NAME.summary.")
  Path outDir;

  @Option(names = "--threads", description = "With --batch: worker threads (default 2).")
  int threads = 2;

  private static final Logger LOG = LogManager.getLogger();

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** Whether a single simulate warms the engine up while the file is read (for measuring). */
  private static final boolean WARM_UP = Boolean.parseBoolean(System.getProperty("zcrm.simulate.warmup", "true"));

  @Mixin LiveSimulation liveOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (liveOptions.requested()) {
      return liveOptions.run(spec.commandLine().getOut(), spec.commandLine().getErr(),
          new LiveSimulation.Display(showScores, saveGraph, explain, rules, date));
    }
    long t0 = System.nanoTime();
    if (batchDir != null) {
      if (outDir == null) {
        System.err.println("zcrm simulate: --batch needs --out OUT_DIR");
        return 1;
      }
      return batch();
    }
    if (xmlFile == null) {
      System.err.println("zcrm simulate: give --xml-file FILE or --batch IN_DIR --out OUT_DIR");
      return 1;
    }
    // the policy loads on another core while this one reads the file; that thread then warms the
    // engine up on a small cluster (not waited for)
    CompletableFuture<Engine> policy = new CompletableFuture<>();
    Thread loader = new Thread(() -> {
      Engine e;
      try {
        e = loadEngine();
      } catch (RuntimeException ex) {
        policy.completeExceptionally(ex);
        return;
      }
      policy.complete(e);
      if (WARM_UP) {
        EngineWarmUp.run(e);
      }
    }, "zcrm-policy-loader");
    loader.setDaemon(true);
    loader.start();
    CibSnapshot cib;
    try {
      cib = CibFiles.read(xmlFile);
    } catch (IOException | RuntimeException e) {
      System.err.println("zcrm simulate: cannot read " + xmlFile + ": " + e.getMessage());
      return 2;
    }
    long t1 = System.nanoTime();
    // the history's resource ids (for printing clone instances) are gathered on the other core
    // while this one schedules
    CompletableFuture<java.util.Set<String>> historyIds = new CompletableFuture<>();
    Thread gather = new Thread(() -> {
      try {
        historyIds.complete(historyIds(cib));
      } catch (RuntimeException ex) {
        historyIds.completeExceptionally(ex);
      }
    }, "zcrm-history-ids");
    gather.setDaemon(true);
    gather.start();
    Instant now;
    try {
      now = when(cib);
    } catch (IllegalArgumentException e) {
      System.err.println("zcrm simulate: " + e.getMessage());
      return 1;
    }
    Engine engine;
    try {
      engine = policy.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof UncheckedIOException io) {
        System.err.println("zcrm simulate: " + io.getCause().getMessage());
        return 1;
      }
      if (cause instanceof IllegalArgumentException bad) {
        System.err.println("zcrm simulate: " + bad.getMessage());
        return 1;
      }
      throw e;
    }
    long t2 = System.nanoTime();
    long cpu2 = LOG.isDebugEnabled() ? CPU.getCurrentThreadCpuTime() : 0;
    Transition t = engine.schedule(cib, now);
    long t3 = System.nanoTime();
    System.out.print(render(t, showScores, historyIds.join()));
    if (LOG.isDebugEnabled()) {
      long sinceStart = ProcessHandle.current().info().startInstant()
          .map(s -> java.time.Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
      LOG.debug("Simulated file={} readMs={} policyWaitMs={} scheduleMs={} scheduleCpuMs={} renderMs={} sinceJvmStartMs={}",
          xmlFile, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
          (CPU.getCurrentThreadCpuTime() - cpu2) / 1_000_000,
          (System.nanoTime() - t3) / 1_000_000, sinceStart);
    }
    if (explain != null) {
      System.out.print(explanation(t, explain));
    }
    if (saveGraph != null) {
      try {
        Files.writeString(saveGraph, GraphWriter.dot(t), StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.err.println("zcrm simulate: cannot write " + saveGraph + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  /** The shipped policy, or the shipped policy with the --rules files compiled in. */
  private Engine loadEngine() {
    try {
      // a CIB file may come from crm_report, which masks private parameters: like crm_simulate,
      // a change only in those is not a definition change
      return (rules.isEmpty() ? Engine.withShippedRules() : new Engine(withRules(rules)))
          .forCollectedCibs();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PolicyRules withRules(List<Path> files) throws IOException {
    Map<String, String> extra = new TreeMap<>();
    for (Path f : files) {
      extra.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
    }
    return PolicyRules.withExtra(extra);
  }

  private Instant when(CibSnapshot cib) {
    if (date != null) {
      return RuleEvaluator.parseInstant(date);
    }
    Instant exec = cib.executionDate();
    return exec != null ? exec : Clock.systemUTC().instant();
  }

  private int batch() {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(batchDir)) {
      inputs = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
      Files.createDirectories(outDir);
    } catch (IOException e) {
      System.err.println("zcrm simulate: cannot read " + batchDir + ": " + e.getMessage());
      return 2;
    }
    Engine engine = Engine.withShippedRules().forCollectedCibs();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (Path in : inputs) {
        jobs.add(pool.submit(() -> one(engine, in)));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (Exception e) {
      System.err.println("zcrm simulate: batch failed: " + e);
      return 1;
    } finally {
      pool.shutdown();
    }
    return 0;
  }

  private void one(Engine engine, Path in) {
    String name = in.getFileName().toString().replaceFirst("\\.xml$", "");
    String text;
    try {
      CibSnapshot cib = CibFiles.read(in);
      text = render(engine.schedule(cib, when(cib)), showScores, historyIds(cib));
    } catch (Exception | StackOverflowError e) {
      StringWriter sw = new StringWriter();
      e.printStackTrace(new PrintWriter(sw));
      text = "Error: " + e + "\n" + sw;
    }
    try {
      Files.writeString(outDir.resolve(name + ".summary"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("zcrm simulate: cannot write " + name + ".summary: " + e.getMessage());
    }
  }

  /** crm_simulate -S style text. */
  static String render(Transition t, boolean scores) {
    return render(t, scores, java.util.Set.of());
  }

  /**
   * @param historyIds the resource ids the input's status section records history under: an
   *     anonymous clone instance is printed by its clone-wide name when the history knows it by
   *     that name, as crm_simulate prints it
   */
  static String render(Transition t, boolean scores, java.util.Set<String> historyIds) {
    StringBuilder sb = new StringBuilder();
    sb.append("Current cluster status:\n");
    t.currentStatus().forEach(l -> sb.append(l).append('\n'));
    sb.append('\n');
    if (scores) {
      sb.append("Assignment Scores:\n");
      for (Transition.NodeScore s : t.scores()) {
        sb.append("  * pcmk__primitive_assign: ").append(s.resource()).append(" allocation score on ")
            .append(s.node()).append(": ").append(Scores.text(s.score())).append('\n');
      }
      sb.append('\n');
    }
    sb.append("Transition Summary:\n");
    t.summary().forEach(l -> sb.append("  * ").append(l).append('\n'));
    sb.append('\n');
    sb.append("Executing Cluster Transition:\n");
    for (Transition.GraphAction a : executionOrder(t)) {
      if (a.resource() == null && a.pseudo()) {
        // a guest node, "fenced" by recovering its container
        sb.append("  * Pseudo action:   stonith-").append(a.node()).append("-reboot on ")
            .append(a.node()).append('\n');
      } else if (a.resource() == null) {
        sb.append("  * Fencing ").append(a.node()).append(" (reboot)\n");
      } else if (a.pseudo()) {
        sb.append("  * Pseudo action:   ").append(a.key()).append('\n');
      } else {
        long interval = a.op() == null ? 0 : a.op().intervalMs();
        String task = interval > 0 ? a.task() + "=" + interval : a.task();
        sb.append(String.format("  * Resource action: %-15s %s on %s%n",
            printedName(a.resource(), historyIds), task, a.node()));
      }
    }
    sb.append('\n');
    sb.append("Revised Cluster Status:\n");
    t.revisedStatus().forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }

  /**
   * The runnable actions in the order crm_simulate's simulated execution fires them: passes over
   * the graph in action order, each firing (and at once completing) every action whose inputs
   * have completed, until nothing more can fire.
   */
  static List<Transition.GraphAction> executionOrder(Transition t) {
    java.util.Map<Integer, List<Integer>> inputs = new java.util.HashMap<>();
    java.util.Set<Integer> present = new java.util.HashSet<>();
    for (Transition.GraphAction a : t.actions()) {
      if (a.runnable()) {
        present.add(a.id()); // an unrunnable input never completes: crm_simulate drops it
      }
    }
    for (Transition.GraphEdge e : t.edges()) {
      if (present.contains(e.first())) {
        inputs.computeIfAbsent(e.then(), k -> new java.util.ArrayList<>()).add(e.first());
      }
    }
    java.util.Set<Integer> done = new java.util.HashSet<>();
    List<Transition.GraphAction> out = new java.util.ArrayList<>();
    List<Transition.GraphAction> pending = new java.util.ArrayList<>();
    for (Transition.GraphAction a : t.actions()) {
      if (a.runnable()) {
        pending.add(a);
      }
    }
    boolean fired = true;
    while (fired && !pending.isEmpty()) {
      fired = false;
      for (java.util.Iterator<Transition.GraphAction> it = pending.iterator(); it.hasNext(); ) {
        Transition.GraphAction a = it.next();
        if (done.containsAll(inputs.getOrDefault(a.id(), List.of()))) {
          done.add(a.id());
          out.add(a);
          it.remove();
          fired = true;
        }
      }
    }
    out.addAll(pending); // never expected (the graph is acyclic); kept rather than lost
    return out;
  }

  private static String printedName(String rsc, java.util.Set<String> historyIds) {
    int colon = rsc.lastIndexOf(':');
    if (colon > 0 && colon < rsc.length() - 1
        && rsc.substring(colon + 1).chars().allMatch(Character::isDigit)
        && historyIds.contains(rsc.substring(0, colon))) {
      return rsc.substring(0, colon);
    }
    return rsc;
  }

  /** The ids of the lrm_resource entries of a CIB's status section. */
  static java.util.Set<String> historyIds(CibSnapshot cib) {
    java.util.Set<String> out = new java.util.HashSet<>();
    var status = cib.cib().status();
    if (status == null) {
      return out;
    }
    for (var ns : status.nodeStates()) {
      var lrm = ns.lrm();
      var lrs = lrm == null ? null : lrm.resources();
      if (lrs == null || !lrs.hasChildren()) {
        continue;
      }
      for (Object c : lrs.children()) {
        if (c instanceof org.zcrm.cib.model.status.LrmResource lr && lr.getId() != null) {
          out.add(lr.getId());
        }
      }
    }
    return out;
  }

  static String explanation(Transition t, String rsc) {
    StringBuilder sb = new StringBuilder("\nExplanation for ").append(rsc).append(":\n");
    List<Explanation.Entry> entries = t.explanation().of(rsc);
    if (entries.isEmpty()) {
      sb.append("  (no rule concluded anything about ").append(rsc).append(")\n");
    }
    for (Explanation.Entry e : entries) {
      sb.append("  * ").append(e.text()).append('\n');
    }
    return sb.toString();
  }
}
