package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node loss, fencing before recovery, DC loss mid-transition, monitor failures (in one JVM). */
class FailoverIT {

  @TempDir
  Path dir;

  private static String fencingOn(Path fenceLog) {
    return "<crm_config><cluster_property_set id=\"opts\">" + ClusterFixture.nv("o1", "stonith-enabled", "true")
        + "</cluster_property_set></crm_config>"
        + "<resources><primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
        + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", fenceLog.toString())
        + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
        + "</resources>";
  }

  @Test
  void lostNodeIsFencedBeforeItsResourcesStartElsewhere() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "fence")) {
      c.startAll("node1", "node2", "node3");
      String dcName = c.dc().orElseThrow().name();
      String victim = c.nodes.keySet().stream().filter(n -> !n.equals(dcName)).findFirst().orElseThrow();
      Path fenceLog = dir.resolve("fence.log");
      String a = c.audit.toString();
      c.configure("<configuration>" + fencingOn(fenceLog).replace("</resources>",
          "<group id=\"G\">" + ClusterFixture.dummy("R1", a, "") + ClusterFixture.dummy("R2", a, "") + "</group></resources>")
          + "<constraints><rsc_location id=\"G-pref\" rsc=\"G\" node=\"" + victim + "\" score=\"100\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("group started on " + victim, Duration.ofSeconds(30),
          ClusterFixture.io(() -> c.lastStart("R2", victim) > 0));
      c.nodes.get(victim).crash();
      ClusterFixture.await("group recovered elsewhere", Duration.ofSeconds(30), ClusterFixture.io(() ->
          c.audit().stream().anyMatch(x -> x.resource().equals("R2") && !x.node().equals(victim))));
      List<String> fence = Files.readAllLines(fenceLog).stream().filter(l -> l.contains("called=reboot")
          || l.contains("called=off")).toList();
      assertEquals(1, fence.size(), "one fencing call: " + fence);
      assertTrue(fence.get(0).contains(victim), "the victim was fenced: " + fence);
      double fencedAt = Long.parseLong(fence.get(0).split("\t")[0]) / 1000.0;
      for (String r : List.of("R1", "R2")) {
        double startedElsewhere = c.audit().stream().filter(x -> x.resource().equals(r) && !x.node().equals(victim)
            && x.action().equals("start")).mapToDouble(ClusterFixture.Audit::wall).min().orElseThrow();
        assertTrue(startedElsewhere > fencedAt, r + " started elsewhere only after fencing");
      }
    }
  }

  @Test
  void failedFencingBlocksRecoveryUntilAManualConfirmation() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "confirm")) {
      c.startAll("node1", "node2", "node3");
      String dcName = c.dc().orElseThrow().name();
      String victim = c.nodes.keySet().stream().filter(n -> !n.equals(dcName)).findFirst().orElseThrow();
      Path fenceLog = dir.resolve("fence.log");
      String a = c.audit.toString();
      String failing = fencingOn(fenceLog).replace("</instance_attributes></primitive>",
          ClusterFixture.nv("fd-mode", "mode", "fail") + "</instance_attributes></primitive>");
      c.configure("<configuration>" + failing.replace("</resources>", ClusterFixture.dummy("F", a, "") + "</resources>")
          + "<constraints><rsc_location id=\"F-pref\" rsc=\"F\" node=\"" + victim + "\" score=\"100\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("F on " + victim, Duration.ofSeconds(30), ClusterFixture.io(() -> c.lastStart("F", victim) > 0));
      c.nodes.get(victim).crash();
      ClusterFixture.await("a failed fencing attempt", Duration.ofSeconds(30),
          ClusterFixture.io(() -> Files.exists(fenceLog) && Files.readString(fenceLog).contains("called=reboot")));
      Thread.sleep(3000);
      assertEquals(1, c.count("F", "start"), "F not recovered while its node is not fenced: " + c.audit());
      NodeDaemon dc = c.dc().orElseThrow();
      dc.connection().client().create().creatingParentsIfNeeded().withMode(org.apache.zookeeper.CreateMode.PERSISTENT_SEQUENTIAL)
          .forPath(FencingRecorder.requests(dc.store().paths()) + "/req-",
              new FenceRequests.Request(victim, org.zcrm.fence.FenceAction.OFF, true, "test").toBytes());
      ClusterFixture.await("F recovered after the confirmation", Duration.ofSeconds(30),
          ClusterFixture.io(() -> c.count("F", "start") == 2));
    }
  }

  @Test
  void newDcFinishesTheTransitionAndNothingRunsTwice() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "dcloss")) {
      c.startAll("node1", "node2", "node3");
      String dcName = c.dc().orElseThrow().name();
      String a = c.audit.toString();
      String slow = ClusterFixture.nv("S1-sleep", "op_sleep", "1.5");
      StringBuilder cons = new StringBuilder("<constraints>");
      for (String r : List.of("S1", "S2", "S3")) {
        cons.append("<rsc_location id=\"").append(r).append("-not-dc\" rsc=\"").append(r).append("\" node=\"")
            .append(dcName).append("\" score=\"-INFINITY\"/>");
      }
      cons.append("<rsc_order id=\"o12\" first=\"S1\" then=\"S2\"/><rsc_order id=\"o23\" first=\"S2\" then=\"S3\"/>");
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config><resources>"
          + ClusterFixture.dummy("S1", a, slow) + ClusterFixture.dummy("S2", a, slow.replace("S1-", "S2-"))
          + ClusterFixture.dummy("S3", a, slow.replace("S1-", "S3-")) + "</resources>" + cons + "</constraints>"
          + "</configuration>");
      ClusterFixture.await("S1 started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.count("S1", "start") > 0));
      long oldEpoch = c.nodes.get(dcName).dc().epoch();
      c.nodes.get(dcName).crash();
      c.nodes.remove(dcName);
      ClusterFixture.await("a new DC", Duration.ofSeconds(20), () -> c.dc().isPresent());
      assertTrue(c.dc().orElseThrow().dc().epoch() > oldEpoch, "the new DC has a higher epoch");
      ClusterFixture.await("S3 started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.count("S3", "start") > 0));
      Thread.sleep(1500);
      for (String r : List.of("S1", "S2", "S3")) {
        assertEquals(1, c.count(r, "start"), r + " started exactly once: " + c.audit());
        assertNotEquals(dcName, c.runningOn(r).orElseThrow());
      }
    }
  }

  @Test
  void monitorFailureRestartsInPlaceThenMovesAtMigrationThreshold() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "monitor")) {
      c.startAll("node1", "node2", "node3");
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config><resources>"
          + ClusterFixture.dummy("M", a, "", ClusterFixture.nv("M-mt", "migration-threshold", "2")) + "</resources>"
          + "<constraints><rsc_location id=\"M-pref\" rsc=\"M\" node=\"node2\" score=\"100\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("M started", Duration.ofSeconds(30), ClusterFixture.io(() -> c.runningOn("M").isPresent()));
      assertEquals("node2", c.runningOn("M").orElseThrow());
      Path state = dir.resolve("run").resolve("node2-rsctmp").resolve("zcrm-Dummy").resolve("M.state");
      assertTrue(Files.exists(state), "state file " + state);
      Files.delete(state);
      ClusterFixture.await("M restarted in place", Duration.ofSeconds(30),
          ClusterFixture.io(() -> c.count("M", "start") == 2 && Files.exists(state)));
      assertEquals(List.of("node2"), c.stateOn("M"), "restarted in place after one failure");
      Thread.sleep(1500);
      Files.delete(state);
      ClusterFixture.await("M moved", Duration.ofSeconds(30), () ->
          c.stateOn("M").size() == 1 && !c.stateOn("M").get(0).equals("node2"));
      Thread.sleep(1000);
      assertEquals(1, c.stateOn("M").size(), "M runs once: " + c.stateOn("M"));
    }
  }
}
