package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.curator.test.InstanceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One ZooKeeper server of three dies: the cluster carries on. */
class EnsembleIT {

  @TempDir
  Path dir;

  @Test
  void clusterCarriesOnWhenOneZooKeeperServerOfThreeDies() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "ensemble", 3)) {
      c.startAll("node1", "node2", "node3");
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config><resources>"
          + ClusterFixture.dummy("E1", a, "") + "</resources></configuration>");
      ClusterFixture.await("E1 started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.runningOn("E1").isPresent()));
      InstanceSpec victim = c.ensemble.getInstances().iterator().next();
      c.ensemble.killServer(victim);
      c.configure("<configuration><resources>" + ClusterFixture.dummy("E2", a, "") + "</resources></configuration>");
      ClusterFixture.await("E2 started", Duration.ofSeconds(40), ClusterFixture.io(() -> c.runningOn("E2").isPresent()));
      assertEquals(1, c.count("E1", "start"), "E1 was not disturbed: " + c.audit());
      assertEquals(0, c.count("E1", "stop"), "E1 was not stopped: " + c.audit());
    }
  }
}
