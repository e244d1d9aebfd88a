package org.zcrm.coordinator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
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

/** A ZooKeeper server and node daemons in this JVM, with the real agents. */
final class ClusterFixture implements AutoCloseable {
  static final Duration SESSION = Duration.ofSeconds(2);

  final Path dir;
  final TestingServer zk;
  final org.apache.curator.test.TestingCluster ensemble;
  final String cluster;
  final Map<String, NodeDaemon> nodes = new TreeMap<>();
  final Path audit;
  /** The agents folder the daemons use (ocf/, lsb/, fence/); a test may give its own. */
  Path agentsDir = agents();

  ClusterFixture(Path dir, String cluster) throws Exception {
    this(dir, cluster, 1);
  }

  /** With one server, a TestingServer; with three, a TestingCluster. */
  ClusterFixture(Path dir, String cluster, int servers) throws Exception {
    this.dir = dir;
    this.cluster = cluster;
    // tickTime 250 ms so that 2 s sessions are allowed (min session = 2 ticks)
    if (servers == 1) {
      InstanceSpec spec = new InstanceSpec(dir.resolve("zk").toFile(), -1, -1, -1, true, 1, 250, 100);
      this.zk = new TestingServer(spec, true);
      this.ensemble = null;
    } else {
      List<InstanceSpec> specs = new ArrayList<>();
      for (int i = 1; i <= servers; i++) {
        Files.createDirectories(dir.resolve("zk" + i));
        specs.add(new InstanceSpec(dir.resolve("zk" + i).toFile(), -1, -1, -1, true, i, 250, 100));
      }
      this.zk = null;
      this.ensemble = new org.apache.curator.test.TestingCluster(specs);
      this.ensemble.start();
    }
    this.audit = dir.resolve("audit.log");
    Files.createFile(audit);
  }

  /** The fencing results recorded for a node (fencing/history), in no particular order. */
  List<org.zcrm.fence.FenceResult> fencingHistory(String target) throws Exception {
    try (CibStore store = CibStore.open(settings(), ConfigChecker.NONE)) {
      var client = store.connection().client();
      String folder = store.paths().fencingHistory();
      List<org.zcrm.fence.FenceResult> out = new ArrayList<>();
      for (String id : client.getChildren().forPath(folder)) {
        org.zcrm.fence.FenceResult r = org.zcrm.fence.FenceHistoryXml.fromXml(new String(
            client.getData().forPath(folder + "/" + id), java.nio.charset.StandardCharsets.UTF_8));
        if (r.target().equals(target)) {
          out.add(r);
        }
      }
      return out;
    }
  }

  ZkSettings settings() {
    String connect = zk != null ? zk.getConnectString() : ensemble.getConnectString();
    return ZkSettings.of(connect, cluster).withSessionTimeout(SESSION);
  }

  NodeDaemon start(String name) throws Exception {
    NodeDaemon d = NodeDaemon.start(new NodeOptions(name, settings(), dir.resolve("run"), agentsDir, null,
        Duration.ofSeconds(20)));
    nodes.put(name, d);
    return d;
  }

  static Path agents() {
    for (Path p : List.of(Path.of("..", "agents"), Path.of("agents"))) {
      if (Files.isDirectory(p.resolve("ocf"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("cannot find the agents folder");
  }

  /** Adds the children of a configuration element's sections (resources, constraints, crm_config). */
  void configure(String configurationXml) throws Exception {
    Element conf = CibXml.parse(configurationXml);
    try (CibStore store = CibStore.open(settings(), ConfigChecker.NONE)) {
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
  }

  static String dummy(String id, String audit, String extra) {
    return dummy(id, audit, extra, "");
  }

  static String dummy(String id, String audit, String extra, String meta) {
    return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">"
        + "<instance_attributes id=\"" + id + "-ia\"><nvpair id=\"" + id + "-audit\" name=\"audit_log\" value=\""
        + audit + "\"/>" + extra + "</instance_attributes>"
        + (meta.isEmpty() ? "" : "<meta_attributes id=\"" + id + "-meta\">" + meta + "</meta_attributes>")
        + "<operations><op id=\"" + id + "-mon\" name=\"monitor\" interval=\"1s\" timeout=\"10s\"/></operations>"
        + "</primitive>";
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
      out.add(new Audit(kv.get("node"), kv.get("resource"), kv.get("action"), Double.parseDouble(kv.get("wall"))));
    }
    return out;
  }

  /** Where a resource runs now, by its audit log (last start or stop per node). */
  Optional<String> runningOn(String rsc) throws IOException {
    Map<String, Boolean> on = new TreeMap<>();
    for (Audit a : audit()) {
      if (a.resource().equals(rsc)) {
        on.put(a.node(), a.action().equals("start"));
      }
    }
    List<String> nodesOn = on.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    if (nodesOn.size() > 1) {
      throw new AssertionError(rsc + " runs on several nodes: " + nodesOn);
    }
    return nodesOn.stream().findFirst();
  }

  static String nv(String id, String name, String value) {
    return "<nvpair id=\"" + id + "\" name=\"" + name + "\" value=\"" + value + "\"/>";
  }

  void startAll(String... names) throws Exception {
    for (String n : names) {
      start(n);
    }
    await("all joined", Duration.ofSeconds(30), () -> nodes.values().stream().allMatch(d -> d.local().joined()));
    await("a DC", Duration.ofSeconds(30), () -> dc().isPresent());
  }

  /** Last start time of a resource on a node, by the audit log. */
  double lastStart(String rsc, String node) throws IOException {
    return audit().stream().filter(x -> x.resource().equals(rsc) && x.node().equals(node) && x.action().equals("start"))
        .mapToDouble(Audit::wall).max().orElse(-1);
  }

  long count(String rsc, String action) throws IOException {
    return audit().stream().filter(x -> x.resource().equals(rsc) && x.action().equals(action)).count();
  }

  /** Nodes where the Dummy resource's state file exists (where it really runs). */
  List<String> stateOn(String rsc) {
    List<String> out = new ArrayList<>();
    for (String n : List.of("node1", "node2", "node3")) {
      if (Files.exists(dir.resolve("run").resolve(n + "-rsctmp").resolve("zcrm-Dummy").resolve(rsc + ".state"))) {
        out.add(n);
      }
    }
    return out;
  }

  Optional<NodeDaemon> dc() {
    return nodes.values().stream().filter(n -> n.dc().isDc()).findFirst();
  }

  static void await(String what, Duration limit, BooleanSupplier cond) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (cond.getAsBoolean()) {
        return;
      }
      Thread.sleep(50);
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
    for (NodeDaemon d : nodes.values()) {
      try {
        d.close(false);
      } catch (RuntimeException e) {
        // best effort
      }
    }
    if (zk != null) {
      zk.close();
    } else {
      ensemble.close();
    }
  }

  static File file(Path p) {
    return p.toFile();
  }
}
