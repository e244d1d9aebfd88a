package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.ObjectKind;

/**
 * Regression (found by the fault campaign, seed 7, round 20: a resource deleted from the
 * configuration while it ran): the DC has no parameters for a resource that is no longer
 * configured, so its stop ran without them (an agent that needs its parameters to stop would fail;
 * the Dummy wrote no audit line). A node stops a resource with the parameters it started it with.
 */
class OrphanStopIT {

  @TempDir
  Path dir;

  @Test
  void resourceDeletedWhileRunningIsStoppedWithItsParameters() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "orphan")) {
      c.startAll("node1");
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config>"
          + "<resources>" + ClusterFixture.dummy("R", c.audit.toString(), "") + "</resources></configuration>");
      ClusterFixture.await("R started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.count("R", "start") == 1));
      try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
        store.update("delete R", s -> s.without(ObjectKind.RESOURCE, "R"));
      }
      ClusterFixture.await("R stopped", Duration.ofSeconds(30), () -> c.stateOn("R").isEmpty());
      Thread.sleep(300); // the audit line follows the state file's removal
      assertEquals(1, c.count("R", "stop"), "the stop ran with R's audit_log parameter: " + c.audit());
    }
  }
}
