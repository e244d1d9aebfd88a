package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node whose session expires lets go of its resources before anyone else starts them. */
class SelfFencingIT {

  @TempDir
  Path dir;

  @Test
  void expiredNodeStopsItsResourcesBeforeOthersStartThem() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "selffence")) {
      c.startAll("node1", "node2", "node3");
      String dcName = c.dc().orElseThrow().name();
      String victim = c.nodes.keySet().stream().filter(n -> !n.equals(dcName)).findFirst().orElseThrow();
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "true") + ClusterFixture.nv("o2", "stonith-watchdog-timeout", "3s")
          + "</cluster_property_set></crm_config><resources>"
          + ClusterFixture.dummy("W", a, ClusterFixture.nv("W-sleep", "op_sleep", "0.5")) + "</resources>"
          + "<constraints><rsc_location id=\"W-pref\" rsc=\"W\" node=\"" + victim + "\" score=\"100\"/>"
          + "<rsc_location id=\"W-stay\" rsc=\"W\" node=\"" + dcName + "\" score=\"50\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("W started on " + victim, Duration.ofSeconds(30),
          ClusterFixture.io(() -> c.lastStart("W", victim) > 0));
      NodeDaemon v = c.nodes.get(victim);
      v.connection().client().getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();
      ClusterFixture.await("W stopped on " + victim, Duration.ofSeconds(20),
          ClusterFixture.io(() -> c.count("W", "stop") > 0));
      ClusterFixture.await("victim rejoined", Duration.ofSeconds(30), () -> v.local().joined());
      ClusterFixture.await("W running again", Duration.ofSeconds(30), ClusterFixture.io(() -> c.runningOn("W").isPresent()));
      List<ClusterFixture.Audit> log = c.audit();
      double stoppedAt = log.stream().filter(x -> x.resource().equals("W") && x.action().equals("stop"))
          .mapToDouble(ClusterFixture.Audit::wall).min().orElseThrow();
      double startedAgain = log.stream().filter(x -> x.resource().equals("W") && x.action().equals("start"))
          .mapToDouble(ClusterFixture.Audit::wall).max().orElseThrow();
      assertTrue(stoppedAt < startedAgain, "stopped before being started again: " + log);
      assertTrue(c.count("W", "start") == 2, "started twice in all (before and after): " + log);
    }
  }
}
