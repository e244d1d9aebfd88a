package org.zcrm.coordinator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.ZkSettings;

/**
 * Failover and DC takeover figures, run by hand (not part of verify):
 * {@code mvn -B -o -pl coordinator -am verify -Dtest=FailoverBench -Dzcrm.bench=true -DskipITs
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dzcrm.bench.runs=20] [-Dzcrm.bench.session=2000]}.
 * Three node daemons in this JVM, each reaching ZooKeeper through its own proxy; "kill -9" of a
 * node = its daemon dies without cleanup and its proxy goes silent, so the ensemble expires its
 * session after the timeout exactly as for a killed process (daemons in one JVM restart in
 * milliseconds, where a new JVM spends 10-20 s loading the policy).
 */
@EnabledIfSystemProperty(named = "zcrm.bench", matches = "true")
class FailoverBench {

  @TempDir
  Path dir;

  private final Map<String, BlackholeProxy> proxies = new TreeMap<>();

  private NodeDaemon start(ClusterFixture c, String name, Duration session) throws Exception {
    BlackholeProxy old = proxies.remove(name);
    if (old != null) {
      old.close();
    }
    BlackholeProxy p = new BlackholeProxy(c.zk.getPort());
    proxies.put(name, p);
    ZkSettings s = ZkSettings.of(p.connect(), c.cluster).withSessionTimeout(session);
    NodeDaemon d = NodeDaemon.start(new NodeOptions(name, s, dir.resolve("run"), ClusterFixture.agents(), null,
        Duration.ofSeconds(20)));
    c.nodes.put(name, d);
    return d;
  }

  /** Cuts the node off and lets its daemon die in the background; returns when it went silent. */
  private long kill(ClusterFixture c, String name) {
    proxies.get(name).blackhole();
    long at = System.nanoTime();
    NodeDaemon d = c.nodes.remove(name);
    Thread t = new Thread(d::crashKeepingSession, "crash-" + name);
    t.setDaemon(true);
    t.start();
    return at;
  }

  @Test
  void failoverAndTakeover() throws Exception {
    int runs = Integer.getInteger("zcrm.bench.runs", 20);
    Duration session = Duration.ofMillis(Integer.getInteger("zcrm.bench.session", 2000));
    Path fenceLog = dir.resolve("fence.log");
    try (ClusterFixture c = new ClusterFixture(dir, "bench")) {
      for (String n : List.of("node1", "node2", "node3")) {
        start(c, n, session);
      }
      ClusterFixture.await("joined", Duration.ofSeconds(60), () -> c.nodes.values().stream().allMatch(d -> d.local().joined()));
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "true") + "</cluster_property_set></crm_config><resources>"
          + "<primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\"><instance_attributes id=\"fd\">"
          + ClusterFixture.nv("fd-log", "log_file", fenceLog.toString())
          + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
          + "<group id=\"G\">" + ClusterFixture.dummy("R1", a, "") + ClusterFixture.dummy("R2", a, "") + "</group>"
          + "</resources><constraints><rsc_location id=\"G-pref\" rsc=\"G\" node=\"node3\" score=\"100\"/></constraints>"
          + "</configuration>");
      List<Double> failover = new ArrayList<>();
      List<Double> takeover = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        ClusterFixture.await("G on node3", Duration.ofSeconds(60), () -> c.stateOn("R2").equals(List.of("node3"))
            && c.stateOn("R1").equals(List.of("node3")) && c.dc().isPresent());
        if (c.dc().get().name().equals("node3")) {
          // keep the measures apart: move the DC away first
          takeover.add(killDc(c, session));
          continue;
        }
        double killedAt = System.currentTimeMillis() / 1000.0;
        kill(c, "node3");
        Thread.sleep(0);
        ClusterFixture.await("G elsewhere", Duration.ofSeconds(60), ClusterFixture.io(() ->
            started(c, "R1", killedAt) > 0 && started(c, "R2", killedAt) > 0));
        double t = Math.max(started(c, "R1", killedAt), started(c, "R2", killedAt)) - killedAt;
        failover.add(t);
        System.out.printf("run %d failover %.3f s%n", failover.size(), t);
        deleteState(c, "node3");
        start(c, "node3", session);
        takeover.add(killDc(c, session));
      }
      System.out.printf("BENCH session=%d ms: failover runs=%d median=%.2f s max=%.2f s;"
          + " DC takeover runs=%d median=%.2f s max=%.2f s%n", session.toMillis(), failover.size(), median(failover),
          Collections.max(failover), takeover.size(), median(takeover), Collections.max(takeover));
    } finally {
      for (BlackholeProxy p : proxies.values()) {
        p.close();
      }
    }
  }

  private double killDc(ClusterFixture c, Duration session) throws Exception {
    ClusterFixture.await("joined", Duration.ofSeconds(60), () -> c.nodes.values().stream().allMatch(d -> d.local().joined())
        && c.dc().isPresent());
    NodeDaemon dc = c.dc().orElseThrow();
    long epoch = dc.dc().epoch();
    long t0 = kill(c, dc.name());
    java.time.Instant killed = java.time.Instant.now();
    ClusterFixture.await("new DC", Duration.ofSeconds(60), () -> c.dc().map(d -> d.dc().epoch() > epoch).orElse(false));
    double t = (System.nanoTime() - t0) / 1e9;
    System.out.printf("takeover %.3f s (killed %s)%n", t, dc.name());
    // a fenced node comes back after its fencing, as a rebooted machine would (one that learns of
    // its own fencing while it runs halts, as Pacemaker's controller does)
    ClusterFixture.await("the old DC fenced", Duration.ofSeconds(60), ClusterFixture.io(() ->
        c.fencingHistory(dc.name()).stream().anyMatch(r -> r.succeeded() && r.requested() != null
            && !r.requested().isBefore(killed.minusSeconds(1)))));
    deleteState(c, dc.name());
    start(c, dc.name(), session);
    return t;
  }

  /** A killed node's machine "reboots": its agents' state is gone. */
  private static void deleteState(ClusterFixture c, String node) throws Exception {
    Path st = c.dir.resolve("run").resolve(node + "-rsctmp");
    if (java.nio.file.Files.exists(st)) {
      try (var w = java.nio.file.Files.walk(st)) {
        w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double started(ClusterFixture c, String rsc, double after) throws Exception {
    return c.audit().stream().filter(x -> x.resource().equals(rsc) && x.action().equals("start")
        && !x.node().equals("node3") && x.wall() > after).mapToDouble(ClusterFixture.Audit::wall).min().orElse(-1);
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
