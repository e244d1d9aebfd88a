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

/**
 * Startup fencing waits dc-deadtime after the election for configured nodes that were never seen,
 * while a node that was seen and then vanished is fenced at once (real ZooKeeper, real daemons,
 * fence_zcrm_dummy).
 */
class StartupFencingIT {
  private static final long DEADTIME_MS = 5000;

  @TempDir
  Path dir;

  private static String config(Path fenceLog, long deadtimeMs) {
    return "<configuration><crm_config><cluster_property_set id=\"opts\">"
        + ClusterFixture.nv("o1", "stonith-enabled", "true") + ClusterFixture.nv("o2", "dc-deadtime", deadtimeMs / 1000 + "s")
        + "</cluster_property_set></crm_config>"
        + "<nodes><node id=\"node1\" uname=\"node1\"/><node id=\"node2\" uname=\"node2\"/>"
        + "<node id=\"node3\" uname=\"node3\"/></nodes>"
        + "<resources><primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
        + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", fenceLog.toString())
        + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
        + "</resources></configuration>";
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
      c.configure(config(fenceLog, DEADTIME_MS));
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
    }
  }

  @Test
  void nodeLeftAsAMemberByAWholeClusterCrashIsFencedOnlyAfterDcDeadtime() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "coldstart")) {
      Path fenceLog = dir.resolve("fence.log");
      c.configure(config(fenceLog, DEADTIME_MS).replace("<node id=\"node3\" uname=\"node3\"/>", ""));
      c.startAll("node1", "node2");
      // both die at once: node2's status still says it is a member, and nobody saw it go
      Thread crash1 = new Thread(() -> c.nodes.get("node1").crash());
      Thread crash2 = new Thread(() -> c.nodes.get("node2").crash());
      crash1.start();
      crash2.start();
      crash1.join();
      crash2.join();
      c.nodes.clear();
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
    }
  }

  @Test
  void seenNodeThatVanishesIsFencedAtOnce() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "vanish")) {
      Path fenceLog = dir.resolve("fence.log");
      long deadtime = 60_000; // far longer than the test: fencing must not wait for it
      c.configure(config(fenceLog, deadtime).replace("<node id=\"node3\" uname=\"node3\"/>", ""));
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
