package org.zcrm.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.cib.model.status.LrmRscOp;
import org.zcrm.cib.model.status.NodeState;
import org.zcrm.cib.model.status.Status;

/**
 * Which instance id an action on an anonymous clone instance runs under on its node. The engine
 * numbers anonymous instances as Pacemaker does (a node's history of {@code C:N} stands for
 * whichever instance is free, see its find_anonymous_clone), so its {@code C:2} on a node may be the
 * {@code C:0} that node runs. The node's agents and history know the instance by the id it was
 * started with: an action for an anonymous instance goes to the one instance active there.
 */
final class CloneInstances {
  private static final Logger LOG = LogManager.getLogger();

  private CloneInstances() {}

  /** The id to run {@code rsc} under on {@code node}: itself, or the anonymous instance active there. */
  static String onNode(EngineInput in, String node, String rsc) {
    return onNode(in.engineSnapshot().cib(), in.cib(), node, rsc);
  }

  /** The same, from the CIB the engine was given and its configuration's definitions. */
  static String onNode(Cib model, CibDoc cib, String node, String rsc) {
    Optional<String> base = HistoryRequest.instanceOf(rsc);
    if (base.isEmpty()) {
      return rsc;
    }
    CibDoc.ResourceDef def = cib.primitives().get(base.get());
    if (def == null || "true".equalsIgnoreCase(def.meta().getOrDefault("globally-unique", "false").trim())) {
      return rsc;
    }
    List<String> active = activeInstances(model, node, base.get());
    if (active.contains(rsc) || active.size() != 1) {
      return rsc;
    }
    LOG.info("Anonymous clone instance runs here under another number resource={} node={} as={}", rsc, node,
        active.get(0));
    return active.get(0);
  }

  /** Ids {@code base:N} whose last recorded result on the node leaves them active. */
  private static List<String> activeInstances(Cib model, String node, String base) {
    List<String> out = new ArrayList<>();
    Status status = model.status();
    if (status == null) {
      return out;
    }
    for (NodeState ns : status.nodeStates()) {
      if (!node.equals(ns.getUname())) {
        continue;
      }
      for (LrmResource lr : ns.lrmResources()) {
        String id = lr.getId();
        if (id == null || !HistoryRequest.instanceOf(id).filter(base::equals).isPresent()) {
          continue;
        }
        for (LrmRscOp op : lr.ops()) {
          if ((id + "_last_0").equals(op.getId()) && active(op)) {
            out.add(id);
          }
        }
      }
    }
    return out;
  }

  private static boolean active(LrmRscOp op) {
    String task = op.getOperation();
    String rc = op.getRcCode();
    if (!"0".equals(op.getOpStatus() == null ? "0" : op.getOpStatus())) {
      return true; // pending, or ended without a result: may be running
    }
    return !("stop".equals(task) && "0".equals(rc)) && !"7".equals(rc);
  }
}
