package org.zcrm.cli.campaign;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.engine.Engine;

/**
 * The fault campaign: a local cluster of real processes, a seeded series of faults, and after each
 * one a bounded wait for the cluster to settle and the audits (see {@link OverlapAudit},
 * {@link DcEpochAudit}, {@link Ledger}, {@link Settle}).
 */
public final class Campaign {
  private static final Logger LOG = LogManager.getLogger();

  /** What to run. */
  public record Options(int rounds, long seed, int nodes, Path dir, Duration session, Duration settleLimit) {}

  /** What came out. */
  public record Summary(int rounds, Map<Fault, Integer> faults, List<String> violations, List<Double> settleSeconds,
      long seed, int acknowledgedChanges) {}

  private final Options opt;
  private final PrintWriter out;
  private final Random rng;
  private final Set<String> violations = new LinkedHashSet<>();
  private final List<Double> settles = new ArrayList<>();
  private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
  private final Ledger ledger = new Ledger();
  private LocalCluster cluster;
  private Settle settle;
  private FaultInjector injector;
  private int rebooted;

  public Campaign(Options opt, PrintWriter out) {
    this.opt = opt;
    this.out = out;
    this.rng = new Random(opt.seed());
  }

  public Summary run() throws Exception {
    Files.createDirectories(opt.dir());
    try (LocalCluster c = new LocalCluster(opt.dir(), opt.nodes(), opt.session())) {
      cluster = c;
      out.printf("campaign: seed=%d rounds=%d nodes=%d dir=%s%n", opt.seed(), opt.rounds(), opt.nodes(), opt.dir());
      out.flush();
      Engine engine = Engine.withShippedRules();
      settle = new Settle(c, engine);
      injector = new FaultInjector(c, ledger, rng);
      for (int i = 0; i < 3; i++) {
        c.startZk(i);
      }
      for (String n : c.names) {
        c.startNode(n);
      }
      injector.load();
      Settle.Look first = awaitSettled(Duration.ofSeconds(Math.max(180, opt.settleLimit().toSeconds())));
      if (!first.settled()) {
        violations.add("the cluster never settled after start: " + first.unsettled());
      }
      audit(0, first);
      List<Fault> order = firstRounds();
      for (int round = 1; round <= opt.rounds() && violations.isEmpty(); round++) {
        Fault f = round <= order.size() ? order.get(round - 1) : Fault.values()[rng.nextInt(Fault.values().length)];
        faults.merge(f, 1, Integer::sum);
        String target = injector.inject(f);
        long t0 = System.nanoTime();
        Settle.Look look = awaitSettled(opt.settleLimit());
        double secs = (System.nanoTime() - t0) / 1e9;
        if (look.settled()) {
          settles.add(secs);
        } else {
          violations.add(String.format(Locale.ROOT, "round %d (%s %s): not settled within %ds: %s", round, f.label(),
              target, opt.settleLimit().toSeconds(), look.unsettled()));
        }
        int before = violations.size();
        audit(round, look);
        out.printf(Locale.ROOT, "round %d/%d fault=%s target=%s settled=%s violations=%d%n", round, opt.rounds(),
            f.label(), target, look.settled() ? String.format(Locale.ROOT, "%.1fs", secs) : "no",
            violations.size() - before);
        out.flush();
      }
      rebooted = c.rebooted();
    }
    Summary s = new Summary(opt.rounds(), faults, List.copyOf(violations), List.copyOf(settles), opt.seed(),
        ledger.acknowledged());
    print(s);
    return s;
  }

  /** Each fault once first (in a seeded order), so that even a short campaign sees them all. */
  private List<Fault> firstRounds() {
    List<Fault> all = new ArrayList<>(List.of(Fault.values()));
    Collections.shuffle(all, rng);
    return all;
  }

  private Settle.Look awaitSettled(Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    Settle.Look last = settle.look();
    boolean once = false;
    while (System.nanoTime() < end) {
      if (last.settled()) {
        if (once) {
          return last;
        }
        once = true;
        // longer than the monitors' interval (2 s): a failure not yet seen has had its chance
        Thread.sleep(2500);
      } else {
        once = false;
        Thread.sleep(300);
      }
      last = settle.look();
    }
    return last;
  }

  private void audit(int round, Settle.Look look) throws IOException {
    List<String> found = new ArrayList<>();
    OverlapAudit.Result overlap = OverlapAudit.check(AuditTrail.read(cluster.audit), CampaignConfig.CLONES);
    found.addAll(overlap.violations());
    DcEpochAudit.Result dc = DcEpochAudit.check(DcEpochAudit.read(cluster.run, cluster.names));
    found.addAll(dc.violations());
    if (look.settled()) {
      SortedMap<String, SortedSet<String>> byAudit = overlap.active();
      SortedMap<String, SortedSet<String>> byStatus = look.running();
      if (!byAudit.equals(byStatus)) {
        found.add("round " + round + ": where resources run by their agents " + byAudit + " differs from zcrm's status "
            + byStatus);
      }
    }
    try {
      CibSnapshot snap = cluster.store().configSnapshot();
      found.addAll(ledger.check(snap.toDocument(CibSnapshot.Section.CONFIGURATION)));
    } catch (RuntimeException e) {
      found.add("round " + round + ": cannot read the configuration to check the ledger: " + e);
    }
    for (String v : found) {
      if (violations.add(v)) {
        out.println("VIOLATION " + v);
        LOG.error("Campaign violation round={} what={}", round, v);
      }
    }
  }

  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private void print(Summary s) {
    out.println("== campaign summary");
    out.printf("seed: %d (replay: zcrm campaign --rounds %d --seed %d --nodes %d)%n", s.seed(), s.rounds(), s.seed(),
        opt.nodes());
    StringBuilder kinds = new StringBuilder();
    s.faults().forEach((f, k) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(f.label()).append('=').append(k));
    out.println("faults: " + kinds);
    out.printf(Locale.ROOT, "settle: median %.1fs, max %.1fs over %d rounds%n", median(s.settleSeconds()),
        s.settleSeconds().stream().mapToDouble(Double::doubleValue).max().orElse(0), s.settleSeconds().size());
    out.println("acknowledged configuration changes: " + s.acknowledgedChanges());
    out.println("nodes fenced by the cluster and started again: " + rebooted);
    for (String v : s.violations()) {
      out.println("violation: " + v);
    }
    int done = s.faults().values().stream().mapToInt(Integer::intValue).sum();
    out.printf("%d rounds, %d violations%n", done, s.violations().size());
    out.flush();
  }
}
