package org.zcrm.cib.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.w3c.dom.Element;

/**
 * The CIB of one cluster in ZooKeeper. Reading: {@link #snapshot()} gives a consistent view.
 * Writing: {@link #update} computes a target configuration from a fresh snapshot, validates the
 * whole of it, and writes the difference as one atomic change (repeated on a conflict with another
 * writer, so both edits land, or a clean error comes back). Watching: {@link #changeFeed()}.
 * Status: {@link #statusWriter(String)}, one per node.
 */
public final class CibStore implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();
  private static final int UPDATE_ATTEMPTS = 8;

  private final ZkConnection conn;
  private final boolean ownsConnection;
  private final ZkCalls calls;
  private final ConfigChecker checker;
  private final SnapshotReader reader;
  private final ChangeWriter writer;
  private volatile Consumer<String> phases = p -> {};

  public CibStore(ZkConnection conn, SizeLimits limits, ConfigChecker checker, boolean ownsConnection) {
    this.conn = conn;
    this.ownsConnection = ownsConnection;
    this.calls = new ZkCalls(conn.client(), Math.max(30_000, conn.settings().sessionTimeout().toMillis() * 2));
    this.checker = checker;
    long[] last = {System.nanoTime()};
    Consumer<String> hook = p -> {
      long now = System.nanoTime();
      LOG.debug("Write step done step={} ms={}", p, (now - last[0]) / 1_000_000);
      last[0] = now;
      phases.accept(p);
    };
    StagedApply staged = new StagedApply(conn, calls, limits, hook);
    this.reader = new SnapshotReader(calls, conn.paths(), staged);
    this.writer = new ChangeWriter(conn, calls, limits, staged, hook);
  }

  /** Connects and opens the store with standard limits and the given validator. */
  public static CibStore open(ZkSettings settings, ConfigChecker checker) {
    return new CibStore(ZkConnection.open(settings), SizeLimits.standard(), checker, true);
  }

  public CibPaths paths() {
    return conn.paths();
  }

  public ZkConnection connection() {
    return conn;
  }

  /** The whole CIB, configuration and status, as of one generation. */
  public CibSnapshot snapshot() {
    return read(true);
  }

  /** The configuration only (cheaper; the status map is empty). */
  public CibSnapshot configSnapshot() {
    return read(false);
  }

  /**
   * The configuration with every object checked as if it had been edited by hand (not only those
   * changed since zcrm's last write): what `zcrm verify --live` reports.
   */
  public CibSnapshot checkedSnapshot() {
    return read(false, true);
  }

  private CibSnapshot read(boolean withStatus) {
    return read(withStatus, false);
  }

  private CibSnapshot read(boolean withStatus, boolean checkAll) {
    CibSnapshot s;
    try {
      s = reader.read(withStatus, checkAll);
    } catch (KeeperException e) {
      throw translate(e, "reading the configuration");
    }
    return leaveOutInvalidHandEdits(s);
  }

  /**
   * Objects edited by hand since the last zcrm change that the validator refuses are left out
   * (and reported); others with findings stay in, their errors reported, since zcrm validated
   * them when it wrote them (a hand deletion can still make them wrong).
   */
  private CibSnapshot leaveOutInvalidHandEdits(CibSnapshot s) {
    if (!s.touchedByHand()) {
      return s; // exactly what zcrm validated when it wrote it
    }
    ConfigState config = s.config();
    List<ConfigObject> left = new ArrayList<>();
    List<StoreProblem> problems = new ArrayList<>();
    List<ConfigChecker.Finding> errors = List.of();
    for (int pass = 0; pass < 3; pass++) {
      errors = checker.check(config).stream().filter(ConfigChecker.Finding::error).toList();
      List<ConfigObject> leave = new ArrayList<>();
      for (ConfigChecker.Finding f : errors) {
        Optional<ConfigObject> o = find(config, f);
        if (o.isPresent() && s.handEdited().contains(paths().object(o.get().kind(), o.get().id()))
            && !leave.contains(o.get())) {
          leave.add(o.get());
          problems.add(new StoreProblem(paths().object(o.get().kind(), o.get().id()), o.get().describe(),
              f.message() + SnapshotReader.FIX, true));
        }
      }
      if (leave.isEmpty()) {
        break;
      }
      for (ConfigObject o : leave) {
        config = config.without(o.kind(), o.id());
      }
      left.addAll(leave);
    }
    for (ConfigChecker.Finding f : errors) {
      Optional<ConfigObject> o = find(config, f);
      problems.add(new StoreProblem(o.map(x -> paths().object(x.kind(), x.id())).orElse(paths().config()),
          o.map(ConfigObject::describe).orElse("configuration"), f.message(), false));
    }
    return s.without(left, problems);
  }

  private static Optional<ConfigObject> find(ConfigState config, ConfigChecker.Finding f) {
    return f.kind().flatMap(k -> config.find(k, f.id()));
  }

  /** What a change did. */
  public record ChangeResult(Generation generation, int writes, int requests, List<String> warnings) {}

  /**
   * Reads a snapshot, applies {@code edit} to its configuration, validates the result and writes
   * the difference atomically. A conflict with a concurrent writer re-reads and re-applies the
   * edit; an edit that cannot apply to the new state throws its own StoreException (REFUSED).
   */
  public ChangeResult update(String what, UnaryOperator<ConfigState> edit) {
    return update(what, edit, false);
  }

  private ChangeResult update(String what, UnaryOperator<ConfigState> edit, boolean dropLeftOut) {
    StoreException last = null;
    for (int attempt = 1; attempt <= UPDATE_ATTEMPTS; attempt++) {
      CibSnapshot base = configSnapshot();
      ConfigState target = edit.apply(base.config());
      try {
        return commit(base, target, dropLeftOut);
      } catch (StoreException e) {
        if (e.kind() != StoreException.Kind.CONFLICT) {
          throw e;
        }
        last = e;
        LOG.debug("Change conflicted with another writer; retrying what={} attempt={}", what, attempt);
        sleepQuietly(20L * attempt * attempt);
      }
    }
    throw new StoreException(StoreException.Kind.CONFLICT, "Could not " + what + ": the configuration kept changing under it ("
        + UPDATE_ATTEMPTS + " attempts). " + last.getMessage(), last);
  }

  /**
   * One attempt: validates {@code target} and writes its difference from {@code base}; CONFLICT
   * when anything it depends on changed since {@code base} was read.
   */
  public ChangeResult commit(CibSnapshot base, ConfigState target) {
    return commit(base, target, false);
  }

  private ChangeResult commit(CibSnapshot base, ConfigState target, boolean dropLeftOut) {
    List<ConfigChecker.Finding> findings = checker.check(target);
    List<String> errors = findings.stream().filter(ConfigChecker.Finding::error).map(ConfigChecker.Finding::message).toList();
    if (!errors.isEmpty()) {
      throw new StoreException(StoreException.Kind.REFUSED, "The change was refused; nothing was written ("
          + errors.size() + " error(s))", errors, null);
    }
    try {
      ChangeWriter.Result r = writer.commit(base, target, dropLeftOut);
      List<String> warnings = findings.stream().filter(f -> !f.error()).map(ConfigChecker.Finding::message).toList();
      return new ChangeResult(r.generation(), r.writes(), r.requests(), warnings);
    } catch (KeeperException e) {
      throw translate(e, "writing the configuration");
    }
  }

  /**
   * Stores a Pacemaker CIB's configuration. Without {@code replace} the store must have no
   * configuration yet; with it, objects left out of the configuration (broken hand edits) go too. The generation becomes the greater of the file's and the stored one + 1.
   */
  public ChangeResult importCib(Element cib, boolean replace) {
    ConfigState incoming = ConfigState.fromCib(cib);
    return update("import the configuration", current -> {
      if (!replace && current.size() > 0) {
        throw StoreException.refused("Cluster '" + conn.settings().cluster() + "' already has a configuration (generation "
            + current.generation() + ", " + current.size() + " objects); use --replace to replace it.");
      }
      return new ConfigState(incoming.header(), toMap(incoming), current.rules());
    }, replace);
  }

  private static Map<ObjectKind, Map<String, ConfigObject>> toMap(ConfigState s) {
    Map<ObjectKind, Map<String, ConfigObject>> m = new java.util.EnumMap<>(ObjectKind.class);
    for (ObjectKind k : ObjectKind.values()) {
      Map<String, ConfigObject> objs = new java.util.LinkedHashMap<>();
      s.objects(k).forEach(o -> objs.put(o.id(), o));
      m.put(k, objs);
    }
    return m;
  }

  /** The stored generation (admin_epoch.epoch), read after sync(). */
  public Generation generation() {
    return configSnapshot().generation();
  }

  /** A feed telling a subscriber which part of the store changed; see {@link ChangeFeed}. */
  public ChangeFeed changeFeed() {
    return new ChangeFeed(conn.client(), paths());
  }

  /** The status writer of one node (only that node should use it). */
  public StatusWriter statusWriter(String node) {
    return new StatusWriter(conn, calls, node);
  }

  /** Test hook: called with the name of each step of a write ("staged-part-0", "committed", ...). */
  void onPhase(Consumer<String> listener) {
    this.phases = listener;
  }

  StoreException translate(KeeperException e, String what) {
    if (e.code() == KeeperException.Code.NOAUTH) {
      return new StoreException(StoreException.Kind.REFUSED, "Not allowed while " + what + ": the configuration of cluster '"
          + conn.settings().cluster() + "' is protected by ZooKeeper ACLs; give the credentials with --zk-auth USER:PASSWORD"
          + " or ZCRM_ZK_AUTH.", e);
    }
    return StoreException.unavailable("ZooKeeper error while " + what + ": " + e.code() + " " + e.getPath(), e);
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (ownsConnection) {
      conn.close();
    }
  }
}
