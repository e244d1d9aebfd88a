package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.fence.FenceAction;
import org.zcrm.fence.FenceResult;

/**
 * The DC's own node must be fenced (a stop failure there, or `zcrm fence` naming it): the DC hands
 * the fencing over and steps down, the next DC on another node fences it with its own fencer and
 * records the result once, the old DC's daemon (alive, as fence_zcrm_dummy fences nothing) learns
 * of its fencing and halts, and the old DC's resource starts elsewhere only after the fencing (real
 * ZooKeeper, three daemons, the Dummy agent's audit log and the fence agent's call log).
 */
class DcSelfFencingIT {

  @TempDir
  Path dir;

  private static String config(Path fenceLog, String audit, String dc, boolean failStop) {
    String r = ClusterFixture.dummy("R", audit, failStop ? ClusterFixture.nv("R-fs", "fail_stop", "1") : "")
        .replace("</operations>", "<op id=\"R-stop\" name=\"stop\" interval=\"0\" timeout=\"10s\" on-fail=\"fence\"/>"
            + "</operations>");
    return "<configuration><crm_config><cluster_property_set id=\"opts\">"
        + ClusterFixture.nv("o1", "stonith-enabled", "true") + "</cluster_property_set></crm_config><resources>"
        + "<primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
        + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", fenceLog.toString())
        + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
        + r + "</resources><constraints>" + pref(dc, "100") + "</constraints></configuration>";
  }

  private static String pref(String node, String score) {
    return "<rsc_location id=\"R-pref\" rsc=\"R\" node=\"" + node + "\" score=\"" + score + "\"/>";
  }

  /** Fencing calls (reboot or off) the agent logged: one tab-separated line each. */
  private static List<String> fenceCalls(Path log) throws Exception {
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream().filter(l -> l.contains("\tcalled=reboot") || l.contains("\tcalled=off"))
        .toList();
  }

  private static List<FenceResult> history(ClusterFixture c, String target) throws Exception {
    return c.fencingHistory(target);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stop failure on the DC node", "zcrm fence naming the DC node"})
  void theDcNodeIsFencedByAPeerAndItsResourceRecoveredAfterwards(String cause) throws Exception {
    boolean failStop = cause.startsWith("stop failure");
    try (ClusterFixture c = new ClusterFixture(dir, "dcfence")) {
      c.startAll("node1", "node2", "node3");
      NodeDaemon oldDc = c.dc().orElseThrow();
      String victim = oldDc.name();
      long oldEpoch = oldDc.dc().epoch();
      Path fenceLog = dir.resolve("fence.log");
      c.configure(config(fenceLog, c.audit.toString(), victim, failStop));
      ClusterFixture.await("R started on the DC " + victim, Duration.ofSeconds(60),
          ClusterFixture.io(() -> c.lastStart("R", victim) > 0));

      if (failStop) {
        // moving R away makes the DC stop it there; the stop fails, and on-fail=fence
        c.configure("<configuration><constraints>" + pref(victim, "-INFINITY") + "</constraints></configuration>");
      } else {
        CuratorFramework client = c.nodes.values().stream().filter(d -> d != oldDc).findFirst().orElseThrow()
            .connection().client();
        client.create().creatingParentsIfNeeded().withMode(CreateMode.PERSISTENT_SEQUENTIAL)
            .forPath(FencingRecorder.requests(oldDc.store().paths()) + "/req-",
                new FenceRequests.Request(victim, FenceAction.REBOOT, false, "zcrm fence").toBytes());
      }

      ClusterFixture.await("the old DC halted after learning of its fencing", Duration.ofSeconds(60),
          () -> oldDc.halted().isDone());
      ClusterFixture.await("R started on another node", Duration.ofSeconds(60), ClusterFixture.io(() ->
          c.audit().stream().anyMatch(x -> x.resource().equals("R") && x.action().equals("start")
              && !x.node().equals(victim))));
      NodeDaemon newDc = c.nodes.values().stream().filter(d -> d != oldDc && d.dc().isDc()).findFirst().orElseThrow();
      assertNotEquals(victim, newDc.name(), "a new DC on another node");
      assertTrue(newDc.dc().epoch() > oldEpoch, "the new DC has a higher epoch");

      List<String> calls = fenceCalls(fenceLog);
      assertEquals(1, calls.size(), "one fencing call: " + calls);
      assertTrue(calls.get(0).contains("plug=" + victim) || calls.get(0).contains("port=" + victim),
          "the old DC was the target: " + calls);
      long fencedAt = Long.parseLong(calls.get(0).split("\t")[0]);

      List<FenceResult> done = history(c, victim).stream().filter(FenceResult::succeeded).toList();
      assertEquals(1, done.size(), "one successful fencing recorded: " + history(c, victim));
      assertNotEquals(victim, done.get(0).delegate(), "fenced by a peer's fencer, not by the DC's own");

      double startedElsewhere = c.audit().stream().filter(x -> x.resource().equals("R") && x.action().equals("start")
          && !x.node().equals(victim)).mapToDouble(ClusterFixture.Audit::wall).min().orElseThrow();
      assertTrue(startedElsewhere * 1000 > fencedAt,
          "R started elsewhere " + (long) (startedElsewhere * 1000 - fencedAt) + " ms after the fencing call");

      // settled: the request is gone, nothing is fenced again, R started once elsewhere
      ClusterFixture.await("the fencing request handled", Duration.ofSeconds(30), ClusterFixture.io(() -> {
        try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
          return store.connection().client().getChildren().forPath(FencingRecorder.requests(store.paths())).isEmpty();
        }
      }));
      Thread.sleep(2000);
      assertEquals(1, fenceCalls(fenceLog).size(), "no further fencing: " + fenceCalls(fenceLog));
      assertEquals(1, c.audit().stream().filter(x -> x.resource().equals("R") && x.action().equals("start")
          && !x.node().equals(victim)).count(), "R started once elsewhere: " + c.audit());
      assertFalse(newDc.halted().isDone(), "the new DC still runs");
    }
  }
}
