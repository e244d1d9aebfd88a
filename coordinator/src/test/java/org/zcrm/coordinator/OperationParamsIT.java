package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameters an agent gets are the engine's, evaluated for the node the action runs on: a
 * clone whose instance_attributes hold one rule-guarded block per node ({@code #uname}) runs with
 * each node's own values (a node reading the CIB itself, without rules, took the first block's
 * values everywhere).
 */
class OperationParamsIT {

  @TempDir
  Path dir;

  @Test
  void ruleChosenParametersReachEachNodesAgent() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "opparams")) {
      c.startAll("node1", "node2");
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config>"
          + "<resources><clone id=\"P-clone\"><primitive id=\"P\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">"
          + "<instance_attributes id=\"P-ia\">" + ClusterFixture.nv("P-audit", "audit_log", c.audit.toString())
          + "</instance_attributes>" + block("node1", 2) + block("node2", 1)
          + "<operations><op id=\"P-mon\" name=\"monitor\" interval=\"1s\" timeout=\"10s\"/></operations>"
          + "</primitive></clone></resources></configuration>");
      for (String node : List.of("node1", "node2")) {
        Path env = dir.resolve(node + ".env");
        // every action rewrites the file: wait for a whole dump
        ClusterFixture.await("an action of P on " + node, Duration.ofSeconds(30), ClusterFixture.io(() ->
            Files.exists(env) && environment(env).containsKey("OCF_RESKEY_CRM_meta_on_node")
                && environment(env).containsKey("OCF_RESKEY_fake")));
        ClusterFixture.await("the start of P on " + node + " recorded", Duration.ofSeconds(30),
            ClusterFixture.io(() -> c.audit().stream().anyMatch(a -> a.node().equals(node)
                && a.action().equals("start"))));
        Map<String, String> seen = environment(env);
        assertEquals("for-" + node, seen.get("OCF_RESKEY_fake"), node + "'s agent got " + seen);
        assertEquals(node, seen.get("OCF_RESKEY_CRM_meta_on_node"), node + "'s agent got " + seen);
      }
    }
  }

  /** An instance_attributes block that applies on one node only. */
  private String block(String node, int score) {
    return "<instance_attributes id=\"P-" + node + "\" score=\"" + score + "\"><rule id=\"P-" + node
        + "-rule\" score=\"INFINITY\"><expression id=\"P-" + node + "-expr\" attribute=\"#uname\" operation=\"eq\""
        + " value=\"" + node + "\"/></rule>" + ClusterFixture.nv("P-" + node + "-env", "envfile",
            dir.resolve(node + ".env").toString()) + ClusterFixture.nv("P-" + node + "-fake", "fake", "for-" + node)
        + "</instance_attributes>";
  }

  private static Map<String, String> environment(Path env) throws java.io.IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(env)) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.startsWith("OCF_")) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }
}
