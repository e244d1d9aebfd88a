package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.edit.ResourceEdits;

/**
 * A resource's definition changed while it runs: the DC compares the parameter digests the nodes
 * recorded with what it would send now. Changing a parameter the agent cannot reload (Dummy's
 * {@code state}) restarts the resource exactly once with the new value; changing a reloadable one
 * ({@code fake}) reloads it without a restart; and nothing restarts an unchanged resource, not a
 * DC failover nor a daemon restart. The changes go through {@link ResourceEdits#update}, what
 * {@code zcrm resource update R NAME=VALUE} runs.
 */
class DefinitionChangeIT {
  private static final Duration WAIT = Duration.ofSeconds(40);

  @TempDir
  Path dir;

  @Test
  void changedParametersRestartOrReloadOnceAndNothingElseDoes() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "definition")) {
      c.startAll("node1", "node2", "node3");
      String dc = c.dc().orElseThrow().name();
      String home = List.of("node1", "node2", "node3").stream().filter(n -> !n.equals(dc)).findFirst()
          .orElseThrow();
      Path env = dir.resolve("R.env");
      Path stateA = dir.resolve("state-a");
      Path stateB = dir.resolve("state-b");
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config>"
          + "<resources>" + ClusterFixture.dummy("R", c.audit.toString(),
              ClusterFixture.nv("R-env", "envfile", env.toString())
              + ClusterFixture.nv("R-state", "state", stateA.toString())
              + ClusterFixture.nv("R-fake", "fake", "first"))
          + "</resources><constraints>" + onlyOn(home) + "</constraints></configuration>");
      ClusterFixture.await("R started on " + home, WAIT, ClusterFixture.io(() ->
          c.runningOn("R").equals(Optional.of(home)) && Files.exists(stateA)
              && "first".equals(environment(env).get("OCF_RESKEY_fake"))));
      settle();
      assertEquals(1, c.count("R", "start"), "an unchanged R is started once");
      assertEquals(0, c.count("R", "stop"), "an unchanged R is never stopped");

      // a parameter that needs a restart: one stop (with the old value), one start with the new
      update(c, "state=" + stateB);
      ClusterFixture.await("R restarted", WAIT, ClusterFixture.io(() -> c.count("R", "start") == 2
          && Files.exists(stateB)));
      settle();
      assertEquals(2, c.count("R", "start"), "exactly one restart");
      assertEquals(1, c.count("R", "stop"), "exactly one restart");
      assertFalse(Files.exists(stateA), "the stop ran with the parameters R was started with");
      assertTrue(Files.exists(stateB), "the start ran with the new value");
      ClusterFixture.await("the new value in R's environment", WAIT, ClusterFixture.io(() ->
          stateB.toString().equals(environment(env).get("OCF_RESKEY_state"))));
      assertEquals(Optional.of(home), c.runningOn("R"));

      // a reloadable parameter: the agent reloads, R keeps running
      update(c, "fake=second");
      ClusterFixture.await("the new value at R's agent", WAIT, ClusterFixture.io(() ->
          "second".equals(environment(env).get("OCF_RESKEY_fake"))));
      settle();
      assertEquals(2, c.count("R", "start"), "a reload is no restart");
      assertEquals(1, c.count("R", "stop"), "a reload is no restart");

      // nothing changed: a new DC and a restarted daemon leave R alone
      c.nodes.get(dc).close(false);
      c.nodes.remove(dc);
      ClusterFixture.await("a new DC", WAIT, () -> c.dc().isPresent());
      c.start(dc);
      ClusterFixture.await(dc + " back", WAIT, () -> c.nodes.get(dc).local().joined());
      c.nodes.get(home).close(false);
      c.start(home);
      ClusterFixture.await(home + " back", WAIT, () -> c.nodes.get(home).local().joined());
      settle();
      assertEquals(2, c.count("R", "start"), "R was not restarted after the DC failover and daemon restart");
      assertEquals(1, c.count("R", "stop"), "R was not stopped after the DC failover and daemon restart");
      assertEquals(Optional.of(home), c.runningOn("R"));
      assertTrue(Files.exists(stateB));
    }
  }

  /**
   * R runs on {@code home} only and is never probed elsewhere: its state file is one path shared
   * by the test's nodes, which a probe on another node would take for a second active instance.
   */
  private static String onlyOn(String home) {
    StringBuilder sb = new StringBuilder();
    for (String n : List.of("node1", "node2", "node3")) {
      if (!n.equals(home)) {
        sb.append("<rsc_location id=\"R-not-").append(n).append("\" rsc=\"R\" node=\"").append(n)
            .append("\" score=\"-INFINITY\" resource-discovery=\"never\"/>");
      }
    }
    return sb.toString();
  }

  /** {@code zcrm resource update R NAME=VALUE}: the same edit on the same store. */
  private static void update(ClusterFixture c, String param) throws Exception {
    try (CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
      store.update("update resource R", cfg -> ResourceEdits.update(cfg,
          new ResourceEdits.Spec("R", null, List.of(param), List.of(), List.of(), null)));
    }
  }

  /** Long enough for a few transitions and recurring monitors (1 s) to happen if they would. */
  private static void settle() throws InterruptedException {
    Thread.sleep(4000);
  }

  private static Map<String, String> environment(Path env) throws java.io.IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(env)) {
      return out;
    }
    for (String line : Files.readAllLines(env)) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.startsWith("OCF_")) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }
}
