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
  final String cluster;
  final Map<String, NodeDaemon> nodes = new TreeMap<>();
  final Path audit;

  ClusterFixture(Path dir, String cluster) throws Exception {
    this.dir = dir;
    this.cluster = cluster;
    // tickTime 250 ms so that 2 s sessions are allowed (min session = 2 ticks)
    InstanceSpec spec = new InstanceSpec(dir.resolve("zk").toFile(), -1, -1, -1, true, 1, 250, 100);
    this.zk = new TestingServer(spec, true);
    this.audit = dir.resolve("audit.log");
    Files.createFile(audit);
  }

  ZkSettings settings() {
    return ZkSettings.of(zk.getConnectString(), cluster).withSessionTimeout(SESSION);
  }

  NodeDaemon start(String name) throws Exception {
    NodeDaemon d = NodeDaemon.start(new NodeOptions(name, settings(), dir.resolve("run"), agents(), null,
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
    return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">"
        + "<instance_attributes id=\"" + id + "-ia\"><nvpair id=\"" + id + "-audit\" name=\"audit_log\" value=\""
        + audit + "\"/>" + extra + "</instance_attributes>"
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
    zk.close();
  }

  static File file(Path p) {
    return p.toFile();
  }
}
