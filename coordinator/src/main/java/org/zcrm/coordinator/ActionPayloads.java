package org.zcrm.coordinator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.zcrm.engine.Transition;

/**
 * Adapter from the engine's graph actions (resource, task, node) to what a node's executor needs:
 * the agent, parameters, meta attributes and timeout from the resource's definition, and, for a
 * start, the recurring monitors to run afterwards (the engine's graph has no monitor actions). A
 * resource no longer configured (an orphan being stopped) is found through its history.
 */
final class ActionPayloads {
  private ActionPayloads() {}

  static Optional<ActionPayload.Builder> forAction(EngineInput in, Transition.GraphAction a) {
    String rsc = a.resource();
    int colon = rsc.indexOf(':');
    String base = colon > 0 ? rsc.substring(0, colon) : rsc;
    CibDoc.ResourceDef def = in.cib().primitives().get(base);
    if (def != null) {
      Map<String, String> meta = new TreeMap<>();
      def.meta().forEach((k, v) -> {
        if (!k.startsWith("#")) {
          meta.put(k, v);
        }
      });
      List<CibDoc.OpDef> monitors = a.task().equals("start") ? def.monitors() : List.of();
      return Optional.of(new ActionPayload.Builder(rsc, def.agent(), a.task(), 0, def.timeout(a.task()),
          def.params(), meta, monitors));
    }
    Element status = CibDoc.child(in.document().getDocumentElement(), "status");
    for (Element ns : CibDoc.children(status, "node_state")) {
      if (!a.node().equals(ns.getAttribute("uname")) && !a.node().equals(ns.getAttribute("id"))) {
        continue;
      }
      Element lrm = CibDoc.child(CibDoc.child(ns, "lrm"), "lrm_resources");
      for (Element lr : CibDoc.children(lrm, "lrm_resource")) {
        if (lr.getAttribute("id").equals(rsc)) {
          String agent = lr.getAttribute("class") + (lr.hasAttribute("provider") ? ":" + lr.getAttribute("provider") : "")
              + ":" + lr.getAttribute("type");
          return Optional.of(new ActionPayload.Builder(rsc, agent, a.task(), 0, CibDoc.DEFAULT_OP_TIMEOUT, Map.of(),
              Map.of(), List.of()));
        }
      }
    }
    return Optional.empty();
  }
}
