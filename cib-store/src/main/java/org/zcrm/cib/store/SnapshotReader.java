package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;
import org.zcrm.cib.store.CibXml.CibXmlException;

/**
 * Reads a consistent snapshot: sync(), read config/generation, read every object (many reads in
 * flight at once), read config/generation's version again; if it moved, a writer committed in
 * between and the whole read is repeated. While a large change is pending (see {@link
 * StagedApply}) its staged parts are laid over config/, so a reader sees all of it or none.
 * A znode that does not hold the object its place calls for is left out and reported.
 */
final class SnapshotReader {
  private static final Logger LOG = LogManager.getLogger();
  private static final int TORN_READ_ATTEMPTS = 20;
  static final String FIX = " (left out of the configuration; fix it with zkCli set, or remove it with zkCli delete)";

  private final ZkCalls calls;
  private final CibPaths paths;
  private final StagedApply staged;

  SnapshotReader(ZkCalls calls, CibPaths paths, StagedApply staged) {
    this.calls = calls;
    this.paths = paths;
    this.staged = staged;
  }

  CibSnapshot read(boolean withStatus, boolean checkAll) throws KeeperException {
    for (int attempt = 1; attempt <= TORN_READ_ATTEMPTS; attempt++) {
      Optional<CibSnapshot> s = calls.withRetry("reading the configuration", zk -> readOnce(zk, withStatus, checkAll));
      if (s.isPresent()) {
        return s.get();
      }
      LOG.debug("Configuration changed during a snapshot read; reading again attempt={}", attempt);
      sleepQuietly(Math.min(500, 10L * attempt * attempt));
    }
    throw StoreException.unavailable("The configuration kept changing while it was read ("
        + TORN_READ_ATTEMPTS + " attempts); try again.", null);
  }

  private Optional<CibSnapshot> readOnce(ZooKeeper zk, boolean withStatus, boolean checkAll)
      throws KeeperException, InterruptedException {
    long t0 = System.nanoTime();
    calls.sync(zk, paths.root());
    List<StoreProblem> problems = new ArrayList<>();
    Map<String, ZkCalls.Data> gen = calls.getData(zk, List.of(paths.generation()));
    ZkCalls.Data genData = gen.get(paths.generation());
    CibHeader header = CibHeader.initial();
    int genVersion = -1;
    long zxid = 0;
    if (genData != null) {
      genVersion = genData.stat().getVersion();
      zxid = genData.stat().getMzxid();
      try {
        header = CibHeader.parse(genData.data());
      } catch (CibXmlException | RuntimeException e) {
        problems.add(new StoreProblem(paths.generation(), "generation",
            "not readable (" + e.getMessage() + "); the next zcrm change rewrites it", false));
      }
    }
    Map<String, byte[]> overlay;
    try {
      overlay = header.pending().isPresent() ? staged.readOverlay(zk, header.pending().get()) : Map.of();
    } catch (KeeperException.BadVersionException e) {
      return Optional.empty(); // finished meanwhile; read again
    }

    List<String> folders = new ArrayList<>();
    List<String> singles = new ArrayList<>();
    for (ObjectKind k : ObjectKind.values()) {
      (k.isCollection() ? folders : singles).add(paths.kind(k));
    }
    folders.add(paths.rules());
    Map<String, ZkCalls.Children> children = calls.getChildren(zk, folders);
    List<String> reads = new ArrayList<>(folders);
    reads.addAll(singles);
    children.forEach((folder, c) -> c.names().forEach(n -> reads.add(folder + "/" + n)));
    long t1 = System.nanoTime();
    Map<String, ZkCalls.Data> data = calls.getDataBatched(zk, reads);
    long t2 = System.nanoTime();

    Stat after = zk.exists(paths.generation(), false);
    int afterVersion = after == null ? -1 : after.getVersion();
    if (afterVersion != genVersion) {
      return Optional.empty();
    }

    Map<String, Integer> versions = new HashMap<>();
    // written after the last zcrm change, so never validated with the rest: a hand edit
    long genZxid = genData == null ? 0 : genData.stat().getMzxid();
    java.util.Set<String> handEdited = new java.util.HashSet<>();
    for (Map.Entry<String, ZkCalls.Data> e : data.entrySet()) {
      boolean quarantined = header.leftOut().contains(e.getKey().substring(paths.root().length() + 1));
      if ((e.getValue().stat().getMzxid() > genZxid || quarantined || checkAll) && !overlay.containsKey(e.getKey())) {
        handEdited.add(e.getKey());
      }
      versions.put(e.getKey(), e.getValue().stat().getVersion());
      zxid = Math.max(zxid, e.getValue().stat().getMzxid());
      zxid = Math.max(zxid, e.getValue().stat().getPzxid());
    }
    // a child deleted by hand moves its folder's pzxid past the generation
    boolean touchedByHand = !handEdited.isEmpty() || !header.leftOut().isEmpty()
        || children.values().stream().anyMatch(c -> c.stat().getPzxid() > genZxid);
    // the effective content: stored znodes with the pending change laid over them
    Map<String, byte[]> content = new HashMap<>();
    data.forEach((p, d) -> content.put(p, d.data()));
    Map<String, Long> czxid = new HashMap<>();
    data.forEach((p, d) -> czxid.put(p, d.stat().getCzxid()));
    overlay.forEach((p, bytes) -> {
      if (bytes == null) {
        content.remove(p);
      } else {
        content.put(p, bytes);
      }
    });

    Map<ObjectKind, LinkedHashMap<String, ConfigObject>> objects = new EnumMap<>(ObjectKind.class);
    for (ObjectKind k : ObjectKind.values()) {
      LinkedHashMap<String, ConfigObject> m = new LinkedHashMap<>();
      objects.put(k, m);
      if (!k.isCollection()) {
        byte[] b = content.get(paths.kind(k));
        if (b != null) {
          object(k, k.section(), paths.kind(k), b, handEdited, problems).ifPresent(o -> m.put(o.id(), o));
        }
        continue;
      }
      String folder = paths.kind(k);
      for (String id : ordered(folder, content, czxid)) {
        object(k, id, folder + "/" + id, content.get(folder + "/" + id), handEdited, problems).ifPresent(o -> m.put(id, o));
      }
    }
    SortedMap<String, String> rules = new TreeMap<>();
    for (String p : childPaths(paths.rules(), content)) {
      rules.put(p.substring(paths.rules().length() + 1), new String(content.get(p), StandardCharsets.UTF_8));
    }
    ConfigState config = new ConfigState(header, objects, rules);
    long t3 = System.nanoTime();
    LOG.debug("Snapshot read listMs={} readMs={} parseMs={} znodes={}", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000, data.size());

    SortedMap<String, NodeStatus> status = withStatus ? new StatusReader(calls, paths).read(zk) : new TreeMap<>();
    long numUpdates = status.values().stream().mapToLong(NodeStatus::version).sum();
    return Optional.of(new CibSnapshot(config, problems, status, versions, handEdited,
        touchedByHand, genVersion, zxid, numUpdates));
  }

  /** Ids of a folder's children: first as listed in the folder's order list, then the rest by creation. */
  private static List<String> ordered(String folder, Map<String, byte[]> content, Map<String, Long> czxid) {
    List<String> present = childPaths(folder, content).stream().map(p -> p.substring(folder.length() + 1)).toList();
    java.util.Set<String> left = new java.util.HashSet<>(present);
    List<String> out = new ArrayList<>();
    byte[] order = content.get(folder);
    if (order != null) {
      for (String line : new String(order, StandardCharsets.UTF_8).split("\n")) {
        if (left.remove(line.trim())) {
          out.add(line.trim());
        }
      }
    }
    left.stream()
        .sorted(Comparator.comparing((String id) -> czxid.getOrDefault(folder + "/" + id, Long.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder()))
        .forEach(out::add);
    return out;
  }

  private static List<String> childPaths(String folder, Map<String, byte[]> content) {
    String prefix = folder + "/";
    return content.keySet().stream()
        .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
        .sorted().toList();
  }

  /**
   * The object in a znode. What zcrm wrote (older than the generation) was checked when it was
   * written and is taken as it is; a hand edit is checked first.
   */
  private static Optional<ConfigObject> object(ObjectKind k, String id, String path, byte[] bytes, java.util.Set<String> handEdited,
      List<StoreProblem> problems) {
    if (!handEdited.contains(path)) {
      return Optional.of(new ConfigObject(k, id, new String(bytes, StandardCharsets.UTF_8)));
    }
    return parseObject(k, id, path, bytes, problems);
  }

  /** The object in a znode, or a problem saying why it is left out. */
  static Optional<ConfigObject> parseObject(ObjectKind k, String id, String path, byte[] bytes,
      List<StoreProblem> problems) {
    String what = k.describe(id);
    String xml = new String(bytes, StandardCharsets.UTF_8);
    FragmentScan e;
    try {
      e = FragmentScan.of(xml);
    } catch (CibXmlException ex) {
      problems.add(new StoreProblem(path, what, "not well-formed XML: " + ex.getMessage() + FIX, true));
      return Optional.empty();
    }
    if (k.isCollection()) {
      if (!k.elements().contains(e.root())) {
        problems.add(new StoreProblem(path, what, "holds <" + e.root() + ">, but " + k.section()
            + " holds only " + new java.util.TreeSet<>(k.elements()) + FIX, true));
        return Optional.empty();
      }
      if (!id.equals(e.id())) {
        problems.add(new StoreProblem(path, what, "its id attribute is '" + e.id()
            + "' but its znode is named '" + id + "'; they must be equal" + FIX, true));
        return Optional.empty();
      }
    } else if (!e.root().equals(k.section())) {
      problems.add(new StoreProblem(path, what, "holds <" + e.root() + ">, expected <" + k.section() + ">" + FIX, true));
      return Optional.empty();
    }
    // kept as stored: what zcrm writes is already in its own format, a hand edit stays as typed
    return Optional.of(new ConfigObject(k, id, xml));
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
