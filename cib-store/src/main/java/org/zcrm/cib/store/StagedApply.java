package org.zcrm.cib.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;
import org.zcrm.cib.store.CibHeader.Pending;
import org.zcrm.cib.store.CibXml.CibXmlException;

/**
 * A change too large for one ZooKeeper request, made atomic for readers:
 * <ol>
 *   <li>stage: the writes are stored under staging/&lt;id&gt;/part-NNNNN (several requests;
 *       readers never look there unless told to);</li>
 *   <li>commit: one multi() sets config/generation to the new generation and names the staged
 *       change as pending, checked against the generation's version. From here on every reader
 *       lays the staged writes over config/, so it sees the whole new configuration;</li>
 *   <li>apply: the writes are copied into config/ (several requests; each checks that the
 *       generation is still the committed one);</li>
 *   <li>finish: one multi() clears the pending mark; staging/&lt;id&gt; is removed.</li>
 * </ol>
 * Before step 2 nothing is visible (old configuration); after it the new one is. A writer that
 * dies between 2 and 4 leaves the pending mark, and the next writer finishes its work first
 * ({@link #finish}), so the mark never blocks anything for long.
 */
final class StagedApply {
  private static final Logger LOG = LogManager.getLogger();
  private static final int MAGIC = 0x5a435331; // "ZCS1"
  private static final long STALE_STAGING_MS = 10 * 60 * 1000L;

  private final ZkConnection conn;
  private final ZkCalls calls;
  private final CibPaths paths;
  private final SizeLimits limits;
  private final Consumer<String> phases;

  StagedApply(ZkConnection conn, ZkCalls calls, SizeLimits limits, Consumer<String> phases) {
    this.conn = conn;
    this.calls = calls;
    this.paths = conn.paths();
    this.limits = limits;
    this.phases = phases;
  }

  /** Steps 1 to 4; returns the number of ZooKeeper write requests used. */
  int commit(List<ZkOp> ops, CibHeader header, int baseGenerationVersion) throws KeeperException {
    removeStaleStaging();
    String id = "change-" + UUID.randomUUID();
    List<byte[]> parts = encode(ops);
    calls.withRetry("staging a large change", zk -> {
      create(zk, paths.staging(id), new byte[0]);
      return null;
    });
    for (int i = 0; i < parts.size(); i++) {
      String part = partPath(id, i);
      byte[] data = parts.get(i);
      calls.withRetry("staging a large change", zk -> {
        create(zk, part, data);
        return null;
      });
      phases.accept("staged-part-" + i);
    }
    byte[] genBytes = ChangeWriter.withChangeId(header.withPending(Optional.of(new Pending(id, parts.size()))).toBytes(),
        id);
    List<Op> commit = List.of(
        Op.check(partPath(id, parts.size() - 1), -1),
        baseGenerationVersion < 0
            ? Op.create(paths.generation(), genBytes, conn.aclFor(paths.generation()), CreateMode.PERSISTENT)
            : Op.setData(paths.generation(), genBytes, baseGenerationVersion));
    try {
      calls.multi("committing a large change", commit, zk -> pendingId(zk).filter(id::equals).isPresent());
    } catch (KeeperException e) {
      deleteStaging(id);
      throw e;
    }
    phases.accept("committed");
    int applied = finish(id);
    return parts.size() + 1 + applied;
  }

  /**
   * Steps 3 and 4 for the pending change with this id (by whoever finds it pending). Returns the
   * number of write requests used; 0 when it was no longer pending.
   */
  int finish(String id) throws KeeperException {
    int requests = 0;
    for (int round = 0; round < 10; round++) {
      ZkCalls.Data gen = calls.withRetry("reading the generation", zk -> calls.getData(zk, List.of(paths.generation())))
          .get(paths.generation());
      CibHeader header = parseHeader(gen);
      if (header == null || header.pending().isEmpty() || !header.pending().get().staging().equals(id)) {
        return requests;
      }
      int genVersion = gen.stat().getVersion();
      Map<String, byte[]> writes = calls.withRetry("reading a staged change",
          zk -> readOverlay(zk, header.pending().get()));
      try {
        requests += applyAll(writes, genVersion);
      } catch (KeeperException.BadVersionException e) {
        continue; // someone else finished it, or committed after it: look again
      } catch (KeeperException.NodeExistsException | KeeperException.NoNodeException e) {
        continue; // a hand edit raced with us: recompute
      }
      byte[] done = ChangeWriter.withChangeId(header.withPending(Optional.empty()).toBytes(), id + "-done");
      try {
        calls.multi("finishing a large change", List.of(Op.setData(paths.generation(), done, genVersion)),
            zk -> pendingId(zk).filter(id::equals).isEmpty());
      } catch (KeeperException.BadVersionException e) {
        continue;
      }
      requests++;
      phases.accept("finished");
      deleteStaging(id);
      LOG.info("Large configuration change applied staging={} generation={}", id, header.generation());
      return requests;
    }
    throw StoreException.conflict("Could not finish applying the staged change " + id + "; retry.");
  }

  private int applyAll(Map<String, byte[]> writes, int genVersion) throws KeeperException {
    List<String> pathsInOrder = new ArrayList<>(writes.keySet());
    int requests = 0;
    int start = 0;
    while (start < pathsInOrder.size()) {
      int end = start;
      int bytes = 0;
      while (end < pathsInOrder.size()) {
        int b = SizeLimits.opBytes(pathsInOrder.get(end), writes.get(pathsInOrder.get(end)));
        if (end > start && bytes + b > limits.maxRequestBytes() - 512) {
          break;
        }
        bytes += b;
        end++;
      }
      List<String> batch = pathsInOrder.subList(start, end);
      calls.withRetry("applying a large change", zk -> {
        Map<String, ZkCalls.Data> current = calls.getDataBatched(zk, batch);
        List<Op> ops = new ArrayList<>();
        for (String p : batch) {
          byte[] data = writes.get(p);
          ZkCalls.Data cur = current.get(p);
          if (data == null) {
            if (cur != null) {
              ops.add(Op.delete(p, cur.stat().getVersion()));
            }
          } else if (cur == null) {
            ops.add(Op.create(p, data, conn.aclFor(p), CreateMode.PERSISTENT));
          } else if (!java.util.Arrays.equals(cur.data(), data)) {
            ops.add(Op.setData(p, data, cur.stat().getVersion()));
          }
        }
        if (!ops.isEmpty()) {
          ops.add(Op.check(paths.generation(), genVersion));
          zk.multi(ops);
        }
        return null;
      });
      requests++;
      phases.accept("applied-batch");
      start = end;
    }
    return requests;
  }

  /** The staged writes of a pending change: path -> new data, or null for a deletion. */
  Map<String, byte[]> readOverlay(ZooKeeper zk, Pending pending) throws KeeperException, InterruptedException {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pending.parts(); i++) {
      parts.add(partPath(pending.staging(), i));
    }
    Map<String, ZkCalls.Data> data = calls.getData(zk, parts);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String p : parts) {
      ZkCalls.Data d = data.get(p);
      if (d == null) {
        // the change was finished and its staging removed since the generation was read
        throw new KeeperException.BadVersionException(paths.generation());
      }
      decode(d.data(), out);
    }
    return out;
  }

  private List<byte[]> encode(List<ZkOp> ops) {
    List<byte[]> parts = new ArrayList<>();
    int budget = limits.maxRequestBytes() - 1024;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buf);
    try {
      out.writeInt(MAGIC);
      for (ZkOp op : ops) {
        int need = op.bytes();
        if (buf.size() > 4 && buf.size() + need > budget) {
          out.flush();
          parts.add(buf.toByteArray());
          buf.reset();
          out.writeInt(MAGIC);
        }
        out.writeUTF(op.path().substring(paths.root().length()));
        if (op.type() == ZkOp.Type.DELETE) {
          out.writeInt(-1);
        } else {
          out.writeInt(op.data().length);
          out.write(op.data());
        }
      }
      out.flush();
      parts.add(buf.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return parts;
  }

  private void decode(byte[] part, Map<String, byte[]> out) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(part))) {
      if (in.readInt() != MAGIC) {
        throw StoreException.unavailable("A staged change is not in zcrm's format; remove "
            + paths.staging() + " by hand and retry.", null);
      }
      while (in.available() > 0) {
        String path = paths.root() + in.readUTF();
        int len = in.readInt();
        byte[] data = null;
        if (len >= 0) {
          data = in.readNBytes(len);
        }
        out.put(path, data);
      }
    } catch (IOException e) {
      throw StoreException.unavailable("A staged change is truncated: " + e.getMessage(), e);
    }
  }

  private Optional<String> pendingId(ZooKeeper zk) throws KeeperException, InterruptedException {
    try {
      byte[] b = zk.getData(paths.generation(), false, new Stat());
      return CibHeader.parse(b).pending().map(Pending::staging);
    } catch (KeeperException.NoNodeException | CibXmlException e) {
      return Optional.empty();
    }
  }

  private static CibHeader parseHeader(ZkCalls.Data gen) {
    if (gen == null) {
      return null;
    }
    try {
      return CibHeader.parse(gen.data());
    } catch (CibXmlException e) {
      return null;
    }
  }

  private void create(ZooKeeper zk, String path, byte[] data) throws KeeperException, InterruptedException {
    try {
      zk.create(path, data, conn.aclFor(path), CreateMode.PERSISTENT);
    } catch (KeeperException.NodeExistsException e) {
      // our own create whose reply was lost: the id is unique to this change
    }
  }

  private String partPath(String id, int i) {
    return paths.staging(id) + String.format("/part-%05d", i);
  }

  private void deleteStaging(String id) {
    try {
      conn.client().delete().quietly().deletingChildrenIfNeeded().forPath(paths.staging(id));
    } catch (Exception e) {
      LOG.warn("Could not remove a staged change; it is removed later staging={} error={}", id, e.toString());
    }
  }

  /** Staged changes never committed (their writer died before step 2), older than ten minutes. */
  private void removeStaleStaging() {
    try {
      Optional<String> pending = calls.withRetry("reading the generation", this::pendingId);
      for (String child : conn.client().getChildren().forPath(paths.staging())) {
        Stat st = conn.client().checkExists().forPath(paths.staging(child));
        if (st != null && !pending.equals(Optional.of(child))
            && System.currentTimeMillis() - st.getCtime() > STALE_STAGING_MS) {
          deleteStaging(child);
        }
      }
    } catch (Exception e) {
      LOG.debug("Could not look for stale staged changes error={}", e.toString());
    }
  }
}
