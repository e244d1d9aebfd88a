package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A promotable clone (promoted-max=1) of a real stateful shell agent on three daemons: one
 * instance is promoted, its promoted-role monitor (rc 8) keeps it so; the promoted node crashes,
 * is fenced, and only then is another instance promoted: never two promoted at once, by the agent's
 * own audit log and the fence agent's call log.
 */
class PromotableCloneIT {

  @TempDir
  Path dir;

  /** An agents folder with zcrm's agents and the test's ocf:zcrmtest:Stateful. */
  static Path agentsWithStateful(Path dir) throws IOException {
    Path repo = ClusterFixture.agents();
    Path own = Path.of("src", "test", "resources", "agents", "ocf", "zcrmtest").toAbsolutePath();
    if (!Files.isDirectory(own)) {
      own = Path.of("coordinator").resolve(Path.of("src", "test", "resources", "agents", "ocf", "zcrmtest"))
          .toAbsolutePath();
    }
    Path agents = dir.resolve("agents");
    Files.createDirectories(agents.resolve("ocf"));
    Files.createSymbolicLink(agents.resolve("ocf").resolve("zcrm"), repo.resolve("ocf").resolve("zcrm"));
    Files.createSymbolicLink(agents.resolve("ocf").resolve("zcrmtest"), own);
    Files.createSymbolicLink(agents.resolve("lsb"), repo.resolve("lsb"));
    Files.createSymbolicLink(agents.resolve("fence"), repo.resolve("fence"));
    return agents;
  }

  private static String config(Path fenceLog, String audit, Map<String, Integer> promotedScores) {
    StringBuilder cons = new StringBuilder("<constraints>");
    promotedScores.forEach((node, score) -> cons.append("<rsc_location id=\"P-promoted-").append(node)
        .append("\" rsc=\"P-clone\" role=\"Promoted\" node=\"").append(node).append("\" score=\"").append(score)
        .append("\"/>"));
    cons.append("</constraints>");
    return "<configuration><crm_config><cluster_property_set id=\"opts\">"
        + ClusterFixture.nv("o1", "stonith-enabled", "true") + "</cluster_property_set></crm_config><resources>"
        + "<primitive id=\"fence-dummy\" class=\"stonith\" type=\"fence_zcrm_dummy\">"
        + "<instance_attributes id=\"fd-ia\">" + ClusterFixture.nv("fd-log", "log_file", fenceLog.toString())
        + ClusterFixture.nv("fd-hosts", "pcmk_host_list", "node1 node2 node3") + "</instance_attributes></primitive>"
        + "<clone id=\"P-clone\"><meta_attributes id=\"P-clone-meta\">"
        + ClusterFixture.nv("P-promotable", "promotable", "true") + ClusterFixture.nv("P-pmax", "promoted-max", "1")
        + ClusterFixture.nv("P-pnmax", "promoted-node-max", "1") + "</meta_attributes>"
        + "<primitive id=\"P\" class=\"ocf\" provider=\"zcrmtest\" type=\"Stateful\">"
        + "<instance_attributes id=\"P-ia\">" + ClusterFixture.nv("P-audit", "audit_log", audit)
        + "</instance_attributes><operations>"
        + "<op id=\"P-mon-promoted\" name=\"monitor\" interval=\"1s\" timeout=\"10s\" role=\"Promoted\"/>"
        + "<op id=\"P-mon-unpromoted\" name=\"monitor\" interval=\"2s\" timeout=\"10s\" role=\"Unpromoted\"/>"
        + "</operations></primitive></clone></resources>" + cons + "</configuration>";
  }

  /** Nodes whose instance's state file says promoted (where the agent really is promoted). */
  private static List<String> promotedOn(ClusterFixture c) throws IOException {
    List<String> out = new ArrayList<>();
    for (String n : List.of("node1", "node2", "node3")) {
      Path d = c.dir.resolve("run").resolve(n + "-rsctmp").resolve("zcrm-Stateful");
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> s = Files.list(d)) {
        for (Path f : s.toList()) {
          if (f.getFileName().toString().endsWith(".state") && Files.readString(f).trim().equals("promoted")) {
            out.add(n);
          }
        }
      }
    }
    return out;
  }

  private static long count(ClusterFixture c, String node, String action) throws IOException {
    return c.audit().stream().filter(a -> a.resource().equals("P") && a.action().equals(action)
        && (node == null || a.node().equals(node))).count();
  }

  /**
   * Promoted periods per node from the audit log, [promote, demote or stop); one still promoted on
   * a node ends at {@code ends.get(node)} (its fencing) or never.
   */
  private static List<double[]> promotedPeriods(ClusterFixture c, Map<String, Double> ends) throws IOException {
    Map<String, Double> since = new TreeMap<>();
    List<double[]> out = new ArrayList<>();
    for (ClusterFixture.Audit a : c.audit()) {
      if (!a.resource().equals("P")) {
        continue;
      }
      if (a.action().equals("promote")) {
        since.putIfAbsent(a.node(), a.wall());
      } else if ((a.action().equals("demote") || a.action().equals("stop")) && since.containsKey(a.node())) {
        out.add(new double[] {since.remove(a.node()), a.wall()});
      }
    }
    since.forEach((node, from) -> out.add(new double[] {from, ends.getOrDefault(node, Double.MAX_VALUE)}));
    return out;
  }

  @Test
  void onePromotedInstanceAndAnotherPromotedOnlyAfterItsNodeIsFenced() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "promotable")) {
      c.agentsDir = agentsWithStateful(dir);
      c.startAll("node1", "node2", "node3");
      String dcName = c.dc().orElseThrow().name();
      List<String> others = c.nodes.keySet().stream().filter(n -> !n.equals(dcName)).toList();
      String victim = others.get(0);
      String next = others.get(1);
      Path fenceLog = dir.resolve("fence.log");
      c.configure(config(fenceLog, c.audit.toString(), Map.of(victim, 30, next, 20, dcName, 10)));

      ClusterFixture.await("an instance on every node, promoted on " + victim, Duration.ofSeconds(60),
          ClusterFixture.io(() -> count(c, null, "start") == 3 && promotedOn(c).equals(List.of(victim))));
      // the promoted instance's monitor returns 8 and the unpromoted ones' 0: none of it is a failure
      Thread.sleep(5000);
      assertEquals(List.of(victim), promotedOn(c), "promoted only on " + victim + ": " + c.audit());
      assertEquals(1, count(c, null, "promote"), "promoted once: " + c.audit());
      assertEquals(0, count(c, null, "stop") + count(c, null, "demote"), "nothing stopped or demoted: " + c.audit());

      c.nodes.get(victim).crash();
      ClusterFixture.await("an instance promoted on " + next, Duration.ofSeconds(60),
          ClusterFixture.io(() -> count(c, next, "promote") == 1));
      List<String> calls = Files.readAllLines(fenceLog).stream()
          .filter(l -> l.contains("\tcalled=reboot") || l.contains("\tcalled=off")).toList();
      assertEquals(1, calls.size(), "one fencing call: " + calls);
      assertTrue(calls.get(0).contains("=" + victim + "\t") || calls.get(0).endsWith("=" + victim),
          "the crashed node was fenced: " + calls);
      double fencedAt = Long.parseLong(calls.get(0).split("\t")[0]) / 1000.0;

      List<double[]> periods = promotedPeriods(c, Map.of(victim, fencedAt));
      for (int i = 0; i < periods.size(); i++) {
        for (int j = i + 1; j < periods.size(); j++) {
          double[] a = periods.get(i);
          double[] b = periods.get(j);
          assertTrue(a[1] <= b[0] || b[1] <= a[0], "two instances promoted at once: " + c.audit());
        }
      }
      Thread.sleep(3000);
      assertEquals(List.of(next), promotedOn(c).stream().filter(n -> !n.equals(victim)).toList(),
          "promoted only on " + next + " among the live nodes: " + c.audit());
      assertEquals(1, count(c, next, "promote"), "promoted once on " + next + ": " + c.audit());
      assertEquals(0, count(c, next, "stop") + count(c, dcName, "stop"), "no live instance stopped: " + c.audit());
    }
  }
}
