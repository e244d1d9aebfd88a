package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.NodeStatus;

/**
 * A plain daemon restart does not bounce what runs on the node: the node comes back with an empty
 * history, the engine probes it, the probe finds the resource running (an unexpected result that
 * aborts the transition), and the engine then keeps it there and starts its recurring monitor
 * again, which still catches a failure, recovered in place.
 */
class RestartAdoptIT {

  @TempDir
  Path dir;

  private static final Pattern OP = Pattern.compile("<lrm_rsc_op [^>]*>");

  @Test
  void restartedDaemonAdoptsItsResourceThroughTheEnginesProbe() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "restartadopt")) {
      c.startAll("node1", "node2");
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config>"
          + "<resources>" + ClusterFixture.dummy("R", c.audit.toString(), "") + "</resources></configuration>");
      ClusterFixture.await("R started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.runningOn("R").isPresent()
          && op(c, c.runningOn("R").get(), "R_monitor_1000").isPresent()));
      String node = c.runningOn("R").orElseThrow();
      long starts = c.count("R", "start");

      c.nodes.get(node).close(false);
      c.start(node);
      ClusterFixture.await("the engine's probe of R on " + node, Duration.ofSeconds(30),
          ClusterFixture.io(() -> op(c, node, "R_last_0").filter(o -> o.contains("operation=\"monitor\"")
              && o.contains("rc-code=\"0\"") && o.contains(":7:zcrm-dc-")).isPresent()));
      ClusterFixture.await("R's recurring monitor on " + node + " again", Duration.ofSeconds(30),
          ClusterFixture.io(() -> op(c, node, "R_monitor_1000").isPresent()));
      Thread.sleep(1000);
      assertEquals(starts, c.count("R", "start"), "R was adopted, not started again");
      assertEquals(0, c.count("R", "stop"), "R was never stopped");
      assertEquals(List.of(node), c.stateOn("R"));

      // the service dies: the recurring monitor notices, and R is recovered where it was
      Files.delete(dir.resolve("run").resolve(node + "-rsctmp").resolve("zcrm-Dummy").resolve("R.state"));
      ClusterFixture.await("R recovered", Duration.ofSeconds(30),
          ClusterFixture.io(() -> c.count("R", "start") > starts && c.stateOn("R").equals(List.of(node))));
      assertEquals(Optional.of(node), c.runningOn("R"), "recovered in place");
    }
  }

  /** One lrm_rsc_op element (as text) of R's history on a node, by its id. */
  private static Optional<String> op(ClusterFixture c, String node, String id) throws Exception {
    try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
      NodeStatus ns = store.snapshot().status().get(node);
      String lrm = ns == null ? null : ns.lrm().get("R");
      if (lrm == null) {
        return Optional.empty();
      }
      Matcher m = OP.matcher(lrm);
      while (m.find()) {
        if (m.group().contains(" id=\"" + id + "\"")) {
          return Optional.of(m.group());
        }
      }
      return Optional.empty();
    }
  }
}
