package org.zcrm.cli.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.store.ZkSettings;
import org.zcrm.coordinator.NodeDaemon;
import org.zcrm.coordinator.NodeOptions;

/**
 * Runs one node daemon for `zcrm cluster up` when the command line has no `zcrm node start` verb
 * (that verb belongs to the coordinator). Arguments: NAME ZK_CONNECT CLUSTER RUN_DIR [AGENTS_DIR].
 * Runs until SIGTERM; then stops the node's resources and leaves when RUN_DIR/NAME.leave exists
 * (as `zcrm cluster down` asks), else leaves them running for a restart to adopt.
 */
public final class LocalNodeMain {
  private static final Logger LOG = LogManager.getLogger();
  static final Duration SESSION_TIMEOUT = Duration.ofSeconds(4);

  private LocalNodeMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: LocalNodeMain NAME ZK_CONNECT CLUSTER RUN_DIR [AGENTS_DIR]");
      System.exit(1);
    }
    String name = args[0];
    RunDir run = new RunDir(Path.of(args[3]));
    Path agents = args.length > 4 ? Path.of(args[4]) : null;
    ZkSettings zk = ZkSettings.of(args[1], args[2]).withSessionTimeout(SESSION_TIMEOUT);
    NodeDaemon daemon = NodeDaemon.start(new NodeOptions(name, zk, run.dir(), agents, null, Duration.ofSeconds(60)));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      boolean leave = Files.exists(run.leaveFile(name));
      LOG.info("Stopping node daemon node={} leave={}", name, leave);
      daemon.close(leave);
      try {
        Files.deleteIfExists(run.leaveFile(name));
      } catch (java.io.IOException e) {
        LOG.debug("Could not remove the leave file error={}", e.toString());
      }
      stopped.countDown();
    }, "zcrm-node-stop"));
    stopped.await();
  }
}
