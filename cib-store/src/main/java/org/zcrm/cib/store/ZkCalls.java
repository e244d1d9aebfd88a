package org.zcrm.cib.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;

/**
 * Raw ZooKeeper calls with our own retry: many reads are sent at once (the client pipelines them
 * on one connection), and a lost connection is waited out and the whole call repeated, a bounded
 * number of times, before the store is declared unavailable.
 */
final class ZkCalls {
  private static final Logger LOG = LogManager.getLogger();
  private static final int ATTEMPTS = 6;

  /** Data and stat of a znode; absent znodes are left out of result maps. */
  record Data(byte[] data, Stat stat) {}

  /** Children (unsorted) and stat of a folder. */
  record Children(List<String> names, Stat stat) {}

  @FunctionalInterface
  interface ZkCall<T> {
    T call(ZooKeeper zk) throws KeeperException, InterruptedException;
  }

  private final CuratorFramework client;
  private final long timeoutMs;
  private volatile boolean batchReads = true;

  ZkCalls(CuratorFramework client, long timeoutMs) {
    this.client = client;
    this.timeoutMs = timeoutMs;
  }

  /** Runs a call, repeating it after connection loss; other ZooKeeper errors are thrown. */
  <T> T withRetry(String what, ZkCall<T> call) throws KeeperException {
    KeeperException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return call.call(zk());
      } catch (KeeperException.ConnectionLossException | KeeperException.SessionExpiredException
          | KeeperException.OperationTimeoutException e) {
        last = e;
        LOG.debug("ZooKeeper call interrupted; retrying what={} attempt={} error={}", what, attempt, e.code());
        awaitConnected(what, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw StoreException.unavailable("Interrupted while " + what, e);
      }
    }
    throw StoreException.unavailable("ZooKeeper stayed unreachable while " + what + " (" + last.code() + ")", last);
  }

  void awaitConnected(String what, Exception cause) {
    try {
      if (!client.getZookeeperClient().blockUntilConnectedOrTimedOut()) {
        Thread.sleep(200);
      }
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw StoreException.unavailable("Interrupted while " + what, cause);
    }
  }

  /** Tells whether a multi() whose reply was lost did in fact happen. */
  @FunctionalInterface
  interface Landed {
    boolean landed(ZooKeeper zk) throws KeeperException, InterruptedException;
  }

  /**
   * Runs one multi(). When the connection is lost before the reply, {@code landed} decides
   * whether it happened (a repeat would fail its own version checks); if not, it is sent again.
   */
  void multi(String what, List<org.apache.zookeeper.Op> ops, Landed landed) throws KeeperException {
    KeeperException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        zk().multi(ops);
        return;
      } catch (KeeperException.ConnectionLossException | KeeperException.SessionExpiredException
          | KeeperException.OperationTimeoutException e) {
        last = e;
        LOG.debug("multi() reply lost; checking whether it happened what={} attempt={}", what, attempt);
        awaitConnected(what, e);
        try {
          if (withRetry(what, zk -> landed.landed(zk))) {
            return;
          }
        } catch (KeeperException e2) {
          last = e2;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw StoreException.unavailable("Interrupted while " + what, e);
      }
    }
    throw StoreException.unavailable("ZooKeeper stayed unreachable while " + what + " (" + last.code() + ")", last);
  }

  ZooKeeper zk() {
    try {
      return client.getZookeeperClient().getZooKeeper();
    } catch (Exception e) {
      throw StoreException.unavailable("No ZooKeeper connection: " + e.getMessage(), e);
    }
  }

  /** getData of many znodes at once. */
  Map<String, Data> getData(ZooKeeper zk, Collection<String> paths) throws KeeperException, InterruptedException {
    Map<String, CompletableFuture<Data>> futures = new HashMap<>();
    for (String p : paths) {
      CompletableFuture<Data> f = new CompletableFuture<>();
      futures.put(p, f);
      zk.getData(p, false, (rc, path, ctx, data, stat) -> {
        KeeperException.Code code = KeeperException.Code.get(rc);
        if (code == KeeperException.Code.OK) {
          f.complete(new Data(data == null ? new byte[0] : data, stat));
        } else if (code == KeeperException.Code.NONODE) {
          f.complete(null);
        } else {
          f.completeExceptionally(KeeperException.create(code, path));
        }
      }, null);
    }
    return collect(futures);
  }

  /** Reads per read-only multi(): one round trip carries many small reads. */
  static final int READ_BATCH = 200;

  /**
   * getData of many znodes in read-only multi() batches (several in flight at once). A batch
   * whose reply would be too large for the client (big objects) loses the connection; then this
   * client reads one znode per request from then on.
   */
  Map<String, Data> getDataBatched(ZooKeeper zk, List<String> paths) throws KeeperException, InterruptedException {
    if (!batchReads) {
      return getData(zk, paths);
    }
    Map<String, CompletableFuture<Data>> futures = new HashMap<>();
    for (int start = 0; start < paths.size(); start += READ_BATCH) {
      List<String> batch = paths.subList(start, Math.min(paths.size(), start + READ_BATCH));
      List<org.apache.zookeeper.Op> ops = new ArrayList<>(batch.size());
      List<CompletableFuture<Data>> fs = new ArrayList<>(batch.size());
      for (String p : batch) {
        ops.add(org.apache.zookeeper.Op.getData(p));
        CompletableFuture<Data> f = new CompletableFuture<>();
        fs.add(f);
        futures.put(p, f);
      }
      zk.multi(ops, (rc, path, ctx, results) -> {
        KeeperException.Code code = KeeperException.Code.get(rc);
        for (int i = 0; i < fs.size(); i++) {
          // a read-only multi() answers every read; rc is the first failure among them
          if (results == null || results.size() != fs.size()) {
            fs.get(i).completeExceptionally(KeeperException.create(code, batch.get(i)));
          } else if (results.get(i) instanceof org.apache.zookeeper.OpResult.GetDataResult r) {
            fs.get(i).complete(new Data(r.getData() == null ? new byte[0] : r.getData(), r.getStat()));
          } else if (results.get(i) instanceof org.apache.zookeeper.OpResult.ErrorResult e
              && e.getErr() == KeeperException.Code.NONODE.intValue()) {
            fs.get(i).complete(null);
          } else {
            int err = results.get(i) instanceof org.apache.zookeeper.OpResult.ErrorResult e ? e.getErr()
                : KeeperException.Code.SYSTEMERROR.intValue();
            fs.get(i).completeExceptionally(KeeperException.create(KeeperException.Code.get(err), batch.get(i)));
          }
        }
      }, null);
    }
    try {
      return collect(futures);
    } catch (KeeperException.ConnectionLossException e) {
      // most likely a reply larger than the client accepts: from now on read one znode per request
      // (the caller's retry repeats the whole read once the connection is back)
      LOG.info("Batched reads lost the connection (large objects?); reading one znode per request from now on");
      batchReads = false;
      throw e;
    }
  }

  /** getChildren (with the folder's stat) of many folders at once. */
  Map<String, Children> getChildren(ZooKeeper zk, Collection<String> paths) throws KeeperException, InterruptedException {
    Map<String, CompletableFuture<Children>> futures = new HashMap<>();
    for (String p : paths) {
      CompletableFuture<Children> f = new CompletableFuture<>();
      futures.put(p, f);
      zk.getChildren(p, false, (rc, path, ctx, children, stat) -> {
        KeeperException.Code code = KeeperException.Code.get(rc);
        if (code == KeeperException.Code.OK) {
          f.complete(new Children(new ArrayList<>(children), stat));
        } else if (code == KeeperException.Code.NONODE) {
          f.complete(null);
        } else {
          f.completeExceptionally(KeeperException.create(code, path));
        }
      }, null);
    }
    return collect(futures);
  }

  /** Waits until the server has caught up with the leader for this path (ZooKeeper sync). */
  void sync(ZooKeeper zk, String path) throws KeeperException, InterruptedException {
    CompletableFuture<Void> f = new CompletableFuture<>();
    zk.sync(path, (rc, p, ctx) -> {
      KeeperException.Code code = KeeperException.Code.get(rc);
      if (code == KeeperException.Code.OK) {
        f.complete(null);
      } else {
        f.completeExceptionally(KeeperException.create(code, p));
      }
    }, null);
    collect(Map.of(path, f));
  }

  private <T> Map<String, T> collect(Map<String, CompletableFuture<T>> futures)
      throws KeeperException, InterruptedException {
    Map<String, T> out = new HashMap<>();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    for (Map.Entry<String, CompletableFuture<T>> e : futures.entrySet()) {
      try {
        T v = e.getValue().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (v != null) {
          out.put(e.getKey(), v);
        }
      } catch (ExecutionException ex) {
        if (ex.getCause() instanceof KeeperException ke) {
          throw ke;
        }
        throw new IllegalStateException("unexpected failure reading " + e.getKey(), ex.getCause());
      } catch (TimeoutException ex) {
        throw new KeeperException.OperationTimeoutException();
      }
    }
    return out;
  }
}
