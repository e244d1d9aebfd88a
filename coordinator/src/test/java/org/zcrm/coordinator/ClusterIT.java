package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three node daemons in one JVM on a real ZooKeeper server, with zcrm's Dummy agent. */
class ClusterIT {

  @TempDir
  Path dir;

  @Test
  void groupOrderAndColocationStartInOrderOnTheRightNodes() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "order")) {
      for (String n : List.of("node1", "node2", "node3")) {
        c.start(n);
      }
      ClusterFixture.await("all joined", Duration.ofSeconds(30),
          () -> c.nodes.values().stream().allMatch(d -> d.local().joined()));
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + "<nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/></cluster_property_set></crm_config>"
          + "<resources><group id=\"G\">" + ClusterFixture.dummy("A1", a, "") + ClusterFixture.dummy("A2", a, "")
          + "</group>" + ClusterFixture.dummy("B", a, "") + ClusterFixture.dummy("C", a, "") + "</resources>"
          + "<constraints><rsc_location id=\"G-on-1\" rsc=\"G\" node=\"node1\" score=\"100\"/>"
          + "<rsc_location id=\"B-on-2\" rsc=\"B\" node=\"node2\" score=\"100\"/>"
          + "<rsc_order id=\"G-then-B\" first=\"G\" then=\"B\" kind=\"Mandatory\"/>"
          + "<rsc_colocation id=\"C-with-B\" rsc=\"C\" with-rsc=\"B\" score=\"INFINITY\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("all started", Duration.ofSeconds(30), ClusterFixture.io(() ->
          c.runningOn("A1").isPresent() && c.runningOn("A2").isPresent() && c.runningOn("B").isPresent()
              && c.runningOn("C").isPresent()));
      assertEquals("node1", c.runningOn("A1").orElseThrow());
      assertEquals("node1", c.runningOn("A2").orElseThrow());
      assertEquals("node2", c.runningOn("B").orElseThrow());
      assertEquals("node2", c.runningOn("C").orElseThrow());
      List<ClusterFixture.Audit> log = c.audit();
      double a1 = start(log, "A1");
      double a2 = start(log, "A2");
      double b = start(log, "B");
      assertTrue(a1 < a2, "A1 starts before A2 (group order)");
      assertTrue(a2 < b, "the group is running before B starts (rsc_order)");
      Thread.sleep(1500);
      assertEquals(4, c.audit().size(), "nothing started twice: " + c.audit());
    }
  }

  static double start(List<ClusterFixture.Audit> log, String rsc) {
    return log.stream().filter(x -> x.resource().equals(rsc) && x.action().equals("start"))
        .mapToDouble(ClusterFixture.Audit::wall).min().orElseThrow();
  }
}
