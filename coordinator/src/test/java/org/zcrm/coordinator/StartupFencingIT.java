package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;

/**
 * Startup fencing waits dc-deadtime after the election for configured nodes that were never seen,
 * while a node that was seen and then vanished is fenced at once (real ZooKeeper, real daemons,
 * fence_zcrm_dummy).
 */
class StartupFencingIT {
  private static final long DEADTIME_MS = 5000;

  @TempDir
  Path dir;

  private static String config(Path fenceLog, long deadtimeMs, String audit) {
    return "<configuration><crm_config><cluster_property_set id=\"opts\">"
        + ClusterFixture.nv("o1", "stonith-enabled", "true") + ClusterFixture.nv("o2", "dc-deadtime", deadtimeMs / 1000 + "s")
        + "</cluster_property_set></crm_config>"
        + "<nodes><node id=\"node1\" uname=\"node1\"/><node id=\"node2\" uname=\"node2\"/>"
        + "<node id=\"node3\" uname=\"node3\"/></nodes>"
        + "<resources><primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
        + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", fenceLog.toString())
        + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
        + ClusterFixture.dummy("R", audit, "") + "</resources></configuration>";
  }

  /** Fencing calls (reboot/off) as (epoch ms, line). */
  private static List<String> fenceCalls(Path log) throws IOException {
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream().filter(l -> l.contains("called=reboot") || l.contains("called=off"))
        .toList();
  }

  private static long electedAtMs(NodeDaemon dc) throws Exception {
    String info = new String(dc.connection().client().getData().forPath(DcSession.infoPath(dc.store().paths())),
        StandardCharsets.UTF_8);
    for (String line : info.split("\n")) {
      if (line.startsWith("since=")) {
        return Instant.parse(line.substring(6)).toEpochMilli();
      }
    }
    throw new AssertionError("no since= in dc/info: " + info);
  }

  @Test
  void neverSeenNodeIsFencedOnlyAfterDcDeadtime() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "deadtime")) {
      Path fenceLog = dir.resolve("fence.log");
      c.configure(config(fenceLog, DEADTIME_MS, c.audit.toString()));
      c.start("node1");
      ClusterFixture.await("node1 is DC", Duration.ofSeconds(30), () -> c.dc().isPresent());
      long elected = electedAtMs(c.dc().orElseThrow());
      Thread.sleep(1500);
      c.start("node3"); // joins within dc-deadtime: never fenced
      ClusterFixture.await("node2 fenced", Duration.ofSeconds(30),
          ClusterFixture.io(() -> fenceCalls(fenceLog).stream().anyMatch(l -> l.contains("node2"))));
      Thread.sleep(1000);
      List<String> calls = fenceCalls(fenceLog);
      assertEquals(1, calls.size(), "one fencing, of node2: " + calls);
      long fencedAt = Long.parseLong(calls.get(0).split("\t")[0]);
      assertTrue(fencedAt >= elected + DEADTIME_MS - 100,
          "node2 fenced " + (fencedAt - elected) + " ms after the election, dc-deadtime is " + DEADTIME_MS);
      assertTrue(fencedAt <= elected + DEADTIME_MS + 5000,
          "node2 fenced soon after dc-deadtime, not at the next recheck: " + (fencedAt - elected) + " ms");
      // nothing started while node2, never seen, might have been running it
      ClusterFixture.await("R started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.count("R", "start") > 0));
      double started = c.audit().stream().filter(x -> x.resource().equals("R") && x.action().equals("start"))
          .mapToDouble(ClusterFixture.Audit::wall).min().orElseThrow();
      assertTrue(started * 1000 >= fencedAt, "R started " + (long) (started * 1000 - fencedAt) + " ms after the fencing");
    }
  }

  @Test
  void nodeLeftAsAMemberByAWholeClusterCrashIsFencedOnlyAfterDcDeadtime() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "coldstart")) {
      Path fenceLog = dir.resolve("fence.log");
      c.configure(config(fenceLog, DEADTIME_MS, c.audit.toString()).replace("<node id=\"node3\" uname=\"node3\"/>", ""));
      c.startAll("node1", "node2");
      // both die silently at once (their sessions close later, with nobody left to watch): node2's
      // status still says it is a member, and no DC saw it go
      NodeDaemon old1 = c.nodes.get("node1");
      c.nodes.get("node2").crashKeepingSession();
      old1.crashKeepingSession();
      c.nodes.clear();
      ClusterFixture.await("both sessions gone", Duration.ofSeconds(30), ClusterFixture.io(() -> {
        try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
          return store.connection().client().getChildren().forPath(store.paths().members()).isEmpty();
        }
      }));
      long before = fenceCalls(fenceLog).stream().filter(l -> l.contains("node2")).count();
      c.start("node1");
      ClusterFixture.await("node1 is DC again", Duration.ofSeconds(30), () -> c.dc().isPresent());
      long elected = electedAtMs(c.dc().orElseThrow());
      ClusterFixture.await("node2 fenced", Duration.ofSeconds(30), ClusterFixture.io(() ->
          fenceCalls(fenceLog).stream().filter(l -> l.contains("node2")).count() > before));
      String call = fenceCalls(fenceLog).stream().filter(l -> l.contains("node2")).skip(before).findFirst()
          .orElseThrow();
      long fencedAt = Long.parseLong(call.split("\t")[0]);
      assertTrue(fencedAt >= elected + DEADTIME_MS - 100,
          "node2 fenced " + (fencedAt - elected) + " ms after the election, dc-deadtime is " + DEADTIME_MS);
      // R, last running where node2's status says, is started again only after the fencing
      ClusterFixture.await("R started again", Duration.ofSeconds(30), ClusterFixture.io(() ->
          c.audit().stream().anyMatch(x -> x.resource().equals("R") && x.action().equals("start")
              && x.wall() * 1000 > elected)));
      c.audit().stream().filter(x -> x.resource().equals("R") && x.action().equals("start") && x.wall() * 1000 > elected)
          .forEach(x -> assertTrue(x.wall() * 1000 >= fencedAt, "R started on " + x.node() + " before node2 was fenced"));
    }
  }

  @Test
  void seenNodeThatVanishesIsFencedAtOnce() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "vanish")) {
      Path fenceLog = dir.resolve("fence.log");
      long deadtime = 60_000; // far longer than the test: fencing must not wait for it
      c.configure(config(fenceLog, deadtime, c.audit.toString()).replace("<node id=\"node3\" uname=\"node3\"/>", ""));
      c.startAll("node1", "node2");
      NodeDaemon dc = c.dc().orElseThrow();
      String victim = dc.name().equals("node1") ? "node2" : "node1";
      long elected = electedAtMs(dc);
      long crashed = System.currentTimeMillis();
      c.nodes.get(victim).crash();
      ClusterFixture.await(victim + " fenced", Duration.ofSeconds(20),
          ClusterFixture.io(() -> fenceCalls(fenceLog).stream().anyMatch(l -> l.contains(victim))));
      long fencedAt = Long.parseLong(fenceCalls(fenceLog).get(0).split("\t")[0]);
      assertTrue(fencedAt < elected + deadtime, "fenced before dc-deadtime ended");
      assertTrue(fencedAt - crashed < 10_000, "fenced " + (fencedAt - crashed) + " ms after the crash");
    }
  }
}
