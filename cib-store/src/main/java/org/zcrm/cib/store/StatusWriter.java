package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.data.Stat;

/**
 * Writes the status of one node: status/&lt;node&gt; (its node_state element, without children),
 * status/&lt;node&gt;/attrs (transient_attributes) and status/&lt;node&gt;/lrm/&lt;rsc&gt; (one
 * lrm_resource element with its lrm_rsc_op history). Only that node writes there.
 *
 * <p>num_updates: Pacemaker counts every status change in one CIB-wide counter. Kept in one znode,
 * that counter would make every node contend on it for every operation result. Instead each write
 * here is a multi() that also rewrites status/&lt;node&gt;, bumping that znode's version; a
 * node only ever contends with itself. Readers derive num_updates as the sum of those versions
 * over all nodes (see {@link CibSnapshot#numUpdates()}): it grows with every status write, and a
 * reader of one node's status checks that node's version before and after for a consistent view.
 */
public final class StatusWriter {

  private final ZkConnection conn;
  private final ZkCalls calls;
  private final CibPaths paths;
  private final String node;
  private byte[] nodeState;

  StatusWriter(ZkConnection conn, ZkCalls calls, String node) {
    if (!ZnodeNames.usable(node)) {
      throw StoreException.refused("Node name '" + node + "' cannot name a znode; " + ZnodeNames.RULE);
    }
    this.conn = conn;
    this.calls = calls;
    this.paths = conn.paths();
    this.node = node;
  }

  /** Sets this node's node_state element (its children are ignored; they live in their own znodes). */
  public void putNodeState(String nodeStateXml) {
    nodeState = nodeStateXml.getBytes(StandardCharsets.UTF_8);
    write(List.of());
  }

  /** Sets the lrm_resource element (with its operation history) of one resource on this node. */
  public void putResource(String rsc, String lrmResourceXml) {
    checkName(rsc);
    byte[] b = lrmResourceXml.getBytes(StandardCharsets.UTF_8);
    write(List.of(new Write(paths.statusLrm(node, rsc), b, "status of " + rsc + " on " + node)));
  }

  /**
   * Sets the lrm_resource element of one resource and this node's transient_attributes in one
   * multi(), so that a reader never sees one without the other (a forgotten failure and its fail
   * count go together).
   */
  public void putResourceAndAttributes(String rsc, String lrmResourceXml, String transientAttributesXml) {
    checkName(rsc);
    write(List.of(new Write(paths.statusLrm(node, rsc), lrmResourceXml.getBytes(StandardCharsets.UTF_8),
        "status of " + rsc + " on " + node), new Write(paths.statusAttrs(node),
        transientAttributesXml.getBytes(StandardCharsets.UTF_8), "attributes of " + node)));
  }

  public void deleteResource(String rsc) {
    checkName(rsc);
    write(List.of(new Write(paths.statusLrm(node, rsc), null, "status of " + rsc + " on " + node)));
  }

  /** Sets this node's transient_attributes element. */
  public void putAttributes(String transientAttributesXml) {
    write(List.of(new Write(paths.statusAttrs(node), transientAttributesXml.getBytes(StandardCharsets.UTF_8),
        "attributes of " + node)));
  }

  /** Removes the whole status of this node (e.g. when the node is deleted from the cluster). */
  public void clear() {
    try {
      conn.client().delete().quietly().deletingChildrenIfNeeded().forPath(paths.status(node));
      nodeState = null;
    } catch (Exception e) {
      throw StoreException.unavailable("Could not remove the status of node " + node + ": " + e.getMessage(), e);
    }
  }

  private record Write(String path, byte[] data, String object) {}

  private void write(List<Write> writes) {
    SizeLimits limits = SizeLimits.standard();
    for (Write w : writes) {
      if (w.data() != null && w.data().length > limits.maxObjectBytes()) {
        throw StoreException.refused(w.object() + " is " + w.data().length + " bytes, more than ZooKeeper holds ("
            + limits.maxObjectBytes() + "); trim its operation history.");
      }
    }
    try {
      calls.withRetry("writing the status of node " + node, zk -> {
        ensureFolders();
        if (nodeState == null) {
          Stat st = new Stat();
          nodeState = zk.getData(paths.status(node), false, st);
        }
        List<Op> ops = new ArrayList<>();
        for (Write w : writes) {
          Stat st = zk.exists(w.path(), false);
          if (w.data() == null) {
            if (st != null) {
              ops.add(Op.delete(w.path(), -1));
            }
          } else if (st == null) {
            ops.add(Op.create(w.path(), w.data(), conn.aclFor(w.path()), CreateMode.PERSISTENT));
          } else {
            ops.add(Op.setData(w.path(), w.data(), -1));
          }
        }
        ops.add(Op.setData(paths.status(node), nodeState == null ? new byte[0] : nodeState, -1));
        zk.multi(ops);
        return null;
      });
    } catch (KeeperException e) {
      throw StoreException.unavailable("Could not write the status of node " + node + ": " + e.code(), e);
    }
  }

  private void ensureFolders() throws KeeperException, InterruptedException {
    for (String p : List.of(paths.status(), paths.status(node), paths.statusLrm(node))) {
      try {
        conn.client().create().creatingParentsIfNeeded().forPath(p);
      } catch (KeeperException.NodeExistsException e) {
        // there already
      } catch (KeeperException | InterruptedException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("creating " + p, e);
      }
    }
  }

  private static void checkName(String rsc) {
    if (!ZnodeNames.usable(rsc)) {
      throw StoreException.refused("Resource id '" + rsc + "' cannot name a znode; " + ZnodeNames.RULE);
    }
  }
}
