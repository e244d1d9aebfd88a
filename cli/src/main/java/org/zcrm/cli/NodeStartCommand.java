package org.zcrm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.core.config.Configurator;
import org.zcrm.cib.store.StoreException;
import org.zcrm.cib.store.ZkSettings;
import org.zcrm.coordinator.NodeDaemon;
import org.zcrm.coordinator.NodeOptions;
import org.zcrm.fence.device.PcmkDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zcrm node start}: runs one node's daemon in the foreground until SIGTERM. A plain stop
 * leaves the node's resources running (a restart adopts them); with --leave-on-stop, or when
 * {@code zcrm node stop --leave} asked for it, the node stops its resources and leaves.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = "Run this machine's node daemon (coordinator, executor, fencer) until stopped.")
public final class NodeStartCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ZkOptions zk;

  @Option(names = "--name", required = true, paramLabel = "NODE", description = "This node's name.")
  String name;

  @Option(names = "--session-timeout", paramLabel = "DURATION", defaultValue = "4s",
      description = "ZooKeeper session timeout (default ${DEFAULT-VALUE}); failures are noticed within it.")
  String sessionTimeout;

  @Option(names = "--run-dir", paramLabel = "DIR", description = "Pid file, log file and agent state"
      + " (default: $ZCRM_RUN_DIR or ./zcrm-run).")
  Path runDir;

  @Option(names = "--agents", paramLabel = "DIR", description = "zcrm's agents folder (ocf/, lsb/, fence/).")
  Path agents;

  @Option(names = "--restart-grace", paramLabel = "DURATION", defaultValue = "60s",
      description = "How long the cluster waits for this daemon to come back after a plain stop (default ${DEFAULT-VALUE}).")
  String restartGrace;

  @Option(names = "--leave-on-stop", description = "On SIGTERM, stop this node's resources and leave the cluster.")
  boolean leaveOnStop;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    Duration session = PcmkDuration.parse(sessionTimeout).filter(d -> !d.isZero()).orElse(null);
    Duration grace = PcmkDuration.parse(restartGrace).orElse(null);
    if (session == null || grace == null) {
      err.println("zcrm: --session-timeout and --restart-grace take durations such as 4s or 500ms.");
      return 1;
    }
    Path dir = runDir != null ? runDir : Path.of(System.getenv().getOrDefault("ZCRM_RUN_DIR", "zcrm-run"));
    Files.createDirectories(dir);
    System.setProperty("zcrm.node.log", dir.resolve(name + ".log").toAbsolutePath().toString());
    Configurator.reconfigure(NodeStartCommand.class.getResource("/log4j2-node.xml").toURI());
    ZkSettings settings = zk.settings().withSessionTimeout(session);
    return ZkOptions.guard(err, () -> run(settings, dir, grace));
  }

  private int run(ZkSettings settings, Path dir, Duration grace) throws Exception {
    NodeDaemon daemon;
    try {
      daemon = NodeDaemon.start(new NodeOptions(name, settings, dir.toAbsolutePath(), agents, null, grace));
    } catch (IllegalStateException e) {
      throw new StoreException(StoreException.Kind.UNAVAILABLE, "Node " + name + " could not start: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Path leaveFile = NodeStopCommand.leaveFile(dir, name);
      boolean leave = leaveOnStop || Files.exists(leaveFile);
      daemon.close(leave);
      try {
        Files.deleteIfExists(leaveFile);
      } catch (java.io.IOException e) {
        // nothing to do
      }
      stopped.countDown();
    }, "zcrm-node-stop"));
    // a node that learns it was fenced while it still runs halts its daemon: the process ends too
    java.util.concurrent.atomic.AtomicBoolean fenced = new java.util.concurrent.atomic.AtomicBoolean();
    daemon.halted().thenAccept(why -> {
      System.err.println("zcrm: node " + name + " was fenced (" + why + "); it stopped taking part in the cluster");
      fenced.set(true);
      stopped.countDown();
    });
    stopped.await();
    return fenced.get() ? 1 : 0;
  }
}
