package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.ZkSettings;
import org.zcrm.coordinator.NodeDaemon;
import org.zcrm.coordinator.NodeOptions;
import org.zcrm.coordinator.TransitionRecord;

/**
 * {@code zcrm simulate --live} against a real ZooKeeper and a real node daemon that became DC and
 * recorded its transitions: the replay matches, a tampered record is reported as a difference, an
 * unknown id is a user error, and with nothing recorded the live CIB is simulated.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SimulateLiveIT {
  private static TestingServer server;

  private static final String CIB = """
      <cib validate-with="pacemaker-3.9" admin_epoch="0" epoch="1" num_updates="0">
        <configuration>
          <crm_config>
            <cluster_property_set id="cib-bootstrap-options">
              <nvpair id="o-stonith" name="stonith-enabled" value="false"/>
            </cluster_property_set>
          </crm_config>
          <nodes>
            <node id="1" uname="node1"/>
            <node id="2" uname="node2"/>
          </nodes>
          <resources>
            <primitive id="db" class="ocf" provider="zcrm" type="Dummy"/>
            <primitive id="web" class="ocf" provider="zcrm" type="Dummy"/>
          </resources>
          <constraints>
            <rsc_order id="db-then-web" first="db" then="web"/>
          </constraints>
        </configuration>
        <status/>
      </cib>
      """;

  @BeforeAll
  static void start() throws Exception {
    server = new TestingServer(true);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static CliRun run(String cluster, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--zk";
    all[args.length + 1] = server.getConnectString();
    all[args.length + 2] = "--cluster";
    all[args.length + 3] = cluster;
    return CliRun.of(all);
  }

  private static void importCib(String cluster, Path dir) throws Exception {
    Path f = dir.resolve("cib.xml");
    Files.writeString(f, CIB);
    CliRun r = run(cluster, "cib", "import", f.toString());
    assertEquals(0, r.exitCode(), r.err());
  }

  private static Path agents() {
    for (Path p : List.of(Path.of("..", "agents"), Path.of("agents"))) {
      if (Files.isDirectory(p.resolve("ocf"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("cannot find the agents folder");
  }

  @Test
  void replaysWhatTheDcRecorded(@TempDir Path dir) throws Exception {
    String cluster = "replay";
    importCib(cluster, dir);
    ZkSettings zk = ZkSettings.of(server.getConnectString(), cluster);
    List<String> ids;
    try (NodeDaemon node = NodeDaemon.start(new NodeOptions("node1", zk, dir.resolve("run"), agents(), null,
        Duration.ofSeconds(20)))) {
      CuratorFramework client = node.connection().client();
      CibPaths paths = node.store().paths();
      long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (TransitionRecord.ids(client, paths).isEmpty() && System.nanoTime() < end) {
        Thread.sleep(100);
      }
      ids = TransitionRecord.ids(client, paths);
      assertFalse(ids.isEmpty(), "the DC recorded no transition");
      String first = ids.get(0);

      CliRun replay = run(cluster, "simulate", "--live", "--transition", first, "--show-scores");
      assertEquals(0, replay.exitCode(), replay.out() + replay.err());
      assertTrue(replay.out().contains("Transition Summary:"), replay.out());
      assertTrue(replay.out().contains("Start      db      ( node1 )"), replay.out());
      assertTrue(replay.out().contains("allocation score on node1"), replay.out());
      assertTrue(replay.out().contains("Replay of transition " + first), replay.out());
      assertTrue(replay.out().contains("matches what the DC decided"), replay.out());

      // the short form of the id, and the latest by default, also replay
      String[] parts = first.split("-");
      String shortId = Long.parseLong(parts[0]) + "-" + Long.parseLong(parts[1]);
      assertEquals(0, run(cluster, "simulate", "--live", "--transition", shortId).exitCode());
      assertEquals(0, run(cluster, "simulate", "--live").exitCode());

      CliRun list = run(cluster, "simulate", "--live", "--list");
      assertEquals(0, list.exitCode(), list.err());
      for (String id : TransitionRecord.ids(client, paths)) {
        assertTrue(list.out().contains(id), list.out());
      }
      assertTrue(list.out().lines().skip(1).allMatch(l -> l.endsWith("yes")), list.out());

      // the saved input, handed to simulate --xml-file, gives the same summary
      Path saved = dir.resolve("input.xml");
      assertEquals(0, run(cluster, "simulate", "--live", "--transition", first, "--save-input", saved.toString())
          .exitCode());
      String savedXml = Files.readString(saved);
      assertTrue(savedXml.contains("execution-date=\""), savedXml);
      String fromFile = simulateFile(saved);
      assertEquals(section(replay.out()), section(fromFile));

      // a record whose summary differs from what the engine decides is reported line by line
      String path = paths.transitions() + "/" + first;
      String text = new String(client.getData().forPath(path), StandardCharsets.UTF_8);
      String tampered = text.replaceFirst("<summary>Start      db      \\( node1 \\)</summary>",
          "<summary>Start      db      ( node2 )</summary>");
      assertFalse(tampered.equals(text), text);
      client.setData().forPath(path, tampered.getBytes(StandardCharsets.UTF_8));
      CliRun diff = run(cluster, "simulate", "--live", "--transition", first);
      assertEquals(1, diff.exitCode(), diff.out());
      assertTrue(diff.out().contains("DIFFERS from what the DC decided"), diff.out());
      assertTrue(diff.out().contains("- Start      db      ( node2 )"), diff.out());
      assertTrue(diff.out().contains("+ Start      db      ( node1 )"), diff.out());
    }

    CliRun unknown = run(cluster, "simulate", "--live", "--transition", "99-1");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("no recorded transition '99-1'"), unknown.err());
    assertTrue(unknown.err().contains("--list"), unknown.err());
  }

  @Test
  void withNothingRecordedSimulatesTheLiveCib(@TempDir Path dir) throws Exception {
    String cluster = "live";
    importCib(cluster, dir);
    Path saved = dir.resolve("live.xml");
    CliRun r = run(cluster, "simulate", "--live", "--save-input", saved.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("simulating the live CIB"), r.err());
    // no node is a member: both are lost, so nothing can start
    assertTrue(r.out().contains("Transition Summary:"), r.out());
    assertFalse(r.out().contains("Start "), r.out());
    assertTrue(Files.readString(saved).contains("execution-date=\""), Files.readString(saved));

    CliRun list = run(cluster, "simulate", "--live", "--list");
    assertEquals(0, list.exitCode());
    assertTrue(list.err().contains("no transitions recorded"), list.err());

    CliRun unknown = run(cluster, "simulate", "--live", "--transition", "1-1");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("no recorded transition"), unknown.err());
  }

  /** zcrm simulate --xml-file prints on System.out. */
  private static String simulateFile(Path file) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertEquals(0, CliRun.of("simulate", "--xml-file", file.toString()).exitCode());
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static String section(String out) {
    int from = out.indexOf("Transition Summary:");
    int to = out.indexOf("Revised Cluster Status:");
    return out.substring(from, to);
  }
}
