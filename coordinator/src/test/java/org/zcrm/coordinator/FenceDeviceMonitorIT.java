package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibPaths;

/**
 * Recurring monitors of a fence device run the fence agent's monitor action on the node that runs
 * the device, and their results are in that node's status like any operation: a failure is the
 * device's last failure and gets a fail count, and the engine recovers the device (real ZooKeeper, real daemons, fence_zcrm_dummy whose first two
 * monitor calls fail: both tries of the first monitor).
 */
class FenceDeviceMonitorIT {

  @TempDir
  Path dir;

  /** The device's operation history on the node that runs it, if any. */
  private static Optional<String> lrm(NodeDaemon d, String rsc) throws Exception {
    CuratorFramework client = d.connection().client();
    CibPaths paths = d.store().paths();
    for (String node : client.getChildren().forPath(paths.members())) {
      String path = paths.statusLrm(node, rsc);
      if (client.checkExists().forPath(path) != null) {
        String xml = new String(client.getData().forPath(path), StandardCharsets.UTF_8);
        if (xml.contains("operation=\"monitor\"") && xml.contains("interval=\"1000\"")) {
          return Optional.of(node + "\n" + xml);
        }
      }
    }
    return Optional.empty();
  }

  private static String attrs(NodeDaemon d, String node) throws Exception {
    CuratorFramework client = d.connection().client();
    String path = d.store().paths().statusAttrs(node);
    return client.checkExists().forPath(path) == null ? ""
        : new String(client.getData().forPath(path), StandardCharsets.UTF_8);
  }

  /** The rc-code of an operation ({@code id}) in an lrm_resource, "" when absent. */
  private static String rc(String nodeAndXml, String id) {
    return attr(nodeAndXml, id, "rc-code");
  }

  /** An attribute of an operation ({@code id}) in an lrm_resource, "" when absent. */
  private static String attr(String nodeAndXml, String id, String name) {
    try {
      org.w3c.dom.Element lrm = org.zcrm.cib.store.CibXml.parse(nodeAndXml.substring(nodeAndXml.indexOf('\n') + 1));
      for (org.w3c.dom.Element op : org.zcrm.cib.store.CibXml.children(lrm, "lrm_rsc_op")) {
        if (id.equals(op.getAttribute("id"))) {
          return op.getAttribute(name);
        }
      }
      return "";
    } catch (org.zcrm.cib.store.CibXml.CibXmlException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long monitorCalls(Path log) throws Exception {
    return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains("\tcalled=monitor\t")).count() : 0;
  }

  @Test
  void fenceDeviceMonitorsRunTheAgentAndAFailureIsRecovered() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "devmon")) {
      c.startAll("node1", "node2");
      Path log = dir.resolve("fence.log");
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "true") + "</cluster_property_set></crm_config><resources>"
          + "<primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
          + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", log.toString())
          + ClusterFixture.nv("fd-first", "fail_first", "2")
          + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2") + "</instance_attributes>"
          + "<operations><op id=\"fd-mon\" name=\"monitor\" interval=\"1s\" timeout=\"10s\"/></operations>"
          + "</primitive></resources></configuration>");
      NodeDaemon any = c.nodes.values().iterator().next();

      // the first monitor fails: recorded as the device's last failure, with a fail count
      ClusterFixture.await("a fail count for the device monitor", Duration.ofSeconds(30), ClusterFixture.io(() ->
          c.nodes.keySet().stream().anyMatch(n -> {
            try {
              return attrs(any, n).contains("fail-count-fence-dummy#monitor_1000");
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          })));
      ClusterFixture.await("the failure in the device's history", Duration.ofSeconds(30), ClusterFixture.io(() ->
          lrm(any, "fence-dummy").map(x -> rc(x, "fence-dummy_last_failure_0")).orElse("").equals("1")));
      // the engine recovers the device (stop, start after the failure), and its monitor succeeds
      ClusterFixture.await("the device monitored successfully", Duration.ofSeconds(30),
          ClusterFixture.io(() -> monitorCalls(log) >= 3
              && lrm(any, "fence-dummy").map(x -> rc(x, "fence-dummy_monitor_1000")).orElse("").equals("0")));
      String status = lrm(any, "fence-dummy").orElseThrow();
      assertTrue(attr(status, "fence-dummy_last_0", "operation").equals("start")
          && Integer.parseInt(attr(status, "fence-dummy_last_0", "call-id"))
          > Integer.parseInt(attr(status, "fence-dummy_last_failure_0", "call-id")), "restarted after the failure: " + status);
      assertTrue(status.contains("fence-dummy_monitor_1000"), status);
      assertTrue(c.dc().orElseThrow().dc().isDc(), "the DC is fine");
    }
  }
}
