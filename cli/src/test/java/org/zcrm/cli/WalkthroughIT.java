package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's five-minute walkthrough with real processes, through the built command line
 * (target/zcrm-cli.jar, as bin/zcrm runs it): cluster up, status, move a resource, kill the node
 * running it and see it fenced and the resource recovered, standby a node, add a policy rule (and
 * have a broken one refused), cluster down.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class WalkthroughIT {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path HOME = MODULE.getParent();
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final List<String> WEB = List.of("web-ip", "web-fs", "web-server");

  @TempDir Path dir;
  private Path run;
  private int port;

  record Result(int rc, String out, String err) {}

  private Result zcrm(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", MODULE.resolve("target/zcrm-cli.jar") + File.pathSeparator + MODULE.resolve("target/lib") + File.separator + "*",
        "org.zcrm.cli.Zcrm"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("ZCRM_HOME", HOME.toString());
    pb.environment().put("ZCRM_ZK", "127.0.0.1:" + port);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(200, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("zcrm " + String.join(" ", args) + " did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private Result ok(String... args) throws Exception {
    Result r = zcrm(args);
    assertEquals(0, r.rc(), "zcrm " + String.join(" ", args) + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err());
    return r;
  }

  private Map<String, Object> status() throws Exception {
    return MiniJson.object(ok("status", "--output-as", "json").out());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }

  static Optional<Map<String, Object>> byKey(List<Map<String, Object>> l, String key, String value) {
    return l.stream().filter(x -> value.equals(x.get(key))).findFirst();
  }

  /** The nodes each web resource runs on. */
  @SuppressWarnings("unchecked")
  static List<List<String>> web(Map<String, Object> status) {
    List<List<String>> out = new ArrayList<>();
    for (String id : WEB) {
      out.add((List<String>) byKey(list(status, "resources"), "id", id).orElseThrow().get("running_on"));
    }
    return out;
  }

  static boolean webOn(Map<String, Object> status, String node) {
    return web(status).stream().allMatch(l -> l.equals(List.of(node)));
  }

  static String nodeState(Map<String, Object> status, String node) {
    return (String) byKey(list(status, "nodes"), "name", node).orElseThrow().get("state");
  }

  private Map<String, Object> awaitStatus(String what, Predicate<Map<String, Object>> done) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    Map<String, Object> last = null;
    while (Instant.now().isBefore(deadline)) {
      last = status();
      if (done.test(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Timed out waiting for " + what + "; last status:\n" + ok("status").out()
        + "\nDC log tail:\n" + tail(run.resolve(String.valueOf(last == null ? "node1" : last.get("dc")) + ".log")));
  }

  private static String tail(Path f) throws IOException {
    if (!Files.exists(f)) {
      return "(no " + f + ")";
    }
    List<String> lines = Files.readAllLines(f);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @AfterEach
  void down() throws Exception {
    if (run != null && Files.exists(run.resolve("cluster.properties"))) {
      zcrm("cluster", "down", "--dir", run.toString());
    }
  }

  @Test
  void walkthrough() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run = dir.resolve("run");

    // 1. one command: ZooKeeper, three nodes, the sample configuration, settled
    Result up = ok("cluster", "up", "--dir", run.toString(), "--port", Integer.toString(port), "--timeout", "120s");
    assertTrue(up.out().contains("Cluster is up"), up.out());
    Map<String, Object> procs = MiniJson.object(ok("cluster", "status", "--dir", run.toString(), "--output-as", "json").out());
    @SuppressWarnings("unchecked")
    Map<String, Object> zk = (Map<String, Object>) procs.get("zk");
    assertEquals("127.0.0.1:" + port, zk.get("connect"));
    assertTrue(ProcessHandle.of((Long) zk.get("pid")).orElseThrow().isAlive());
    List<Map<String, Object>> procNodes = list(procs, "nodes");
    assertEquals(List.of("node1", "node2", "node3"), procNodes.stream().map(n -> n.get("name")).toList());
    for (Map<String, Object> n : procNodes) {
      assertTrue(ProcessHandle.of((Long) n.get("pid")).orElseThrow().isAlive(), n.toString());
      assertTrue(Files.exists(Path.of((String) n.get("log"))), n.toString());
    }
    assertEquals(1, procNodes.stream().filter(n -> "dc".equals(n.get("role"))).count(), procNodes.toString());

    // 2. zcrm status: a DC, three online nodes, the web group running together on one node
    Map<String, Object> st = status();
    String dc = (String) st.get("dc");
    assertNotNull(dc);
    for (String n : List.of("node1", "node2", "node3")) {
      assertEquals("online", nodeState(st, n));
    }
    String first = web(st).get(0).get(0);
    assertTrue(webOn(st, first), st.toString());
    for (String id : WEB) {
      Map<String, Object> r = byKey(list(st, "resources"), "id", id).orElseThrow();
      assertEquals("ocf:zcrm:Dummy", r.get("agent"));
      assertEquals("Started", r.get("role"));
      assertEquals(Boolean.FALSE, r.get("failed"));
    }

    // 3. move the web group to a node that is neither where it runs nor the DC
    String target = List.of("node1", "node2", "node3").stream().filter(n -> !n.equals(first) && !n.equals(dc))
        .findFirst().orElseThrow();
    ok("resource", "move", "web", target);
    awaitStatus("web to move to " + target, x -> webOn(x, target));
    assertTrue(ok("status").out().contains("cli-prefer-web"), "status warns about the move constraint");

    // 4. kill that node's process: it is fenced and web comes back elsewhere
    long pid = Long.parseLong(Files.readString(run.resolve(target + ".pid")).trim());
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    Map<String, Object> afterKill = awaitStatus(target + " fenced and web recovered", x ->
        list(x, "fencing_history").stream().anyMatch(f -> target.equals(f.get("target")) && "success".equals(f.get("state")))
            && web(x).stream().allMatch(l -> l.size() == 1 && !l.contains(target)) && webOn(x, web(x).get(0).get(0)));
    assertEquals("offline", nodeState(afterKill, target));
    String survivor = web(afterKill).get(0).get(0);

    // 5. standby the node running web: web moves to the last node
    ok("node", "standby", survivor);
    String last = List.of("node1", "node2", "node3").stream().filter(n -> !n.equals(target) && !n.equals(survivor))
        .findFirst().orElseThrow();
    Map<String, Object> afterStandby = awaitStatus("web to leave standby node " + survivor, x -> webOn(x, last));
    assertEquals("standby", nodeState(afterStandby, survivor));
    ok("resource", "clear", "web");
    assertFalse(ok("status").out().contains("cli-prefer-web"));

    // 6. a policy rule: compiled before upload; a broken one is refused and changes nothing
    ok("rules", "add", HOME.resolve("sample-configs/custom-policy/batch-avoids-db.drl").toString());
    Path bad = dir.resolve("bad.drl");
    Files.writeString(bad, "package org.zcrm.rules.custom;\nrule \"bad\"\n  when\n    Nope()\n  then\nend\n");
    Result refused = zcrm("rules", "add", bad.toString());
    assertEquals(1, refused.rc(), refused.err());
    assertTrue(refused.err().contains("bad.drl line 4"), refused.err());
    assertEquals("batch-avoids-db\t1 rule(s)", ok("rules", "list").out().strip());

    // 7. cluster down: every process gone, agents' state removed
    List<Long> pids = new ArrayList<>();
    pids.add((Long) zk.get("pid"));
    procNodes.forEach(n -> pids.add((Long) n.get("pid")));
    ok("cluster", "down", "--dir", run.toString());
    for (long p : pids) {
      assertFalse(ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false), "pid " + p + " still running");
    }
    for (String n : List.of("node1", "node2", "node3")) {
      assertFalse(Files.exists(run.resolve(n + "-rsctmp")), n + "'s Dummy state is left");
    }
  }
}
