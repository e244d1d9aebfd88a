package org.zcrm.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.ZkSettings;
import org.zcrm.fence.FenceHistoryXml;
import org.zcrm.fence.FenceResult;

/** A ZooKeeper server in this JVM and `zcrm node start` processes on loopback. */
final class NodeProcesses implements AutoCloseable {
  final Path dir;
  final Path run;
  final TestingServer zk;
  final String cluster;
  final Duration session;
  final Map<String, Process> nodes = new TreeMap<>();
  final Path audit;
  final CibStore store;

  NodeProcesses(Path dir, String cluster, Duration session) throws Exception {
    this.dir = dir;
    this.run = dir.resolve("run");
    this.cluster = cluster;
    this.session = session;
    Files.createDirectories(run);
    this.zk = new TestingServer(new InstanceSpec(dir.resolve("zk").toFile(), -1, -1, -1, true, 1, 250, 100), true);
    this.audit = dir.resolve("audit.log");
    Files.createFile(audit);
    this.store = CibStore.open(settings(), ConfigChecker.NONE);
  }

  ZkSettings settings() {
    return ZkSettings.of(zk.getConnectString(), cluster).withSessionTimeout(Duration.ofSeconds(10));
  }

  CuratorFramework client() {
    return store.connection().client();
  }

  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    return Files.isDirectory(p.resolve("agents")) ? p : p.getParent();
  }

  Process start(String name) throws IOException {
    Path cli = repo().resolve("cli").resolve("target");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        cli.resolve("zcrm-cli.jar") + File.pathSeparator + cli.resolve("lib") + File.separator + "*",
        "org.zcrm.cli.Zcrm", "node", "start", "--name", name, "--zk", zk.getConnectString(), "--cluster", cluster,
        "--session-timeout", session.toMillis() + "ms", "--run-dir", run.toString(),
        "--agents", repo().resolve("agents").toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve(name + ".out").toFile())).start();
    nodes.put(name, p);
    return p;
  }

  /** Starts node1..node3 and waits until all three are members and one is DC; returns the DC's name. */
  String startThree() throws Exception {
    for (String n : List.of("node1", "node2", "node3")) {
      start(n);
    }
    await("three members", Duration.ofSeconds(90),
        () -> joined("node1") && joined("node2") && joined("node3") && dcInfo().isPresent());
    return dcInfo().orElseThrow()[0];
  }

  /** Members whose status says join="member". */
  boolean joined(String name) {
    try {
      if (client().checkExists().forPath(store.paths().member(name)) == null) {
        return false;
      }
      String ns = new String(client().getData().forPath(store.paths().status(name)), StandardCharsets.UTF_8);
      return ns.contains("join=\"member\"");
    } catch (Exception e) {
      return false;
    }
  }

  /** The DC's name and epoch from dc/info, if any. */
  Optional<String[]> dcInfo() {
    try {
      Properties p = new Properties();
      p.load(new java.io.StringReader(new String(client().getData().forPath(store.paths().dc() + "/info"),
          StandardCharsets.UTF_8)));
      return Optional.of(new String[] {p.getProperty("node"), p.getProperty("epoch")});
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  void configure(String configurationXml) throws Exception {
    Element conf = CibXml.parse(configurationXml);
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

  static String nv(String id, String name, String value) {
    return "<nvpair id=\"" + id + "\" name=\"" + name + "\" value=\"" + value + "\"/>";
  }

  String dummy(String id) {
    return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">"
        + "<instance_attributes id=\"" + id + "-ia\">" + nv(id + "-audit", "audit_log", audit.toString())
        + "</instance_attributes><operations><op id=\"" + id + "-mon\" name=\"monitor\" interval=\"2s\" timeout=\"10s\"/>"
        + "</operations></primitive>";
  }

  String processFenceDevice() {
    return "<primitive id=\"fence-proc\" class=\"stonith\" type=\"fence_zcrm_process\">"
        + "<instance_attributes id=\"fp-ia\">" + nv("fp-dir", "pid_dir", run.toString())
        + nv("fp-hosts", "pcmk_host_list", "node1 node2 node3") + nv("fp-match", "cmdline_match", "zcrm")
        + "</instance_attributes></primitive>";
  }

  /** One line of the Dummy agent's audit log. */
  record Audit(String node, String resource, String action, double wall) {}

  List<Audit> audit() throws IOException {
    List<Audit> out = new ArrayList<>();
    for (String line : Files.readAllLines(audit)) {
      Map<String, String> kv = new TreeMap<>();
      for (String part : line.trim().split(" ")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
      if (kv.containsKey("wall")) {
        out.add(new Audit(kv.get("node"), kv.get("resource"), kv.get("action"), Double.parseDouble(kv.get("wall"))));
      }
    }
    return out;
  }

  /** Earliest start of rsc after {@code after} (epoch seconds) on a node other than {@code not}; -1 if none. */
  double startedElsewhere(String rsc, String not, double after) throws IOException {
    return audit().stream().filter(a -> a.resource().equals(rsc) && a.action().equals("start")
        && !a.node().equals(not) && a.wall() > after).mapToDouble(Audit::wall).min().orElse(-1);
  }

  /** Where rsc was last started. */
  Optional<String> lastStartedOn(String rsc) throws IOException {
    return audit().stream().filter(a -> a.resource().equals(rsc) && a.action().equals("start"))
        .reduce((a, b) -> b).map(Audit::node);
  }

  List<FenceResult> fencingHistory() throws Exception {
    List<FenceResult> out = new ArrayList<>();
    String h = store.paths().fencingHistory();
    for (String id : client().getChildren().forPath(h)) {
      out.add(FenceHistoryXml.fromXml(new String(client().getData().forPath(h + "/" + id), StandardCharsets.UTF_8)));
    }
    return out;
  }

  void killHard(String name) throws InterruptedException {
    Process p = nodes.remove(name);
    p.destroyForcibly();
    p.waitFor();
  }

  static void await(String what, Duration limit, BooleanSupplier cond) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (cond.getAsBoolean()) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  interface IoCheck {
    boolean get() throws Exception;
  }

  static BooleanSupplier io(IoCheck c) {
    return () -> {
      try {
        return c.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Override
  public void close() throws Exception {
    for (Process p : nodes.values()) {
      p.destroyForcibly();
    }
    for (Process p : nodes.values()) {
      p.waitFor();
    }
    store.close();
    zk.close();
  }
}
