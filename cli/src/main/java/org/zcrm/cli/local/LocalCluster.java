package org.zcrm.cli.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cli.Zcrm;

/**
 * Starts and stops the processes of a local cluster: one embedded ZooKeeper (`zcrm zk start`) and
 * one node daemon per node, each a JVM of its own in its own session (so a Ctrl-C in the terminal
 * does not reach them), with its log and pid file under the run folder.
 */
public final class LocalCluster {
  private static final Logger LOG = LogManager.getLogger();
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final RunDir run;
  private final Path home;

  /** @param home zcrm's installation (agents/, sample-configs/); null when unknown */
  public LocalCluster(RunDir run, Path home) {
    this.run = run;
    this.home = home;
  }

  public RunDir run() {
    return run;
  }

  /** Refuses when this run folder still has live processes; else clears old data and agent state. */
  public void prepare(List<String> nodes) throws IOException {
    Optional<RunDir.Description> d = run.read();
    if (RunDir.alive(run.zkPid()) || d.map(x -> x.nodes().stream().anyMatch(n -> RunDir.alive(run.nodePid(n))))
        .orElse(false)) {
      throw new IllegalStateException("A local cluster is already running from " + run.dir()
          + "; stop it with 'zcrm cluster down --dir " + run.dir() + "' or use another --dir.");
    }
    Files.createDirectories(run.dir());
    deleteTree(run.zkData());
    for (String n : d.map(RunDir.Description::nodes).orElse(List.of())) {
      deleteTree(run.nodeState(n));
    }
    for (String n : nodes) {
      deleteTree(run.nodeState(n));
      Files.deleteIfExists(run.nodePid(n));
      Files.deleteIfExists(run.leaveFile(n));
    }
  }

  /** Starts ZooKeeper on 127.0.0.1:port and waits until it accepts connections. */
  public Process startZooKeeper(int port, Duration wait) throws IOException, InterruptedException {
    List<String> cmd = javaCommand("org.zcrm.cli.Zcrm");
    cmd.addAll(List.of("zk", "start", "--port", Integer.toString(port), "--data-dir", run.zkData().toString()));
    Process p = launch(cmd, run.zkLog());
    Files.writeString(run.zkPid(), p.pid() + "\n");
    Instant deadline = Instant.now().plus(wait);
    while (Instant.now().isBefore(deadline)) {
      if (!p.isAlive()) {
        throw new IllegalStateException("ZooKeeper exited at once (exit code " + p.exitValue() + "); see "
            + run.zkLog() + (port == 2181 ? "; is port 2181 in use? Try --port." : ""));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        Thread.sleep(300); // a server already on that port answers while ours fails to bind and exits
        if (!p.isAlive()) {
          throw new IllegalStateException("ZooKeeper exited (exit code " + p.exitValue() + "): port " + port
              + " is in use by another server; give another with --port. See " + run.zkLog());
        }
        return p;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    p.destroy();
    throw new IllegalStateException("ZooKeeper did not accept connections on port " + port + " within "
        + wait.toSeconds() + " s; see " + run.zkLog());
  }

  /** Starts one node daemon in the background; it writes its own pid file once running. */
  public Process startNode(String name, String zkConnect, String cluster) throws IOException {
    Path agents = home == null ? null : home.resolve("agents");
    List<String> cmd;
    Path out;
    if (hasNodeStartVerb()) {
      cmd = javaCommand("org.zcrm.cli.Zcrm");
      cmd.addAll(List.of("node", "start", "--name", name, "--zk", zkConnect, "--cluster", cluster,
          "--run-dir", run.dir().toString()));
      if (agents != null && Files.isDirectory(agents)) {
        cmd.addAll(List.of("--agents", agents.toString()));
      }
      out = run.nodeOut(name);
    } else {
      cmd = javaCommand(LocalNodeMain.class.getName());
      cmd.addAll(List.of(name, zkConnect, cluster, run.dir().toString()));
      if (agents != null && Files.isDirectory(agents)) {
        cmd.add(agents.toString());
      }
      out = run.nodeLog(name);
    }
    Process p = launch(cmd, out);
    LOG.debug("Started node process node={} pid={}", name, p.pid());
    return p;
  }

  /** Whether the command line has the coordinator's `zcrm node start` verb. */
  static boolean hasNodeStartVerb() {
    var node = Zcrm.commandLine().getSubcommands().get("node");
    return node != null && node.getSubcommands().containsKey("start");
  }

  /**
   * Stops every node (asking each to stop its resources and leave), then ZooKeeper, and removes
   * the agents' state; logs stay. Returns the names of what had to be killed.
   */
  public List<String> stopAll(PrintWriter out) throws IOException, InterruptedException {
    List<String> killed = new ArrayList<>();
    List<String> nodes = run.read().map(RunDir.Description::nodes).orElse(List.of());
    List<ProcessHandle> stopping = new ArrayList<>();
    for (String n : nodes) {
      OptionalLong pid = RunDir.pid(run.nodePid(n));
      Optional<ProcessHandle> h = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
      if (h.isPresent() && h.get().isAlive()) {
        Files.writeString(run.leaveFile(n), "leave\n");
        h.get().destroy();
        stopping.add(h.get());
        out.println("Stopping node " + n + " (pid " + h.get().pid() + ")");
      }
    }
    for (ProcessHandle h : stopping) {
      if (!waitFor(h, STOP_WAIT)) {
        h.destroyForcibly();
        killed.add("pid " + h.pid());
        waitFor(h, Duration.ofSeconds(5));
      }
    }
    OptionalLong zk = RunDir.pid(run.zkPid());
    if (zk.isPresent()) {
      Optional<ProcessHandle> h = ProcessHandle.of(zk.getAsLong());
      if (h.isPresent() && h.get().isAlive()) {
        out.println("Stopping ZooKeeper (pid " + h.get().pid() + ")");
        h.get().destroy();
        if (!waitFor(h.get(), STOP_WAIT)) {
          h.get().destroyForcibly();
          killed.add("ZooKeeper");
        }
      }
      Files.deleteIfExists(run.zkPid());
    }
    for (String n : nodes) {
      deleteTree(run.nodeState(n));
      Files.deleteIfExists(run.nodePid(n));
      Files.deleteIfExists(run.leaveFile(n));
    }
    deleteTree(run.zkData());
    out.flush();
    return killed;
  }

  private static boolean waitFor(ProcessHandle h, Duration d) throws InterruptedException {
    try {
      h.onExit().get(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return !h.isAlive();
    }
  }

  private List<String> javaCommand(String mainClass) {
    List<String> cmd = new ArrayList<>();
    Path setsid = Path.of("/usr/bin/setsid");
    if (Files.isExecutable(setsid)) {
      cmd.add(setsid.toString()); // own session: the terminal's Ctrl-C does not reach the daemons
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xss1m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Dlog4j2.configurationFile=log4j2-local-node.xml");
    if (home != null) {
      cmd.add("-Dzcrm.home=" + home);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    return cmd;
  }

  private Process launch(List<String> cmd, Path output) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(run.dir().toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (home != null) {
      pb.environment().put("ZCRM_HOME", home.toString());
      pb.environment().put("ZCRM_AGENTS_DIR", home.resolve("agents").toString());
    }
    pb.environment().put("ZCRM_RUN_DIR", run.dir().toString());
    return pb.start();
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
