package org.zcrm.coordinator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.SizeLimits;
import org.zcrm.cib.store.ZkConnection;
import org.zcrm.engine.Engine;
import org.zcrm.engine.rules.PolicyRules;
import org.zcrm.executor.Executor;
import org.zcrm.executor.ExecutorConfig;
import org.zcrm.executor.process.ProcessRunner;
import org.zcrm.fence.FenceHistory;
import org.zcrm.fence.Fencer;
import org.zcrm.fence.FencerOptions;
import org.zcrm.fence.FencingConfig;
import org.zcrm.fence.agent.AgentLocator;
import org.zcrm.fence.agent.FenceAgentRunner;

/**
 * One cluster node: its coordinator (the node-local part and, when elected, the DC), its executor
 * and its fencer, in one JVM, talking to the others only through ZooKeeper.
 */
public final class NodeDaemon implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  private final NodeOptions options;
  private final ZkConnection conn;
  private final CibStore store;
  private final Executor executor;
  private final ProcessRunner fenceRunner = new ProcessRunner();
  private final Fencer fencer;
  private final LocalNode local;
  private final Dc dc;
  private final FenceDeviceMonitors deviceMonitors;
  private boolean closed;
  private final java.util.concurrent.CompletableFuture<String> halted = new java.util.concurrent.CompletableFuture<>();

  private NodeDaemon(NodeOptions options, Engine engine) {
    this.options = options;
    this.conn = ZkConnection.open(options.zk());
    this.store = new CibStore(conn, SizeLimits.standard(), ConfigChecker.NONE, false);
    ExecutorConfig ec = options.agentsDir() != null ? ExecutorConfig.withAgentsDir(options.name(), options.agentsDir())
        : ExecutorConfig.defaults(options.name());
    // several nodes may share one machine (tests, `zcrm cluster up`): agents keep their state per node
    ec = ec.withAgentEnvironment(java.util.Map.of("HA_RSCTMP",
        options.runDir().resolve(options.name() + "-rsctmp").toAbsolutePath().toString()));
    AtomicReference<LocalNode> sink = new AtomicReference<>();
    this.executor = new Executor(ec, ev -> {
      LocalNode l = sink.get();
      if (l != null) {
        l.onExecutorEvent(ev);
      }
    });
    Path agents = options.agentsDir() != null ? options.agentsDir() : ExecutorConfig.zcrmAgentsDir();
    AgentLocator locator = agents != null ? AgentLocator.standard(agents.resolve("fence"))
        : new AgentLocator(List.of(AgentLocator.SYSTEM_AGENT_DIR));
    this.fencer = new Fencer(FencingConfig.of(List.of(), List.of()), FencerOptions.standard(options.name(), locator),
        fenceRunner, new FenceHistory());
    this.local = new LocalNode(options.name(), store, executor, options.selfFenceGrace());
    sink.set(local);
    this.deviceMonitors = new FenceDeviceMonitors(options.name(),
        new FenceAgentRunner(locator, fenceRunner, java.time.Duration.ofSeconds(1)), executor.failCounts(), local::onExecutorEvent);
    local.fenceDeviceMonitors(deviceMonitors);
    local.onFenced(this::halt);
    this.dc = new Dc(options.name(), store, engine, fencer);
  }

  /**
   * Starts a node: compiles (or loads) the policy first, so that a failover never waits for it,
   * then registers, probes, and joins the DC election.
   */
  public static NodeDaemon start(NodeOptions options) throws Exception {
    long t0 = System.nanoTime();
    Engine engine = new Engine(PolicyRules.shipped());
    LOG.info("Policy ready node={} ms={}", options.name(), (System.nanoTime() - t0) / 1_000_000);
    NodeDaemon d = new NodeDaemon(options, engine);
    try {
      d.writePidFile();
      d.conn.client().getConnectionStateListenable().addListener((c, s) -> d.onConnectionState(s));
      d.local.start();
      d.dc.start();
      LOG.info("Node daemon started node={} zk={} cluster={} sessionTimeoutMs={} negotiatedMs={}", options.name(),
          options.zk().connect(), options.zk().cluster(), options.zk().sessionTimeout().toMillis(),
          d.local.selfFencing().negotiatedSessionTimeoutMs());
      return d;
    } catch (Exception | Error e) {
      d.close(false);
      throw e;
    }
  }

  private void onConnectionState(ConnectionState s) {
    LOG.info("ZooKeeper connection state node={} state={}", options.name(), s);
    local.onConnectionState(s);
    dc.onConnectionState(s);
  }

  private void writePidFile() throws IOException {
    Files.createDirectories(options.runDir());
    Files.writeString(pidFile(), ProcessHandle.current().pid() + "\n");
  }

  public Path pidFile() {
    return options.runDir().resolve(options.name() + ".pid");
  }

  public String name() {
    return options.name();
  }

  public LocalNode local() {
    return local;
  }

  public Dc dc() {
    return dc;
  }

  public CibStore store() {
    return store;
  }

  /** For tests: the daemon's own ZooKeeper client. */
  public ZkConnection connection() {
    return conn;
  }

  /**
   * Stops the daemon. With {@code leave} the node stops its resources and leaves the cluster;
   * without, its resources keep running and the DC waits for it to come back (a restart).
   */
  public synchronized void close(boolean leave) {
    if (closed) {
      return;
    }
    closed = true;
    LOG.info("Node daemon stopping node={} leave={}", options.name(), leave);
    dc.close();
    try {
      if (leave) {
        local.leave();
      } else {
        local.markRestarting(options.restartGrace());
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not finish leaving node={} error={}", options.name(), e.toString());
    }
    closeParts();
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException e) {
      LOG.debug("Could not remove the pid file error={}", e.toString());
    }
    LOG.info("Node daemon stopped node={}", options.name());
  }

  /**
   * Completes (with the reason) when the daemon halted because it learnt that its node was fenced
   * while it still ran; the process should then exit.
   */
  public java.util.concurrent.CompletableFuture<String> halted() {
    return halted;
  }

  /**
   * The node was fenced, yet runs: like Pacemaker's default fence-reaction (stop), the daemon
   * stops at once, stopping no resource (a fencing that worked would have ended them with the
   * node), and leaves the cluster as its session closes.
   */
  private synchronized void halt(String why) {
    if (closed) {
      return;
    }
    closed = true;
    LOG.error("Halting: this node was fenced node={} why={}", options.name(), why);
    dc.close();
    closeParts();
    halted.complete(why);
  }

  /** Closes the node's parts after the DC side, the ZooKeeper connection last. */
  private void closeParts() {
    local.close();
    executor.close();
    deviceMonitors.close();
    fencer.close();
    fenceRunner.close();
    store.close();
    conn.close();
  }

  /**
   * For in-JVM tests: dies like a killed process, leaving resources running and the session to be
   * closed by the server (here at once, as the connection is closed without any cleanup).
   */
  public synchronized void crash() {
    closed = true;
    LOG.warn("Simulated crash node={}", options.name());
    dc.close();
    local.close();
    executor.close();
    deviceMonitors.close();
    fencer.close();
    conn.close();
  }

  /**
   * For tests: dies like a killed process whose machine went silent: nothing is cleaned up and the
   * ZooKeeper client is abandoned (the caller cuts its traffic), so the ensemble expires the session
   * after the timeout. The client is closed later, in the background.
   */
  public synchronized void crashKeepingSession() {
    closed = true;
    LOG.warn("Simulated crash, session left to expire node={}", options.name());
    dc.close();
    local.close();
    executor.close();
    deviceMonitors.close();
    fencer.close();
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(3L * options.zk().sessionTimeout().toMillis() + 2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      conn.close();
    }, "zcrm-crashed-client");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() {
    close(false);
  }
}
