package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibPaths;

/**
 * stonith-max-attempts: after that many failed fencing attempts of one target the DC stops
 * retrying, records that manual intervention is needed, and a manual confirmation still recovers
 * (real ZooKeeper, real daemons, fence_zcrm_dummy in mode=fail).
 */
class FencingAttemptsIT {
  private static final int MAX_ATTEMPTS = 2;

  @TempDir
  Path dir;

  /** The fencing history entries (raw XML) about a target. */
  private static List<String> history(NodeDaemon d, String target) throws Exception {
    CuratorFramework client = d.connection().client();
    CibPaths paths = d.store().paths();
    List<String> out = new ArrayList<>();
    for (String id : client.getChildren().forPath(paths.fencingHistory())) {
      String xml = new String(client.getData().forPath(paths.fencingHistory() + "/" + id), StandardCharsets.UTF_8);
      if (xml.contains("target=\"" + target + "\"")) {
        out.add(xml);
      }
    }
    return out;
  }

  private static long attempts(NodeDaemon d, String target) throws Exception {
    return history(d, target).stream().filter(x -> x.contains("client=\"zcrm-coordinator\"")).count();
  }

  @Test
  void theDcGivesUpAfterMaxAttemptsAndWaitsForAConfirmation() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "attempts")) {
      c.startAll("node1", "node2", "node3");
      NodeDaemon dc = c.dc().orElseThrow();
      String victim = c.nodes.keySet().stream().filter(n -> !n.equals(dc.name())).findFirst().orElseThrow();
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "true")
          + ClusterFixture.nv("o2", "stonith-max-attempts", Integer.toString(MAX_ATTEMPTS))
          + "</cluster_property_set></crm_config><resources>"
          + "<primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
          + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", dir.resolve("fence.log").toString())
          + ClusterFixture.nv("fd-mode", "mode", "fail")
          + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
          + ClusterFixture.dummy("F", a, "") + "</resources>"
          + "<constraints><rsc_location id=\"F-pref\" rsc=\"F\" node=\"" + victim + "\" score=\"100\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("F on " + victim, Duration.ofSeconds(30), ClusterFixture.io(() -> c.lastStart("F", victim) > 0));
      c.nodes.get(victim).crash();

      ClusterFixture.await("the DC gave up", Duration.ofSeconds(60), ClusterFixture.io(() ->
          history(dc, victim).stream().anyMatch(x -> x.contains(DcFencing.GAVE_UP_CLIENT))));
      String gaveUp = history(dc, victim).stream().filter(x -> x.contains(DcFencing.GAVE_UP_CLIENT)).findFirst()
          .orElseThrow();
      assertTrue(gaveUp.contains("manual intervention") && gaveUp.contains("zcrm fence confirm " + victim), gaveUp);
      assertEquals(MAX_ATTEMPTS, attempts(dc, victim), "attempts before giving up: " + history(dc, victim));

      // no more attempts, even well after the retry pause
      Thread.sleep(DcFencing.RETRY_PAUSE.toMillis() * 2);
      assertEquals(MAX_ATTEMPTS, attempts(dc, victim), "no attempt after giving up: " + history(dc, victim));
      assertEquals(1, c.count("F", "start"), "F not recovered while its node is not fenced");

      dc.connection().client().create().creatingParentsIfNeeded()
          .withMode(org.apache.zookeeper.CreateMode.PERSISTENT_SEQUENTIAL)
          .forPath(FencingRecorder.requests(dc.store().paths()) + "/req-",
              new FenceRequests.Request(victim, org.zcrm.fence.FenceAction.OFF, true, "test").toBytes());
      ClusterFixture.await("F recovered after the confirmation", Duration.ofSeconds(30),
          ClusterFixture.io(() -> c.count("F", "start") == 2));
    }
  }
}
