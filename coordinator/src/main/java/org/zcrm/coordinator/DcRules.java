package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooDefs;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;
import org.zcrm.engine.rules.PolicyRules;

/**
 * The DC's policy: the shipped rules plus the user's rule files stored under config/rules. A change
 * of those files is compiled on a worker thread (a compile takes seconds) and handed back to the DC
 * event thread as a {@link Ready} event. A user rule file that does not compile, or an engine run
 * that throws with the user rules, puts the DC back on the shipped rules, and the error is written to
 * {@code dc/rules-error} for `zcrm status` (until the rule files change again). All methods but the
 * worker's run on the DC event thread.
 */
final class DcRules implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();
  /** Stands for "not yet written in this DC term". */
  private static final String UNKNOWN = "\u0000unknown";

  /** A compile result; {@code engine} is null when {@code error} is set. */
  record Ready(SortedMap<String, String> rules, Engine engine, PolicyRules policy, String error)
      implements Dc.DcEvent {}

  private final Engine shipped;
  private final Consumer<Dc.DcEvent> post;
  private final ExecutorService compiler = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "zcrm-dc-rules");
    t.setDaemon(true);
    return t;
  });
  private Engine engine;
  private SortedMap<String, String> engineRules = new TreeMap<>();
  private PolicyRules userPolicy;
  private final BoundedSchedule bounded = new BoundedSchedule(BoundedSchedule.limitFromSystem());
  private SortedMap<String, String> requested = new TreeMap<>();
  private String error;
  private String published = UNKNOWN;

  DcRules(Engine shipped, Consumer<Dc.DcEvent> post) {
    this.shipped = shipped;
    this.engine = shipped;
    this.post = post;
  }

  Engine engine() {
    return engine;
  }

  /**
   * Runs the current engine: with user rules under a time bound ({@link BoundedSchedule.Timeout}
   * when exceeded), with the shipped rules alone directly on the calling thread.
   */
  Transition schedule(org.zcrm.engine.CibSnapshot cib, Instant now) {
    if (!userRulesActive()) {
      return engine.schedule(cib, now);
    }
    return bounded.schedule(engine, userPolicy == null ? null : userPolicy.kieBase(), cib, now);
  }

  /** The user rule files the current engine was compiled with (empty with the shipped rules alone). */
  SortedMap<String, String> activeRules() {
    return userRulesActive() ? engineRules : new TreeMap<>();
  }

  boolean userRulesActive() {
    return engine != shipped;
  }

  /**
   * True while the first compile of user rules in this process runs: scheduling then waits rather
   * than decide with the shipped rules alone (a new DC would undo what the user rules decided).
   */
  boolean firstCompilePending() {
    return !requested.isEmpty() && engine == shipped && error == null;
  }

  /** The stored rule files as of the latest snapshot; starts a compile when they changed. */
  void want(SortedMap<String, String> rules) {
    if (rules.equals(requested)) {
      return;
    }
    SortedMap<String, String> copy = new TreeMap<>(rules);
    requested = copy;
    if (copy.isEmpty()) {
      ready(new Ready(copy, shipped, null, null));
      return;
    }
    LOG.info("Compiling user policy rules files={}", copy.keySet());
    compiler.submit(() -> {
      long t0 = System.nanoTime();
      Ready r;
      try {
        PolicyRules policy = PolicyRules.withExtra(copy);
        r = new Ready(copy, new Engine(policy), policy, null);
      } catch (RuntimeException | LinkageError e) {
        r = new Ready(copy, null, null, "rule files " + copy.keySet() + ": " + e.getMessage());
      }
      LOG.debug("Compiled user policy rules files={} ms={}", copy.keySet(), (System.nanoTime() - t0) / 1_000_000);
      post.accept(r);
    });
  }

  /** True when the engine changed (the DC should schedule again). */
  boolean ready(Ready r) {
    if (!r.rules().equals(requested)) {
      return false; // a newer change is being compiled
    }
    if (r.error() != null) {
      LOG.error("User policy rules refused; running the shipped rules files={} error={}", r.rules().keySet(),
          r.error());
      engine = shipped;
      error = r.error();
    } else if (r.rules().isEmpty()) {
      LOG.info("No user policy rules; running the shipped rules");
      engine = shipped;
      error = null;
    } else {
      LOG.info("User policy rules loaded files={}", r.rules().keySet());
      engine = r.engine();
      engineRules = r.rules();
      userPolicy = r.policy();
      error = null;
    }
    return true;
  }

  /**
   * The engine threw with the user rules loaded: drop them (until the files change) and tell the DC
   * to schedule again with the shipped rules. False when the shipped rules themselves threw.
   */
  boolean failedAtRunTime(RuntimeException e) {
    if (!userRulesActive()) {
      return false;
    }
    engine = shipped;
    error = e instanceof BoundedSchedule.Timeout
        ? "rule files " + requested.keySet() + " did not finish scheduling, disabled: " + e.getMessage()
        : "rule files " + requested.keySet() + " threw while scheduling, disabled: " + e;
    LOG.error("User policy rules failed; disabled them and running the shipped rules files={} error={}",
        requested.keySet(), e.toString());
    return true;
  }

  /** Forget what this DC term has written; the next {@link #publish} writes the error state. */
  void newTerm() {
    published = UNKNOWN;
  }

  /** Writes or removes dc/rules-error when it differs from what this term wrote last. */
  void publish(CuratorFramework client, CibPaths paths, DcSession session) throws DcSession.NotDcException {
    if (Objects.equals(published, error)) {
      return;
    }
    String path = errorPath(paths);
    boolean exists;
    try {
      exists = client.checkExists().forPath(path) != null;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
    List<Op> ops;
    if (error == null) {
      ops = exists ? List.of(Op.delete(path, -1)) : List.of();
    } else {
      byte[] b = error.getBytes(StandardCharsets.UTF_8);
      ops = List.of(exists ? Op.setData(path, b, -1)
          : Op.create(path, b, ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT));
    }
    if (!ops.isEmpty()) {
      session.write(ops);
    }
    published = error;
  }

  static String errorPath(CibPaths paths) {
    return paths.dc() + "/rules-error";
  }

  @Override
  public void close() {
    compiler.shutdownNow();
    bounded.close();
  }
}
