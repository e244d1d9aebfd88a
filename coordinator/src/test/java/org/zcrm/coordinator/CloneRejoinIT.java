package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (found by the fault campaign, seed 20261125, round 6, kill -9 of the DC): a node whose
 * daemon was killed and started again kept the history of its clone instance from the previous run
 * in its status. The cluster then kept counting an instance on that node that no longer ran there
 * (and, after a plain daemon restart, an instance that did run was never monitored again). Nodes
 * now know an anonymous instance by the primitive's id ({@code C}), as Pacemaker's do.
 */
class CloneRejoinIT {

  @TempDir
  Path dir;

  private static final String CONFIG = "<configuration><crm_config><cluster_property_set id=\"opts\">"
      + ClusterFixture.nv("o1", "stonith-enabled", "false") + "</cluster_property_set></crm_config>"
      + "<resources><clone id=\"C-clone\">%s</clone></resources></configuration>";

  /** The machine went down with the daemon (its agents' state is gone) and came back at once. */
  @ParameterizedTest(name = "victim is {0}")
  @ValueSource(strings = {"the DC", "not the DC"})
  void killedNodeShowsItsRealStateAfterRejoin(String which) throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "clonerejoin")) {
      String victim = startWithCloneEverywhere(c, which.equals("the DC"));
      c.nodes.get(victim).crashKeepingSession();
      wipe(c.dir.resolve("run").resolve(victim + "-rsctmp"));
      c.start(victim);
      ClusterFixture.await("a clone instance started on " + victim + " again", Duration.ofSeconds(30),
          ClusterFixture.io(() -> startsOn(c, victim) == 2));
      assertTrue(instanceOn(c, victim).isPresent(), "running on " + victim + ": " + everyStateFile(c));
      // anonymous instances are interchangeable (their numbers may be reused), but one per node
      List<String> running = everyStateFile(c).stream().map(p -> p.substring(0, p.indexOf('/'))).toList();
      assertEquals(List.of("node1", "node2"), running, "one instance on each node: " + everyStateFile(c));
    }
  }

  /** A plain daemon restart leaves the instance running: it is adopted and monitored again. */
  @Test
  void restartedDaemonAdoptsAndMonitorsItsCloneInstance() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "cloneadopt")) {
      String victim = startWithCloneEverywhere(c, false);
      String instance = instanceOn(c, victim).orElseThrow();
      long starts = c.count(instance, "start");
      c.nodes.get(victim).close(false);
      c.start(victim);
      ClusterFixture.await(victim + " joined again", Duration.ofSeconds(30),
          () -> c.nodes.get(victim).local().joined());
      Thread.sleep(1500);
      assertEquals(starts, c.count(instance, "start"), "the running instance was adopted, not started again");
      // the service dies: only a recurring monitor of the adopted instance can notice
      Files.delete(stateFile(c, victim, instance));
      ClusterFixture.await("the failed instance recovered on " + victim, Duration.ofSeconds(30),
          ClusterFixture.io(() -> instanceOn(c, victim).isPresent() && c.count(instance, "start") > starts));
    }
  }

  /** Two nodes, a clone instance on each; returns the victim (the DC or the other node). */
  private static String startWithCloneEverywhere(ClusterFixture c, boolean dc) throws Exception {
    c.startAll("node1", "node2");
    c.configure(String.format(CONFIG, ClusterFixture.dummy("C", c.audit.toString(), "")));
    ClusterFixture.await("a clone instance on each node", Duration.ofSeconds(30),
        ClusterFixture.io(() -> startsOn(c, "node1") == 1 && startsOn(c, "node2") == 1));
    Thread.sleep(500); // the starts' results are recorded
    String dcName = c.dc().orElseThrow().name();
    return dc ? dcName : c.nodes.keySet().stream().filter(n -> !n.equals(dcName)).findFirst().orElseThrow();
  }

  private static long startsOn(ClusterFixture c, String node) throws IOException {
    return c.audit().stream().filter(a -> a.node().equals(node) && a.action().equals("start")
        && a.resource().equals("C")).count();
  }

  private static Path stateFile(ClusterFixture c, String node, String instance) {
    return c.dir.resolve("run").resolve(node + "-rsctmp").resolve("zcrm-Dummy").resolve(instance + ".state");
  }

  /** The clone instance whose state file exists on a node (where it really runs). */
  private static Optional<String> instanceOn(ClusterFixture c, String node) throws IOException {
    return everyStateFile(c).stream().filter(p -> p.startsWith(node + "/")).map(p -> p.substring(node.length() + 1))
        .findFirst();
  }

  /** "node/instance" for every Dummy state file of the clone. */
  private static List<String> everyStateFile(ClusterFixture c) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (String n : List.of("node1", "node2")) {
      Path d = c.dir.resolve("run").resolve(n + "-rsctmp").resolve("zcrm-Dummy");
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.map(p -> p.getFileName().toString()).filter(f -> f.equals("C.state")).sorted()
              .forEach(f -> out.add(n + "/" + f.substring(0, f.length() - ".state".length())));
        }
      }
    }
    return out;
  }

  private static void wipe(Path d) throws IOException {
    if (Files.exists(d)) {
      try (Stream<Path> s = Files.walk(d)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
