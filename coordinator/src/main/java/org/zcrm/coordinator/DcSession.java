package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.OpResult;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.Stat;
import org.zcrm.cib.store.CibPaths;

/**
 * One DC term and its fenced writes (DESIGN.md "The DC and why it can be trusted"): the term starts
 * by bumping dc/epoch in a multi() that checks the DC's own latch node; every later write is a
 * multi() that checks the latch node and the dc/epoch version this term set. A failed check throws
 * {@link NotDcException}: the caller stops acting as DC at once and never retries.
 */
public final class DcSession {
  private static final Logger LOG = LogManager.getLogger();

  /** This node is no longer the DC (its latch node or its epoch is gone). */
  public static final class NotDcException extends Exception {
    NotDcException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final CuratorFramework client;
  private final CibPaths paths;
  private final String latchPath;
  private final long epoch;
  private final int epochVersion;

  private DcSession(CuratorFramework client, CibPaths paths, String latchPath, long epoch, int epochVersion) {
    this.client = client;
    this.paths = paths;
    this.latchPath = latchPath;
    this.epoch = epoch;
    this.epochVersion = epochVersion;
  }

  public static String epochPath(CibPaths paths) {
    return paths.dc() + "/epoch";
  }

  public static String infoPath(CibPaths paths) {
    return paths.dc() + "/info";
  }

  /** sync(), then dc/epoch + 1 in a multi() with a check of our latch node. */
  public static DcSession begin(CuratorFramework client, CibPaths paths, String latchPath, String node)
      throws NotDcException {
    try {
      client.sync().forPath(paths.dc());
      try {
        client.create().creatingParentsIfNeeded().forPath(epochPath(paths), "0".getBytes(StandardCharsets.UTF_8));
      } catch (KeeperException.NodeExistsException e) {
        // an earlier DC made it
      }
      for (int attempt = 0; attempt < 10; attempt++) {
        Stat st = new Stat();
        byte[] b = client.getData().storingStatIn(st).forPath(epochPath(paths));
        long next = Long.parseLong(new String(b, StandardCharsets.UTF_8).trim()) + 1;
        try {
          List<OpResult> r = client.getZookeeperClient().getZooKeeper().multi(List.of(
              Op.check(latchPath, -1),
              Op.setData(epochPath(paths), Long.toString(next).getBytes(StandardCharsets.UTF_8), st.getVersion())));
          int version = ((OpResult.SetDataResult) r.get(1)).getStat().getVersion();
          DcSession s = new DcSession(client, paths, latchPath, next, version);
          s.writeInfo(node);
          return s;
        } catch (KeeperException.BadVersionException e) {
          LOG.debug("dc/epoch moved while bumping it; retrying attempt={}", attempt);
        } catch (KeeperException.NoNodeException e) {
          throw new NotDcException("our latch node " + latchPath + " is gone", e);
        }
      }
      throw new NotDcException("dc/epoch kept changing", null);
    } catch (NotDcException e) {
      throw e;
    } catch (Exception e) {
      throw new NotDcException("cannot start a DC term: " + e, e);
    }
  }

  private void writeInfo(String node) throws NotDcException {
    String info = "node=" + node + "\nepoch=" + epoch + "\nsince=" + java.time.Instant.now() + "\n";
    byte[] b = info.getBytes(StandardCharsets.UTF_8);
    boolean exists;
    try {
      exists = client.checkExists().forPath(infoPath(paths)) != null;
    } catch (Exception e) {
      throw new NotDcException("cannot read dc/info: " + e, e);
    }
    write(List.of(exists ? Op.setData(infoPath(paths), b, -1)
        : Op.create(infoPath(paths), b, ZooDefs.Ids.OPEN_ACL_UNSAFE, org.apache.zookeeper.CreateMode.PERSISTENT)));
  }

  public long epoch() {
    return epoch;
  }

  /**
   * Writes {@code ops} atomically with the latch and epoch checks. A failed check, or a session
   * that is gone, means we are not DC any more.
   */
  public List<OpResult> write(List<Op> ops) throws NotDcException {
    List<Op> all = new ArrayList<>(ops.size() + 2);
    all.add(Op.check(latchPath, -1));
    all.add(Op.check(epochPath(paths), epochVersion));
    all.addAll(ops);
    try {
      return client.getZookeeperClient().getZooKeeper().multi(all);
    } catch (KeeperException e) {
      List<OpResult> results = e.getResults();
      boolean checkFailed = false;
      for (int i = 0; results != null && i < Math.min(2, results.size()); i++) {
        if (results.get(i) instanceof OpResult.ErrorResult er && er.getErr() != 0
            && er.getErr() != KeeperException.Code.RUNTIMEINCONSISTENCY.intValue()) {
          checkFailed = true;
        }
      }
      if (checkFailed || e.code() == KeeperException.Code.SESSIONEXPIRED
          || e.code() == KeeperException.Code.CONNECTIONLOSS) {
        throw new NotDcException("fenced write refused: " + e.code() + " (latch node or dc/epoch changed)", e);
      }
      throw new IllegalStateException("DC write failed: " + e.code() + " " + e.getPath(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotDcException("interrupted", e);
    } catch (Exception e) {
      throw new NotDcException("DC write failed: " + e, e);
    }
  }
}
