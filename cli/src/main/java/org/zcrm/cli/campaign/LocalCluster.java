package org.zcrm.cli.campaign;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.ZkSettings;

/**
 * The campaign's cluster: three ZooKeeper servers ({@code zcrm zk start --id}) and K node daemons
 * ({@code zcrm node start}), each a process of its own on loopback, plus this process's own client.
 * A node's death is recorded in the audit trail the moment it is seen, and what is left of its
 * agents is killed, as if its machine had gone down; before it is started again its agent state is
 * wiped, as a reboot would.
 */
final class LocalCluster implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();
  static final String CLUSTER = "campaign";

  final Path dir;
  final Path run;
  final Path audit;
  final Duration session;
  final List<String> names;
  private final int[][] zkPorts = new int[3][3];
  private final Process[] zks = new Process[3];
  private final Map<String, Process> nodes = new ConcurrentHashMap<>();
  private final Set<String> frozen = ConcurrentHashMap.newKeySet();
  /** Nodes a fault keeps down; any other node that dies (fenced) is rebooted: started again after a pause. */
  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.ScheduledExecutorService reboots =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "campaign-reboots");
        t.setDaemon(true);
        return t;
      });
  private volatile boolean closing;
  /** When each node's current process was started (wall clock, ms): older member znodes are its last life's. */
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
  private volatile int rebooted;
  private final double monoOffset;
  private CibStore store;

  LocalCluster(Path dir, int nodeCount, Duration session) throws IOException {
    this.dir = dir.toAbsolutePath();
    this.run = this.dir.resolve("run");
    this.audit = this.dir.resolve("audit.log");
    this.session = session;
    Files.createDirectories(run);
    if (!Files.exists(audit)) {
      Files.createFile(audit);
    }
    List<String> n = new ArrayList<>();
    for (int i = 1; i <= nodeCount; i++) {
      n.add("node" + i);
    }
    this.names = List.copyOf(n);
    this.monoOffset = monoOffset();
    for (int[] ports : zkPorts) {
      for (int j = 0; j < 3; j++) {
        ports[j] = freePort();
      }
    }
  }

  /**
   * The agents stamp CLOCK_BOOTTIME seconds (/proc/uptime, 10 ms steps); System.nanoTime() is
   * CLOCK_MONOTONIC. Their difference, rounded up by one step so that a death is never stamped early.
   */
  private static double monoOffset() {
    try {
      double up = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).trim().split(" ")[0]);
      return up - System.nanoTime() / 1e9 + 0.01;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the campaign needs Linux's /proc/uptime for the agents' clock", e);
    }
  }

  double mono() {
    return System.nanoTime() / 1e9 + monoOffset;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  String connectString() {
    List<String> out = new ArrayList<>();
    for (int[] p : zkPorts) {
      out.add("127.0.0.1:" + p[2]);
    }
    return String.join(",", out);
  }

  private String servers() {
    List<String> out = new ArrayList<>();
    for (int[] p : zkPorts) {
      out.add("127.0.0.1:" + p[0] + ":" + p[1] + ":" + p[2]);
    }
    return String.join(",", out);
  }

  static Path repo() {
    String home = System.getenv("ZCRM_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "agents"))) {
      return Path.of(home).toAbsolutePath();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !(Files.isDirectory(p.resolve("agents")) && Files.isDirectory(p.resolve("cli")))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find zcrm's agents/ folder; run from the repository or set ZCRM_HOME");
    }
    return p;
  }

  private static List<String> java(String heap) {
    Path target = repo().resolve("cli").resolve("target");
    String cp = Files.exists(target.resolve("zcrm-cli.jar"))
        ? target.resolve("zcrm-cli.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*"
        : System.getProperty("java.class.path");
    return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp, "org.zcrm.cli.Zcrm"));
  }

  void startZk(int i) throws IOException {
    Path logConf = run.resolve("zk-log4j2.xml");
    if (!Files.exists(logConf)) {
      Files.writeString(logConf, ZK_LOG);
    }
    List<String> cmd = java("-Xmx192m");
    cmd.add(cmd.size() - 1, "-Dlog4j2.configurationFile=" + logConf);
    cmd.addAll(List.of("zk", "start", "--id", Integer.toString(i + 1), "--servers", servers(),
        "--data-dir", dir.resolve("zk" + (i + 1)).toString()));
    zks[i] = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve("zk" + (i + 1) + ".out").toFile())).start();
    LOG.info("Started ZooKeeper server id={} pid={}", i + 1, zks[i].pid());
  }

  /** ZooKeeper's servers log their quorum changes (elections, leaders, followers). */
  private static final String ZK_LOG = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Configuration status="WARN">
        <Appenders><Console name="c" target="SYSTEM_ERR"><PatternLayout pattern="%d{HH:mm:ss.SSS} %-5level %c{1} - %msg%n"/></Console></Appenders>
        <Loggers>
          <Logger name="org.apache.zookeeper.server.quorum" level="info"/>
          <Root level="warn"><AppenderRef ref="c"/></Root>
        </Loggers>
      </Configuration>
      """;

  /** What each server says of itself (ZooKeeper's srvr command): its mode, or why it cannot say. */
  List<String> zkModes() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String mode = "down";
      if (zkRunning(i)) {
        try (java.net.Socket s = new java.net.Socket()) {
          s.connect(new java.net.InetSocketAddress("127.0.0.1", zkPorts[i][2]), 1000);
          s.setSoTimeout(1000);
          s.getOutputStream().write("srvr".getBytes(StandardCharsets.US_ASCII));
          String r = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
          mode = r.lines().filter(l -> l.startsWith("Mode:")).findFirst().orElse(r.strip()).replace("Mode: ", "");
        } catch (IOException e) {
          mode = "no answer (" + e.getMessage() + ")";
        }
      }
      out.add("zk" + (i + 1) + "=" + mode);
    }
    return out;
  }

  void killZk(int i) throws InterruptedException {
    Process p = zks[i];
    if (p != null) {
      p.destroyForcibly();
      p.waitFor();
      zks[i] = null;
    }
  }

  boolean zkRunning(int i) {
    return zks[i] != null && zks[i].isAlive();
  }

  CibStore store() {
    if (store == null) {
      store = CibStore.open(ZkSettings.of(connectString(), CLUSTER).withSessionTimeout(Duration.ofSeconds(30)),
          ConfigChecker.NONE);
    }
    return store;
  }

  /** Starts a node's daemon; a node that ran before is rebooted first (agents killed, agent state wiped). */
  synchronized void startNode(String name) throws IOException {
    held.remove(name);
    if (alive(name)) {
      return;
    }
    killStrays(name);
    Path rsctmp = run.resolve(name + "-rsctmp");
    if (Files.exists(rsctmp)) {
      try (Stream<Path> s = Files.walk(rsctmp)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    appendAudit(AuditTrail.nodeLine(name, AuditTrail.Kind.UP, mono()));
    List<String> cmd = java("-Xmx256m");
    cmd.addAll(List.of("node", "start", "--name", name, "--zk", connectString(), "--cluster", CLUSTER,
        "--session-timeout", session.toMillis() + "ms", "--run-dir", run.toString(),
        "--agents", repo().resolve("agents").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve(name + ".out").toFile()));
    pb.environment().put("ZCRM_AUDIT_LOG", audit.toString());
    startedAt.put(name, System.currentTimeMillis());
    Process p = pb.start();
    nodes.put(name, p);
    frozen.remove(name);
    p.onExit().thenRun(() -> died(name, p));
    LOG.info("Started node node={} pid={}", name, p.pid());
  }

  private void died(String name, Process p) {
    double at = mono();
    appendAudit(AuditTrail.nodeLine(name, AuditTrail.Kind.DOWN, at));
    killStrays(name);
    nodes.remove(name, p);
    LOG.info("Node process ended node={} pid={} mono={}", name, p.pid(), at);
    if (!closing && !held.contains(name)) {
      reboots.schedule(() -> {
        try {
          if (!closing && !held.contains(name)) {
            rebooted++;
            startNode(name);
          }
        } catch (IOException e) {
          LOG.error("Could not start a fenced node again node={} error={}", name, e.toString());
        }
      }, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /** How many times a node that died without the campaign's doing (fenced) was started again. */
  int rebooted() {
    return rebooted;
  }

  synchronized void appendAudit(String line) {
    try {
      Files.writeString(audit, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills every process left of a node's agents (found by the HA_RSCTMP the node gives them). */
  void killStrays(String name) {
    String marker = "HA_RSCTMP=" + run.resolve(name + "-rsctmp");
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.toList()) {
        String f = p.getFileName().toString();
        if (!f.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String env = new String(Files.readAllBytes(p.resolve("environ")), StandardCharsets.UTF_8);
          if (("\0" + env).contains("\0" + marker + "\0")) {
            ProcessHandle.of(Long.parseLong(f)).ifPresent(ProcessHandle::destroyForcibly);
          }
        } catch (IOException | RuntimeException e) {
          // gone, or not ours
        }
      }
    } catch (IOException e) {
      LOG.warn("Cannot list processes error={}", e.toString());
    }
  }

  boolean alive(String name) {
    Process p = nodes.get(name);
    return p != null && p.isAlive();
  }

  Set<String> aliveNodes() {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      if (alive(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** kill -9 of a node's machine: the daemon and its agents, frozen first so that none escapes. */
  void crash(String name) throws InterruptedException {
    Process p = nodes.get(name);
    held.add(name);
    if (p == null) {
      return;
    }
    signal(p.pid(), "STOP");
    List<ProcessHandle> kids = p.descendants().toList();
    for (ProcessHandle k : kids) {
      k.destroyForcibly();
    }
    p.destroyForcibly();
    p.waitFor();
    killStrays(name);
  }

  void freeze(String name) {
    Process p = nodes.get(name);
    if (p != null) {
      signal(p.pid(), "STOP");
      frozen.add(name);
    }
  }

  void thaw(String name) {
    Process p = nodes.get(name);
    if (p != null) {
      signal(p.pid(), "CONT");
    }
    frozen.remove(name);
  }

  private static void signal(long pid, String sig) {
    try {
      new ProcessBuilder("kill", "-s", sig, Long.toString(pid)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The DC's node and epoch from dc/info, and dc/epoch. */
  Optional<String[]> dcInfo() {
    try {
      var c = store().connection().client();
      String dc = store().paths().dc();
      Properties p = new Properties();
      p.load(new java.io.StringReader(new String(c.getData().forPath(dc + "/info"), StandardCharsets.UTF_8)));
      String epoch = new String(c.getData().forPath(dc + "/epoch"), StandardCharsets.UTF_8).trim();
      return Optional.of(new String[] {p.getProperty("node"), p.getProperty("epoch"), epoch});
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /**
   * Members that have joined (their node_state says join="member") in their current life: a member
   * znode older than the node's process is its previous session's, not yet expired.
   */
  Set<String> joined() {
    Set<String> out = new TreeSet<>();
    var c = store().connection().client();
    for (String n : names) {
      try {
        org.apache.zookeeper.data.Stat st = c.checkExists().forPath(store().paths().member(n));
        org.apache.zookeeper.data.Stat ns = c.checkExists().forPath(store().paths().status(n));
        // the node_state must be this life's too: written after its member znode was created
        if (st != null && ns != null && st.getCtime() >= startedAt.getOrDefault(n, Long.MAX_VALUE)
            && ns.getMzxid() > st.getCzxid()
            && new String(c.getData().forPath(store().paths().status(n)), StandardCharsets.UTF_8)
                .contains("join=\"member\"")) {
          out.add(n);
        }
      } catch (Exception e) {
        // not joined
      }
    }
    return out;
  }

  /** Action znodes waiting under actions/, per node. */
  Map<String, Integer> pendingActions() throws Exception {
    Map<String, Integer> out = new TreeMap<>();
    var c = store().connection().client();
    String actions = store().paths().actions();
    if (c.checkExists().forPath(actions) == null) {
      return out;
    }
    for (String n : c.getChildren().forPath(actions)) {
      int k = c.getChildren().forPath(actions + "/" + n).size();
      if (k > 0) {
        out.put(n, k);
      }
    }
    return out;
  }

  @Override
  public void close() throws Exception {
    closing = true;
    reboots.shutdownNow();
    for (String n : names) {
      Process p = nodes.get(n);
      if (p != null) {
        thaw(n);
        crash(n);
      }
    }
    if (store != null) {
      store.close();
    }
    for (int i = 0; i < 3; i++) {
      killZk(i);
    }
  }
}
