package org.zcrm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.w3c.dom.Element;
import org.zcrm.cib.model.value.PcmkDuration;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.StoreException;
import org.zcrm.cib.store.ZkSettings;
import org.zcrm.cib.store.edit.ClusterEdits;
import org.zcrm.cli.local.LocalCluster;
import org.zcrm.cli.local.RunDir;
import org.zcrm.cli.status.ClusterState;
import org.zcrm.cli.status.ClusterStateReader;
import org.zcrm.cli.status.Json;
import org.zcrm.cli.status.Settle;
import org.zcrm.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zcrm cluster up | down | status}: a whole cluster on this machine, for trying zcrm out. */
@Command(mixinStandardHelpOptions = true, name = "cluster", description = "Run a local cluster (ZooKeeper and node daemons on loopback).",
    subcommands = {ClusterCommand.Up.class, ClusterCommand.Down.class, ClusterCommand.Status.class})
public final class ClusterCommand implements Runnable {
  /** Where the sample configuration says "the run folder"; replaced by the absolute --dir on import. */
  public static final String RUN_DIR_PLACEHOLDER = "${RUN_DIR}";
  static final String DEFAULT_CONFIG = "sample-configs/active-passive/cib.xml";

  @Spec CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm cluster --help'.");
  }

  /** The options every cluster verb shares. */
  static final class Where {
    @Option(names = "--dir", paramLabel = "RUN_DIR", defaultValue = "run",
        description = "Folder for pid files, logs and data (default ${DEFAULT-VALUE}).")
    Path dir;

    RunDir run() {
      return new RunDir(dir);
    }
  }

  @Command(name = "up", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Start ZooKeeper and N node daemons on this machine, load a configuration, and wait until"
          + " a DC is elected and the resources have settled.",
          "The configuration's fence device fence_zcrm_process kills a node's process: fencing here is real."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the cluster is up and settled", "1:it did not start or settle (see the logs named)",
          "2:the configuration could not be read"})
  static final class Up implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Where where = new Where();

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "3", description = "Nodes node1..nodeN (default ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--config", paramLabel = "FILE",
        description = "CIB to load (default: " + DEFAULT_CONFIG + "); " + RUN_DIR_PLACEHOLDER + " in it becomes RUN_DIR.")
    Path config;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2181", description = "ZooKeeper client port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--cluster", paramLabel = "NAME", defaultValue = ZkSettings.DEFAULT_CLUSTER,
        description = "Cluster name (default ${DEFAULT-VALUE}).")
    String cluster;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s",
        description = "How long to wait for the cluster to settle (default ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      long waitMs = PcmkDuration.parseMs(timeout).orElse(-1);
      if (nodes < 1 || nodes > 16 || waitMs <= 0) {
        err.println("zcrm: --nodes takes 1 to 16 and --timeout a duration such as 90s.");
        return 1;
      }
      Path home = home();
      Path file = config != null ? config : home == null ? Path.of(DEFAULT_CONFIG) : home.resolve(DEFAULT_CONFIG);
      if (!Files.isReadable(file)) {
        err.println("zcrm: cannot read the configuration " + file + "; give one with --config FILE.");
        return 2;
      }
      RunDir run = where.run();
      String text = Files.readString(file).replace(RUN_DIR_PLACEHOLDER, run.dir().toString());
      Element cib;
      try {
        cib = CibXml.parse(text);
      } catch (CibXml.CibXmlException e) {
        err.println("zcrm: " + file + " is not well-formed XML: " + e.getMessage());
        return 2;
      }
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= nodes; i++) {
        names.add("node" + i);
      }
      LocalCluster lc = new LocalCluster(run, home);
      long t0 = System.nanoTime();
      try {
        lc.prepare(names);
      } catch (IllegalStateException e) {
        err.println("zcrm: " + e.getMessage());
        return 1;
      }
      String connect = "127.0.0.1:" + port;
      out.println("Starting ZooKeeper on " + connect + " (log " + rel(run.zkLog()) + ")");
      out.flush();
      try {
        lc.startZooKeeper(port, Duration.ofSeconds(30));
      } catch (IllegalStateException e) {
        err.println("zcrm: " + e.getMessage());
        return 1;
      }
      run.write(new RunDir.Description(connect, cluster, names));
      ZkSettings settings = ZkSettings.of(connect, cluster);
      try (CibStore store = CibStore.open(settings, Validation.checker())) {
        for (String n : names) {
          lc.startNode(n, connect, cluster);
        }
        out.println("Started " + String.join(", ", names) + "; waiting for them to join...");
        out.flush();
        // The configuration goes in once every node has joined. No longer needed for safety (the DC
        // waits dc-deadtime before it fences configured nodes it has never seen), but it keeps the
        // start-up order plain and reports a node that does not come up before anything is loaded.
        Instant joinBy = Instant.now().plusMillis(waitMs);
        Optional<String> missing = Optional.of("not checked yet");
        while (Instant.now().isBefore(joinBy)) {
          missing = joined(store, names);
          if (missing.isEmpty()) {
            break;
          }
          Thread.sleep(250);
        }
        if (missing.isPresent()) {
          err.println("zcrm: the nodes did not join within " + timeout + ": " + missing.get() + ".");
          err.println("  Look at the logs in " + rel(run.dir()) + ", then 'bin/zcrm cluster down --dir "
              + rel(run.dir()) + "'.");
          return 1;
        }
        int rc = ZkOptions.guard(err, () -> {
          store.importCib(cib, true);
          store.update("add the local nodes", c -> withNodes(c, names));
          return 0;
        });
        if (rc != 0) {
          err.println("zcrm: " + file + " was not loaded; the processes are still running: 'zcrm cluster down --dir "
              + rel(run.dir()) + "' stops them.");
          return rc;
        }
        out.println("Loaded " + file + " into cluster '" + cluster + "'; waiting for the resources to settle...");
        out.flush();
        Settle settle = new Settle(Engine.withShippedRules());
        Instant deadline = Instant.now().plusMillis(waitMs);
        Optional<String> why = Optional.of("not checked yet");
        while (Instant.now().isBefore(deadline)) {
          try {
            why = settle.notSettled(store, names, Instant.now());
          } catch (StoreException e) {
            why = Optional.of(e.getMessage());
          }
          if (why.isEmpty()) {
            break;
          }
          Thread.sleep(500);
        }
        if (why.isPresent()) {
          err.println("zcrm: the cluster did not settle within " + timeout + ": " + why.get() + ".");
          err.println("  The processes are still running. Look at the logs in " + rel(run.dir())
              + " (node1.log, ...), 'bin/zcrm status', then 'bin/zcrm cluster down --dir " + rel(run.dir()) + "'.");
          return 1;
        }
        ClusterState s = ClusterStateReader.read(store, Instant.now());
        long running = s.resources().stream().filter(r -> !r.runningOn().isEmpty()).count();
        out.printf("Cluster is up in %.1f s: DC %s, %d node(s) online, %d of %d resource(s) running.%n",
            (System.nanoTime() - t0) / 1e9, s.dc().orElse("?"), s.nodes().stream().filter(ClusterState.NodeView::member).count(),
            running, s.resources().size());
        printProcesses(out, run, Optional.of(s));
        String zkArg = port == 2181 && cluster.equals(ZkSettings.DEFAULT_CLUSTER) ? ""
            : " --zk " + connect + (cluster.equals(ZkSettings.DEFAULT_CLUSTER) ? "" : " --cluster " + cluster);
        out.println();
        out.println("Try next:");
        ClusterState.ResourceView sample = s.resources().stream()
            .filter(r -> !r.runningOn().isEmpty() && !r.agent().startsWith("stonith")).findFirst().orElse(null);
        if (sample != null) {
          String rsc = sample.parent() != null && !sample.id().contains(":") ? sample.parent() : sample.id();
          String where = sample.runningOn().get(0);
          String other = names.stream().filter(n -> !n.equals(where)).findFirst().orElse(where);
          out.println("  bin/zcrm status" + zkArg + "                    what runs where");
          out.println("  bin/zcrm resource move " + rsc + " " + other + zkArg + "   move " + rsc);
          out.println("  kill -9 $(cat " + rel(run.nodePid(other)) + ")   then it dies: watch it get fenced");
        } else {
          out.println("  bin/zcrm status" + zkArg + "                    what runs where");
        }
        out.println("  bin/zcrm cluster down" + (where.dir.equals(Path.of("run")) ? "" : " --dir " + where.dir)
            + "                  stop everything");
        out.flush();
        return 0;
      }
    }

    /** Which nodes are not members yet, or that there is no DC; empty when all have joined. */
    private static Optional<String> joined(CibStore store, List<String> names) {
      try {
        var client = store.connection().client();
        List<String> members = ClusterStateReader.children(client, store.paths().members());
        List<String> out = names.stream().filter(n -> !members.contains(n)).toList();
        if (!out.isEmpty()) {
          return Optional.of("not joined yet: " + String.join(", ", out));
        }
        String dc = ClusterStateReader.dcInfo(client, store.paths()).get("node");
        return dc != null && members.contains(dc) ? Optional.empty() : Optional.of("no DC elected yet");
      } catch (StoreException e) {
        return Optional.of(e.getMessage());
      }
    }

    private static ConfigState withNodes(ConfigState c, List<String> names) {
      ConfigState out = c;
      for (String n : names) {
        if (ClusterEdits.findNode(out, n).isEmpty()) {
          out = ClusterEdits.addNode(out, n);
        }
      }
      return out;
    }
  }

  @Command(name = "down", mixinStandardHelpOptions = true,
      description = "Stop the local cluster's nodes (they stop their resources first) and ZooKeeper; logs stay.")
  static final class Down implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Where where = new Where();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      RunDir run = where.run();
      if (run.read().isEmpty() && !Files.exists(run.zkPid())) {
        spec.commandLine().getErr().println("zcrm: no local cluster in " + rel(run.dir()) + " (nothing to stop).");
        return 1;
      }
      List<String> killed = new LocalCluster(run, home()).stopAll(out);
      out.println("Cluster stopped" + (killed.isEmpty() ? "" : " (had to kill " + String.join(", ", killed) + ")")
          + "; logs are in " + rel(run.dir()) + ".");
      out.flush();
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "The local cluster's processes: ZooKeeper and each node's pid, role and log.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Where where = new Where();

    @Option(names = "--output-as", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    StatusCommand.Output output;

    @Override
    public Integer call() throws Exception {
      RunDir run = where.run();
      Optional<RunDir.Description> d = run.read();
      if (d.isEmpty()) {
        spec.commandLine().getErr().println("zcrm: no local cluster in " + rel(run.dir()) + "; start one with 'zcrm cluster up'.");
        return 1;
      }
      Optional<ClusterState> state = Optional.empty();
      if (RunDir.alive(run.zkPid())) {
        try (CibStore store = CibStore.open(ZkSettings.of(d.get().zkConnect(), d.get().cluster())
            .withConnectTimeout(Duration.ofSeconds(5)), ZkOptions.noChecks())) {
          state = Optional.of(ClusterStateReader.read(store, Instant.now()));
        } catch (StoreException e) {
          spec.commandLine().getErr().println("zcrm: warning: cannot read the cluster's state: " + e.getMessage());
        }
      }
      if (output == StatusCommand.Output.json) {
        spec.commandLine().getOut().print(Json.write(tree(run, d.get(), state)));
      } else {
        printProcesses(spec.commandLine().getOut(), run, state);
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  static Map<String, Object> tree(RunDir run, RunDir.Description d, Optional<ClusterState> state) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> zk = new LinkedHashMap<>();
    zk.put("connect", d.zkConnect());
    zk.put("pid", pidOrNull(run.zkPid()));
    zk.put("running", RunDir.alive(run.zkPid()));
    zk.put("log", run.zkLog().toString());
    m.put("cluster", d.cluster());
    m.put("dir", run.dir().toString());
    m.put("zk", zk);
    List<Object> nodes = new ArrayList<>();
    for (String n : d.nodes()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", n);
      o.put("pid", pidOrNull(run.nodePid(n)));
      o.put("running", RunDir.alive(run.nodePid(n)));
      o.put("log", run.nodeLog(n).toString());
      o.put("role", role(n, run, state));
      nodes.add(o);
    }
    m.put("nodes", nodes);
    return m;
  }

  private static String role(String n, RunDir run, Optional<ClusterState> state) {
    if (state.isEmpty()) {
      return RunDir.alive(run.nodePid(n)) ? "unknown" : "stopped";
    }
    return state.get().node(n).map(v -> v.dc() ? "dc" : v.member() ? "member" : v.state().word()).orElse("stopped");
  }

  private static Long pidOrNull(Path f) {
    OptionalLong p = RunDir.pid(f);
    return p.isPresent() ? p.getAsLong() : null;
  }

  static void printProcesses(PrintWriter out, RunDir run, Optional<ClusterState> state) throws IOException {
    RunDir.Description d = run.read().orElseThrow();
    out.printf("  %-10s %-8s %-8s %-9s %s%n", "PROCESS", "PID", "STATE", "ROLE", "LOG");
    out.printf("  %-10s %-8s %-8s %-9s %s%n", "zookeeper", String.valueOf(pidOrNull(run.zkPid())),
        RunDir.alive(run.zkPid()) ? "running" : "stopped", d.zkConnect(), rel(run.zkLog()));
    for (String n : d.nodes()) {
      out.printf("  %-10s %-8s %-8s %-9s %s%n", n, String.valueOf(pidOrNull(run.nodePid(n))),
          RunDir.alive(run.nodePid(n)) ? "running" : "stopped", role(n, run, state), rel(run.nodeLog(n)));
    }
  }

  /** A path as the user would type it from here, when it is under the current folder. */
  static String rel(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path a = p.toAbsolutePath().normalize();
    return a.startsWith(cwd) ? cwd.relativize(a).toString() : a.toString();
  }

  /** zcrm's installation: $ZCRM_HOME (bin/zcrm sets it), else the nearest folder up with agents/ and sample-configs/. */
  static Path home() {
    String env = System.getenv("ZCRM_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("agents")) && Files.isDirectory(p.resolve("sample-configs"))) {
        return p;
      }
    }
    return null;
  }
}
