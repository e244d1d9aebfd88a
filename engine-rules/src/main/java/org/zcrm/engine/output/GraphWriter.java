package org.zcrm.engine.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zcrm.engine.Transition;
import org.zcrm.engine.actions.Action;
import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.unpack.OperationResolver;

/** The graph (required actions and their orderings) as records and as DOT. */
public final class GraphWriter {
  private GraphWriter() {}

  public static List<Transition.GraphAction> actions(ActionGraph g, OperationResolver ops) {
    List<Transition.GraphAction> out = new ArrayList<>();
    for (Action a : g.actions()) {
      if (a.optional) {
        continue;
      }
      Transition.Operation op = null;
      if (a.rsc != null && !a.pseudo && a.rsc.isPrimitive()) {
        op = ops.resolve(a.rsc.id, a.task, a.intervalMs, a.node);
        if (op != null && a.callId != null) {
          java.util.TreeMap<String, String> meta = new java.util.TreeMap<>(op.meta());
          meta.put("call_id", a.callId);
          op = new Transition.Operation(op.agent(), op.intervalMs(), op.timeoutMs(), op.params(),
              java.util.Collections.unmodifiableSortedMap(meta));
        }
      }
      out.add(new Transition.GraphAction(a.id, a.key(), a.rsc == null ? null : a.rsc.id, a.task,
          a.node, a.pseudo, a.runnable, op));
    }
    return List.copyOf(out);
  }

  public static List<Transition.GraphEdge> edges(ActionGraph g) {
    List<Transition.GraphEdge> out = new ArrayList<>();
    for (ActionGraph.Edge e : g.edges()) {
      if (e.first().optional || e.then().optional) {
        continue;
      }
      out.add(new Transition.GraphEdge(e.first().id, e.then().id, e.rule(), e.constraint()));
    }
    return List.copyOf(out);
  }

  public static List<Transition.NodeScore> scores(Work work) {
    List<Transition.NodeScore> out = new ArrayList<>();
    for (Rsc r : work.rscs.values()) {
      if (!r.isPrimitive()) {
        continue;
      }
      for (Map.Entry<String, Integer> e : r.allowed.entrySet()) {
        int s = work.available(e.getKey()) ? e.getValue() : -1_000_000;
        out.add(new Transition.NodeScore(r.id, e.getKey(), s));
      }
    }
    return List.copyOf(out);
  }

  /** DOT text of the graph, like crm_simulate --save-dotfile. */
  public static String dot(Transition t) {
    StringBuilder sb = new StringBuilder("digraph \"g\" {\n");
    Map<Integer, Transition.GraphAction> byId = new java.util.TreeMap<>();
    for (Transition.GraphAction a : t.actions()) {
      byId.put(a.id(), a);
    }
    for (Transition.GraphAction a : t.actions()) {
      String style = !a.runnable() ? "dashed" : "bold";
      String color = !a.runnable() ? "red" : a.pseudo() ? "orange" : "black";
      sb.append('"').append(label(a)).append("\" [ style=").append(style).append(" color=\"")
          .append(color).append("\" fontcolor=\"").append(color).append("\"]\n");
    }
    for (Transition.GraphEdge e : t.edges()) {
      Transition.GraphAction f = byId.get(e.first());
      Transition.GraphAction th = byId.get(e.then());
      if (f == null || th == null) {
        continue;
      }
      sb.append('"').append(label(f)).append("\" -> \"").append(label(th))
          .append("\" [ style = bold]\n");
    }
    return sb.append("}\n").toString();
  }

  private static String label(Transition.GraphAction a) {
    if (a.resource() == null) {
      return "stonith 'reboot' " + a.node();
    }
    return a.key() + (a.task().equals("cancel") ? " cancel" : "")
        + (a.node() == null || a.pseudo() ? "" : " " + a.node());
  }
}
