package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.ZkSettings;
import org.zcrm.cli.status.ClusterState;
import org.zcrm.cli.status.ClusterStateReader;
import org.zcrm.coordinator.NodeDaemon;
import org.zcrm.coordinator.NodeOptions;

/**
 * `zcrm resource cleanup` and `refresh` against two node daemons (in this JVM) on a real ZooKeeper
 * server with the real Dummy agent: a failed monitor leaves a failed operation and a fail count that
 * move R away from its preferred node; cleanup forgets them and R comes back; refresh makes a node
 * probe R again, which finds a copy started behind the cluster's back.
 */
class HistoryVerbsIT {

  @TempDir
  Path dir;

  @Test
  void cleanupForgetsFailuresAndRefreshProbesAgain() throws Exception {
    InstanceSpec spec = new InstanceSpec(dir.resolve("zk").toFile(), -1, -1, -1, true, 1, 250, 100);
    Path audit = Files.createFile(dir.resolve("audit.log"));
    Map<String, NodeDaemon> nodes = new TreeMap<>();
    try (TestingServer zk = new TestingServer(spec, true)) {
      ZkSettings settings = ZkSettings.of(zk.getConnectString(), "history").withSessionTimeout(Duration.ofSeconds(4));
      String[] conn = {"--zk", zk.getConnectString(), "--cluster", "history"};
      try (CibStore store = CibStore.open(settings, ConfigChecker.NONE)) {
        for (String n : List.of("node1", "node2")) {
          nodes.put(n, NodeDaemon.start(new NodeOptions(n, settings, dir.resolve("run"), agents(), null,
              Duration.ofSeconds(20))));
        }
        await("both joined", () -> nodes.values().stream().allMatch(d -> d.local().joined()));
        configure(store, "<configuration><crm_config><cluster_property_set id=\"o\">"
            + "<nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/></cluster_property_set></crm_config>"
            + "<resources><primitive id=\"R\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">"
            + "<instance_attributes id=\"R-ia\"><nvpair id=\"R-a\" name=\"audit_log\" value=\"" + audit + "\"/>"
            + "</instance_attributes><meta_attributes id=\"R-m\">"
            + "<nvpair id=\"R-mt\" name=\"migration-threshold\" value=\"1\"/></meta_attributes>"
            + "<operations><op id=\"R-mon\" name=\"monitor\" interval=\"1s\" timeout=\"10s\"/></operations>"
            + "</primitive></resources><constraints>"
            + "<rsc_location id=\"R-pref\" rsc=\"R\" node=\"node1\" score=\"100\"/></constraints></configuration>");
        await("R running on node1", () -> Files.exists(state("node1")));

        // refusals change nothing
        CliRun unknown = CliRun.of(cat(new String[] {"resource", "cleanup", "nope"}, conn));
        assertEquals(1, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("no resource 'nope'"), unknown.err());
        CliRun badNode = CliRun.of(cat(new String[] {"resource", "refresh", "R", "--node", "node9"}, conn));
        assertEquals(1, badNode.exitCode(), badNode.err());
        assertTrue(badNode.err().contains("no node 'node9'"), badNode.err());
        assertEquals(List.of(), requests(store), "nothing was written");

        // R's service dies on node1: the monitor fails, the fail count reaches the threshold, R moves
        Files.delete(state("node1"));
        await("R moved to node2 with a failure recorded on node1", () -> Files.exists(state("node2"))
            && hasFailure(read(store), "node1") && lrm(store, "node1").contains("R_last_failure_0"));

        CliRun cleanup = CliRun.of(cat(new String[] {"resource", "cleanup", "R"}, conn));
        assertEquals(0, cleanup.exitCode(), cleanup.err());
        assertTrue(cleanup.out().contains("Cleaned up R on node1 (1 failed operation forgotten, fail count 1 cleared)"),
            cleanup.out());
        assertTrue(cleanup.out().contains("Cleaned up R on node2 (no failures were recorded)"), cleanup.out());
        ClusterState after = read(store);
        assertEquals(List.of(), after.failedActions(), "no failed action left");
        assertEquals(List.of(), after.failCounts(), "no fail count left");
        assertTrue(!lrm(store, "node1").contains("R_last_failure_0"), lrm(store, "node1"));
        assertEquals(List.of(), requests(store), "every request was handled");
        await("R back on its preferred node1", () -> Files.exists(state("node1")) && !Files.exists(state("node2")));

        // a copy of R started behind the cluster's back on node2: only a new probe can find it
        await("R stopped on node2 in the status", () -> lrm(store, "node2").contains("operation=\"stop\""));
        Files.createDirectories(state("node2").getParent());
        Files.writeString(state("node2"), "");
        CliRun refresh = CliRun.of(cat(new String[] {"resource", "refresh", "R", "--node", "node2"}, conn));
        assertEquals(0, refresh.exitCode(), refresh.err());
        assertEquals("Cleaned up R on node2 (history forgotten, probed again)\n", refresh.out());
        await("the cluster saw R on two nodes and stopped the copy on node2",
            () -> !Files.exists(state("node2")) && Files.exists(state("node1")));
      } finally {
        nodes.values().forEach(d -> d.close(false));
      }
    }
  }

  private Path state(String node) {
    return dir.resolve("run").resolve(node + "-rsctmp").resolve("zcrm-Dummy").resolve("R.state");
  }

  private static boolean hasFailure(ClusterState s, String node) {
    return s.failCounts().stream().anyMatch(f -> f.resource().equals("R") && f.node().equals(node));
  }

  private static ClusterState read(CibStore store) {
    return ClusterStateReader.read(store, Instant.now());
  }

  private static String lrm(CibStore store, String node) {
    try {
      return new String(store.connection().client().getData().forPath(store.paths().statusLrm(node, "R")),
          StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "";
    }
  }

  private static List<String> requests(CibStore store) throws Exception {
    List<String> out = new ArrayList<>();
    var c = store.connection().client();
    if (c.checkExists().forPath(store.paths().requests()) == null) {
      return out;
    }
    for (String n : c.getChildren().forPath(store.paths().requests())) {
      c.getChildren().forPath(store.paths().requests(n)).forEach(r -> out.add(n + "/" + r));
    }
    return out;
  }

  private static void configure(CibStore store, String xml) throws Exception {
    Element conf = CibXml.parse(xml);
    store.update("configure the test", c -> {
      ConfigState s = c;
      for (Element section : CibXml.children(conf)) {
        ObjectKind kind = ObjectKind.bySection(section.getTagName()).orElseThrow();
        if (kind.isCollection()) {
          for (Element e : CibXml.children(section)) {
            s = s.with(ConfigObject.of(kind, e));
          }
        } else {
          s = s.with(ConfigObject.of(kind, section));
        }
      }
      return s;
    });
  }

  private static Path agents() {
    Path p = Path.of("").toAbsolutePath();
    return (Files.isDirectory(p.resolve("agents")) ? p : p.getParent()).resolve("agents");
  }

  private static String[] cat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void await(String what, BooleanSupplier cond) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (System.nanoTime() < end) {
      if (cond.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
