package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.OpResult;
import org.apache.zookeeper.data.Stat;

/**
 * Writes one configuration change: the difference between the snapshot it was computed from and
 * the target state becomes znode writes, each checked against the version the snapshot saw, plus
 * the generation bump (checked against the generation's version, so two editors never both win).
 * When it fits, that is one multi(); when ZooKeeper's request size forces it, the change is staged
 * and committed by {@link StagedApply}.
 */
final class ChangeWriter {
  private static final Logger LOG = LogManager.getLogger();

  private final ZkConnection conn;
  private final ZkCalls calls;
  private final CibPaths paths;
  private final SizeLimits limits;
  private final StagedApply staged;
  private final Consumer<String> phases;

  ChangeWriter(ZkConnection conn, ZkCalls calls, SizeLimits limits, StagedApply staged, Consumer<String> phases) {
    this.conn = conn;
    this.calls = calls;
    this.paths = conn.paths();
    this.limits = limits;
    this.staged = staged;
    this.phases = phases;
  }

  /** What a commit did. */
  record Result(Generation generation, int requests, int writes) {}

  Result commit(CibSnapshot base, ConfigState target, boolean dropLeftOut) throws KeeperException {
    ConfigState from = base.config();
    if (from.header().pending().isPresent()) {
      staged.finish(from.header().pending().get().staging());
      throw StoreException.conflict("A large change was still being applied; it is now complete. Re-read and retry.");
    }
    List<ZkOp> ops = diff(base, target);
    java.util.Set<String> touched = new java.util.HashSet<>();
    ops.forEach(op -> touched.add(op.path()));
    List<String> leftOut = new ArrayList<>();
    for (StoreProblem p : base.problems()) {
      if (p.leftOut() && !touched.contains(p.path()) && base.versions().containsKey(p.path()) && touched.add(p.path())) {
        if (dropLeftOut) {
          ops.add(ZkOp.delete(p.path(), base.versions().get(p.path()), p.object()));
        } else {
          leftOut.add(p.path().substring(paths.root().length() + 1));
        }
      }
    }
    boolean headerChanged = !target.header().attributes().equals(from.header().attributes())
        || target.generation().compareTo(from.generation()) > 0;
    if (ops.isEmpty() && !headerChanged && base.generationVersion() >= 0) {
      return new Result(from.generation(), 0, 0);
    }
    Generation next = Generation.max(from.generation().next(), target.generation());
    CibHeader header = target.header().withGeneration(next).withPending(Optional.empty()).withLeftOut(leftOut);
    checkSizes(ops);
    int total = ops.stream().mapToInt(ZkOp::bytes).sum() + SizeLimits.opBytes(paths.generation(), header.toBytes());
    if (base.generationVersion() < 0) {
      ensureLayout();
    }
    if (total <= limits.maxRequestBytes()) {
      writeOne(base, ops, header);
      LOG.info("Configuration changed generation={} writes={}", next, ops.size());
      return new Result(next, 1, ops.size());
    }
    int requests = staged.commit(ops, header, base.generationVersion());
    LOG.info("Configuration changed in stages generation={} writes={} requests={}", next, ops.size(), requests);
    return new Result(next, requests, ops.size());
  }

  /** Znode writes that turn the snapshot's configuration into the target. */
  private List<ZkOp> diff(CibSnapshot base, ConfigState target) {
    ConfigState from = base.config();
    Map<String, Integer> versions = base.versions();
    List<ZkOp> ops = new ArrayList<>();
    for (ObjectKind k : ObjectKind.values()) {
      for (ConfigObject o : target.objects(k)) {
        Optional<ConfigObject> old = from.find(k, o.id());
        if (old.isPresent() && old.get().xml().equals(o.xml())) {
          continue;
        }
        String path = paths.object(k, o.id());
        Integer v = versions.get(path);
        ops.add(v == null ? ZkOp.create(path, o.bytes(), o.describe()) : ZkOp.set(path, o.bytes(), v, o.describe()));
      }
      for (ConfigObject o : from.objects(k)) {
        if (target.find(k, o.id()).isEmpty()) {
          String path = paths.object(k, o.id());
          ops.add(ZkOp.delete(path, versions.getOrDefault(path, -1), o.describe()));
        }
      }
      if (k.isCollection() && !target.ids(k).equals(from.ids(k))) {
        byte[] order = String.join("\n", target.ids(k)).getBytes(StandardCharsets.UTF_8);
        ops.add(ZkOp.set(paths.kind(k), order, versions.getOrDefault(paths.kind(k), -1), "order of " + k.section()));
      }
    }
    target.rules().forEach((name, text) -> {
      if (!text.equals(from.rules().get(name))) {
        String path = paths.rule(name);
        Integer v = versions.get(path);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ops.add(v == null ? ZkOp.create(path, b, "rule file " + name) : ZkOp.set(path, b, v, "rule file " + name));
      }
    });
    from.rules().keySet().stream().filter(n -> !target.rules().containsKey(n))
        .forEach(n -> ops.add(ZkOp.delete(paths.rule(n), versions.getOrDefault(paths.rule(n), -1), "rule file " + n)));
    return ops;
  }

  private void checkSizes(List<ZkOp> ops) {
    List<String> big = new ArrayList<>();
    for (ZkOp op : ops) {
      if (op.data() != null && op.data().length > limits.maxObjectBytes()) {
        big.add(op.object() + " is " + op.data().length + " bytes; ZooKeeper holds at most "
            + limits.maxObjectBytes() + " per object here: split it (e.g. several smaller resources or"
            + " rule sets) or raise jute.maxbuffer on every server and client");
      }
    }
    if (!big.isEmpty()) {
      throw new StoreException(StoreException.Kind.REFUSED, big.get(0), big, null);
    }
  }

  private void writeOne(CibSnapshot base, List<ZkOp> ops, CibHeader header) throws KeeperException {
    String changeId = UUID.randomUUID().toString();
    byte[] genBytes = withChangeId(header.toBytes(), changeId);
    List<Op> zops = new ArrayList<>();
    for (ZkOp op : ops) {
      zops.add(op.toOp(conn.aclFor(op.path())));
    }
    // the generation bump goes last; the multi() makes the whole change visible at once
    zops.add(base.generationVersion() < 0
        ? Op.create(paths.generation(), genBytes, conn.aclFor(paths.generation()), org.apache.zookeeper.CreateMode.PERSISTENT)
        : Op.setData(paths.generation(), genBytes, base.generationVersion()));
    phases.accept("single-commit");
    try {
      calls.multi("writing the configuration change", zops, zk -> {
        Stat st = new Stat();
        try {
          return Arrays.equals(zk.getData(paths.generation(), false, st), genBytes);
        } catch (KeeperException.NoNodeException e) {
          return false;
        }
      });
    } catch (KeeperException e) {
      throw translate(e, ops);
    }
  }

  /**
   * A unique mark in the written generation, so a writer whose reply was lost can tell its own
   * write from someone else's. Readers ignore it.
   */
  static byte[] withChangeId(byte[] header, String changeId) {
    String s = new String(header, StandardCharsets.UTF_8).stripTrailing();
    String mark = "<zcrm-change id=\"" + changeId + "\"/>";
    if (s.endsWith("/>")) {
      s = s.substring(0, s.length() - 2) + ">\n  " + mark + "\n</cib>\n";
    } else {
      s = s.substring(0, s.length() - "</cib>".length()) + "  " + mark + "\n</cib>\n";
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A failed multi() as the user should read it: which object, and what to do. */
  StoreException translate(KeeperException e, List<ZkOp> ops) {
    String object = "the configuration";
    List<OpResult> results = e.getResults();
    if (results != null) {
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i) instanceof OpResult.ErrorResult err
            && err.getErr() != KeeperException.Code.OK.intValue()
            && err.getErr() != KeeperException.Code.RUNTIMEINCONSISTENCY.intValue()) {
          object = i < ops.size() ? ops.get(i).object() : "the configuration generation";
          break;
        }
      }
    }
    return switch (e.code()) {
      case BADVERSION, NODEEXISTS, NONODE, NOTEMPTY -> new StoreException(StoreException.Kind.CONFLICT,
          "Someone else changed " + object + " while this change was prepared; nothing was written. Re-read and retry.", e);
      case NOAUTH -> new StoreException(StoreException.Kind.REFUSED,
          "Not allowed to change " + object + ": the configuration of cluster '" + conn.settings().cluster()
              + "' is protected by ZooKeeper ACLs; give the credentials with --zk-auth USER:PASSWORD or ZCRM_ZK_AUTH.", e);
      default -> StoreException.unavailable("ZooKeeper refused the change of " + object + ": " + e.code(), e);
    };
  }

  /** Creates the folders of the layout that do not exist yet. */
  void ensureLayout() throws KeeperException {
    for (String folder : paths.folders()) {
      calls.withRetry("creating " + folder, zk -> {
        try {
          conn.client().create().creatingParentsIfNeeded().forPath(folder);
        } catch (KeeperException.NodeExistsException e) {
          // already there
        } catch (KeeperException | InterruptedException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("creating " + folder, e);
        }
        return null;
      });
    }
  }
}
