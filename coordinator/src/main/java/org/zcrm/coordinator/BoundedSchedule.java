package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;

/**
 * Runs the engine with user rules under a time bound, so that a user rule that never ends (a rule
 * that keeps re-activating itself, or a right-hand side that loops) cannot hold the DC thread. On
 * timeout the Drools sessions of the user rule base are halted; a worker that still does not come
 * back (a loop inside a right-hand side ignores halt) is stopped, then replaced. The caller treats
 * {@link Timeout} like a rule that threw.
 */
final class BoundedSchedule implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();
  /** How long a schedule with user rules may take; the system property zcrm.rules.timeout (ms) overrides. */
  static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);
  private static final Duration HALT_GRACE = Duration.ofSeconds(2);

  /** The engine did not finish within the bound. */
  static final class Timeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Timeout(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Duration limit;
  private final AtomicReference<Thread> worker = new AtomicReference<>();
  private ExecutorService pool = newPool();

  BoundedSchedule(Duration limit) {
    this.limit = limit;
  }

  static Duration limitFromSystem() {
    String v = System.getProperty("zcrm.rules.timeout");
    if (v == null || v.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      return Duration.ofMillis(Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      LOG.warn("Ignoring an unreadable zcrm.rules.timeout value={} defaultMs={}", v, DEFAULT_LIMIT.toMillis());
      return DEFAULT_LIMIT;
    }
  }

  private ExecutorService newPool() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "zcrm-dc-engine");
      t.setDaemon(true);
      worker.set(t);
      return t;
    });
  }

  /** Schedules on the worker; {@code kieBase} is the user rule base whose sessions a timeout halts. */
  Transition schedule(Engine engine, KieBase kieBase, org.zcrm.engine.CibSnapshot cib, Instant now) {
    Future<Transition> f = pool.submit(() -> engine.schedule(cib, now));
    try {
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("the engine failed", e.getCause());
    } catch (TimeoutException e) {
      stop(f, kieBase);
      throw new Timeout("did not finish within " + limit.toMillis() + " ms (a rule that never stops firing, or a"
          + " loop in a right-hand side?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(f, kieBase);
      throw new Timeout("interrupted while the engine ran", e);
    }
  }

  /**
   * Halts the user rule base's sessions until the worker comes back (the engine fires one agenda
   * group after another, and a halted group can be resumed by the next fire, so halt is repeated),
   * for at most {@link #HALT_GRACE}; a worker still running then is stopped.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private void stop(Future<Transition> f, KieBase kieBase) {
    f.cancel(true);
    Thread t = worker.get();
    pool.shutdownNow();
    int halts = 0;
    try {
      long end = System.nanoTime() + HALT_GRACE.toNanos();
      boolean done = false;
      while (!done && System.nanoTime() < end) {
        if (kieBase != null) {
          for (KieSession s : kieBase.getKieSessions()) {
            s.halt();
            halts++;
          }
        }
        done = pool.awaitTermination(50, TimeUnit.MILLISECONDS);
      }
      if (done) {
        LOG.warn("Stopped an engine run that took too long halts={} limitMs={}", halts, limit.toMillis());
      } else if (t != null) {
        // a loop inside a right-hand side: halt cannot reach it; the session is thrown away anyway
        LOG.error("An engine run ignored halt and interrupt; stopping its thread thread={} halts={} limitMs={}",
            t.getName(), halts, limit.toMillis());
        t.stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool = newPool();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
