package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooDefs;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.fence.FenceAction;
import org.zcrm.fence.FenceHistoryXml;
import org.zcrm.fence.FenceResult;
import org.zcrm.fence.FenceState;

/**
 * The DC's fenced writes about fencing: a result goes to fencing/history/&lt;id&gt;, and a
 * successful one, in the same multi(), marks the target down (node_state expected=down, its
 * operation history and transient attributes removed, its pending actions dropped): from then on
 * the engine treats its resources as stopped.
 */
final class FencingRecorder {
  private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger();
  /** Where `zcrm fence` leaves requests for the DC. */
  static String requests(CibPaths paths) {
    return paths.root() + "/fencing/requests";
  }

  private final CuratorFramework client;
  private final CibPaths paths;

  FencingRecorder(CuratorFramework client, CibPaths paths) {
    this.client = client;
    this.paths = paths;
  }

  /** A success that no fence agent produced: watchdog self-fencing, or a manual confirmation. */
  static FenceResult synthetic(String target, String client, String dc) {
    Instant now = Instant.now();
    return new FenceResult(UUID.randomUUID().toString(), target, FenceAction.OFF, client, dc, dc, FenceState.SUCCESS,
        List.of(), null, now, now);
  }

  /** A fencing attempt that crashed before producing a result. */
  static FenceResult failed(String target, String dc, String why) {
    Instant now = Instant.now();
    return new FenceResult(UUID.randomUUID().toString(), target, FenceAction.REBOOT, "zcrm-coordinator", dc, dc,
        FenceState.FAILED, List.of(), why, now, now);
  }

  /** Records a result for a target that was not a member when its fencing began. */
  void record(DcSession dc, FenceResult r, String nodeId, List<Op> extra) throws DcSession.NotDcException {
    record(dc, r, nodeId, extra, -1);
  }

  /**
   * Records a result; extra ops (e.g. deleting the request) join the same multi(). {@code
   * incarnation} is the czxid of the target's member znode when its fencing began (-1: not a
   * member): that incarnation is gone now, even if its znode still waits for its session to expire.
   */
  void record(DcSession dc, FenceResult r, String nodeId, List<Op> extra, long incarnation)
      throws DcSession.NotDcException {
    List<Op> ops = new ArrayList<>();
    ops.add(Op.create(paths.fencingHistory() + "/" + r.id(), FenceHistoryXml.toXml(r).getBytes(StandardCharsets.UTF_8),
        ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT));
    ops.addAll(extra);
    for (int attempt = 0; r.succeeded() && attempt < 3; attempt++) {
      List<Op> marks = markDown(r.target(), nodeId, incarnation);
      if (marks == null) {
        LOG.info("Fenced node is back as a new member; its fresh status stays node={}", r.target());
        break;
      }
      List<Op> down = new ArrayList<>(ops);
      down.addAll(marks);
      try {
        dc.write(down);
        return;
      } catch (IllegalStateException e) {
        if (incarnation < 0 && e.getCause() instanceof KeeperException ke
            && ke.code() == KeeperException.Code.NODEEXISTS) {
          // the node registered again meanwhile: this incarnation came up after the fencing
          LOG.info("Fenced node is back as a new member; its fresh status stays node={}", r.target());
          break;
        }
        LOG.debug("Status of the fenced node changed while recording; again node={} error={}", r.target(),
            e.toString());
      }
    }
    dc.write(ops);
  }

  /**
   * The target's status as fenced, or null when the target has registered again since (a new
   * incarnation, up after the fencing: its fresh status must not be marked down). Without a member
   * znode, the multi() creates and deletes it, which fails if the target registers meanwhile. With
   * the znode of the fenced incarnation still there (its session not yet expired, or the node
   * alive after a fencing that did not reach it), the status is written only if it has not changed
   * since it was read here: a new incarnation writes it as it joins.
   */
  private List<Op> markDown(String node, String nodeId, long incarnation) {
    List<Op> ops = new ArrayList<>();
    byte[] ns = StatusXml.nodeState(nodeId, node, StatusXml.Membership.DOWN).getBytes(StandardCharsets.UTF_8);
    try {
      org.apache.zookeeper.data.Stat member = client.checkExists().forPath(paths.member(node));
      if (member == null) {
        ops.add(Op.create(paths.member(node), new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.EPHEMERAL));
        ops.add(Op.delete(paths.member(node), -1));
      } else if (member.getCzxid() != incarnation) {
        return null;
      }
      org.apache.zookeeper.data.Stat st = client.checkExists().forPath(paths.status(node));
      if (st == null) {
        ops.add(Op.create(paths.status(node), ns, ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT));
        return ops;
      }
      for (String rsc : children(paths.statusLrm(node))) {
        ops.add(Op.delete(paths.statusLrm(node, rsc), -1));
      }
      if (client.checkExists().forPath(paths.statusAttrs(node)) != null) {
        ops.add(Op.delete(paths.statusAttrs(node), -1));
      }
      for (String a : children(paths.actions() + "/" + node)) {
        ops.add(Op.delete(paths.actions() + "/" + node + "/" + a, -1));
      }
      ops.add(Op.setData(paths.status(node), ns, st.getVersion()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the status of " + node, e);
    }
    return ops;
  }

  private List<String> children(String path) throws Exception {
    try {
      return client.getChildren().forPath(path);
    } catch (KeeperException.NoNodeException e) {
      return List.of();
    }
  }
}
