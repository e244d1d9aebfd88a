package org.zcrm.coordinator;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Watches this node's ZooKeeper connection and lets go of resources before the others may act on
 * the node's absence (like SBD's watchdog). With T the negotiated session timeout and t0 the last
 * time the node heard from the ensemble:
 *
 * <ul>
 *   <li>The ZooKeeper client notices a dead connection at most 2T/3 after t0 (its read timeout),
 *       and Curator reports SUSPENDED.</li>
 *   <li>SUSPENDED for longer than {@code grace} (default T), or LOST: the node stops every
 *       resource, so it starts stopping at most 5T/3 after t0. A short server outage or an
 *       ensemble leader election (the client reconnects, same session) stops nothing.</li>
 *   <li>The ensemble expires the session no earlier than T after t0; the DC then fences the node
 *       with a device, or, with no device and stonith-watchdog-timeout W, counts it fenced W later.
 *       Watchdog fencing is safe when W >= 2T/3 + the longest resource stop.</li>
 * </ul>
 *
 * Back with the same session before the deadline: nothing happens. Back after self-fencing or with
 * a new session: the node rejoins (fresh status, fresh probes).
 */
public final class SelfFencing {
  private static final Logger LOG = LogManager.getLogger();

  private final CuratorFramework client;
  private final ScheduledExecutorService timer;
  private final Duration configuredGrace;
  private final Consumer<String> fence;
  private final Runnable rejoin;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "zcrm-self-fencing");
    t.setDaemon(true);
    return t;
  });
  private volatile long sessionId;
  private volatile int negotiatedMs;
  private volatile boolean fired;
  private ScheduledFuture<?> deadline;
  /** Bumped whenever the pending deadline is settled, so a deadline task already on its way does nothing. */
  private long deadlineGeneration;

  SelfFencing(CuratorFramework client, ScheduledExecutorService timer, Duration grace, Consumer<String> fence,
      Runnable rejoin) {
    this.client = client;
    this.timer = timer;
    this.configuredGrace = grace;
    this.fence = fence;
    this.rejoin = rejoin;
  }

  void start() {
    remember();
  }

  private void remember() {
    try {
      sessionId = client.getZookeeperClient().getZooKeeper().getSessionId();
      negotiatedMs = client.getZookeeperClient().getZooKeeper().getSessionTimeout();
    } catch (Exception e) {
      LOG.debug("Cannot read the session error={}", e.toString());
    }
  }

  /** The negotiated session timeout (ms) of the current session. */
  public int negotiatedSessionTimeoutMs() {
    return negotiatedMs;
  }

  /** How long SUSPENDED may last before the node stops its resources. */
  public Duration grace() {
    return configuredGrace != null ? configuredGrace : Duration.ofMillis(Math.max(1, negotiatedMs));
  }

  synchronized void onState(ConnectionState s) {
    switch (s) {
      case SUSPENDED -> {
        if (deadline == null && !fired) {
          Duration g = grace();
          LOG.warn("ZooKeeper connection suspended; resources stop unless it returns in time graceMs={} sessionTimeoutMs={}",
              g.toMillis(), negotiatedMs);
          long gen = ++deadlineGeneration;
          deadline = timer.schedule(() -> expire(gen, "connection suspended for " + g.toMillis() + " ms"),
              g.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
      case LOST -> fire("ZooKeeper session lost");
      case RECONNECTED, CONNECTED -> {
        settleDeadline();
        long old = sessionId;
        remember();
        boolean newSession = old != 0 && old != sessionId;
        if (fired || newSession) {
          if (!fired) {
            fire("new ZooKeeper session");
          }
          fired = false;
          LOG.warn("Connection back after self-fencing or with a new session; rejoining old=0x{} new=0x{}",
              Long.toHexString(old), Long.toHexString(sessionId));
          worker.execute(rejoin);
        } else {
          LOG.info("ZooKeeper connection back in time; nothing was stopped session=0x{}", Long.toHexString(sessionId));
        }
      }
      default -> {
      }
    }
  }

  /** The SUSPENDED deadline passed; unless it was settled meanwhile (back in time, or fired for LOST). */
  private synchronized void expire(long gen, String why) {
    if (gen == deadlineGeneration && deadline != null) {
      fire(why);
    }
  }

  private void settleDeadline() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
    deadlineGeneration++;
  }

  private synchronized void fire(String why) {
    if (fired) {
      return;
    }
    fired = true;
    settleDeadline();
    worker.execute(() -> fence.accept(why));
  }

  void close() {
    worker.shutdownNow();
  }
}
