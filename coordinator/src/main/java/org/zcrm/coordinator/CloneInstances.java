package org.zcrm.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.w3c.dom.Element;

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

  /** A resource action's payload with the instance id it runs under on {@code node}. */
  static ActionPayload.Builder onNode(EngineInput in, String node, ActionPayload.Builder b) {
    String id = onNode(in, node, b.resource());
    return id.equals(b.resource()) ? b
        : new ActionPayload.Builder(id, b.agent(), b.task(), b.intervalMs(), b.timeout(), b.params(), b.meta(),
            b.monitors());
  }

  /** The id to run {@code rsc} under on {@code node}: itself, or the anonymous instance active there. */
  static String onNode(EngineInput in, String node, String rsc) {
    Optional<String> base = HistoryRequest.instanceOf(rsc);
    if (base.isEmpty()) {
      return rsc;
    }
    CibDoc.ResourceDef def = in.cib().primitives().get(base.get());
    if (def == null || "true".equalsIgnoreCase(def.meta().getOrDefault("globally-unique", "false").trim())) {
      return rsc;
    }
    List<String> active = activeInstances(in, node, base.get());
    if (active.contains(rsc) || active.size() != 1) {
      return rsc;
    }
    LOG.info("Anonymous clone instance runs here under another number resource={} node={} as={}", rsc, node,
        active.get(0));
    return active.get(0);
  }

  /** Ids {@code base:N} whose last recorded result on the node leaves them active. */
  private static List<String> activeInstances(EngineInput in, String node, String base) {
    List<String> out = new ArrayList<>();
    Element status = CibDoc.child(in.document().getDocumentElement(), "status");
    for (Element ns : CibDoc.children(status, "node_state")) {
      if (!node.equals(ns.getAttribute("uname"))) {
        continue;
      }
      Element lrm = CibDoc.child(CibDoc.child(ns, "lrm"), "lrm_resources");
      for (Element lr : CibDoc.children(lrm, "lrm_resource")) {
        String id = lr.getAttribute("id");
        if (!HistoryRequest.instanceOf(id).filter(base::equals).isPresent()) {
          continue;
        }
        for (Element op : CibDoc.children(lr, "lrm_rsc_op")) {
          if (op.getAttribute("id").equals(id + "_last_0") && active(op)) {
            out.add(id);
          }
        }
      }
    }
    return out;
  }

  private static boolean active(Element op) {
    String task = op.getAttribute("operation");
    String rc = op.getAttribute("rc-code");
    String status = op.getAttribute("op-status");
    if (!"0".equals(status)) {
      return true; // pending, or ended without a result: may be running
    }
    return !("stop".equals(task) && "0".equals(rc)) && !"7".equals(rc);
  }
}
