package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (found by the fault campaign, seed 1, round 7, ZooKeeper quorum loss): self-fencing
 * stopped clone instances without their definition, so the agent ran without its
 * parameters (an agent that needs them would fail to stop, and the Dummy wrote no audit line).
 */
class SelfFencingCloneIT {

  @TempDir
  Path dir;

  @Test
  void selfFencingStopsCloneInstancesWithTheirParameters() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "selffenceclone")) {
      c.startAll("node1", "node2");
      String dcName = c.dc().orElseThrow().name();
      String victim = c.nodes.keySet().stream().filter(n -> !n.equals(dcName)).findFirst().orElseThrow();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "true") + ClusterFixture.nv("o2", "stonith-watchdog-timeout", "3s")
          + "</cluster_property_set></crm_config><resources><clone id=\"C-clone\">"
          + ClusterFixture.dummy("C", c.audit.toString(), "") + "</clone></resources></configuration>");
      ClusterFixture.await("a clone instance started on " + victim, Duration.ofSeconds(30), ClusterFixture.io(() ->
          c.audit().stream().anyMatch(a -> a.node().equals(victim) && a.resource().equals("C")
              && a.action().equals("start"))));
      NodeDaemon v = c.nodes.get(victim);
      v.connection().client().getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();
      ClusterFixture.await("the victim's instance stopped, with its audit line", Duration.ofSeconds(20),
          ClusterFixture.io(() -> c.audit().stream().anyMatch(a -> a.node().equals(victim)
              && a.resource().equals("C") && a.action().equals("stop"))));
      List<ClusterFixture.Audit> log = c.audit();
      assertTrue(log.stream().anyMatch(a -> a.node().equals(victim) && a.action().equals("stop")), log.toString());
    }
  }
}
