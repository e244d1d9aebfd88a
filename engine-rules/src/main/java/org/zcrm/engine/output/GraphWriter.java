package org.zcrm.engine.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zcrm.engine.Transition;
import org.zcrm.engine.actions.Action;
import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.assign.RemoteConnections;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.unpack.OperationResolver;

/** The graph (required actions and their orderings) as records and as DOT. */
public final class GraphWriter {
  private GraphWriter() {}

  /**
   * The graph's actions in Pacemaker's graph order (the order crm_simulate walks them): resources
   * by priority then configuration order, a clone's instances before the clone's own actions, a
   * group's own actions before its members', each resource's actions newest first; then fencing
   * and other actions, newest first.
   */
  public static List<Transition.GraphAction> actions(ActionGraph g, OperationResolver ops,
      Work work) {
    List<Transition.GraphAction> out = new ArrayList<>();
    java.util.Set<Action> graphed = graphed(g);
    for (Action a : graphOrder(g, work)) {
      if (a.optional && !graphed.contains(a)) {
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

  private static List<Action> graphOrder(ActionGraph g, Work work) {
    java.util.Map<Rsc, List<Action>> byRsc = new java.util.HashMap<>();
    List<Action> other = new ArrayList<>();
    for (Action a : g.actions()) {
      if (a.rsc == null) {
        other.add(a);
      } else {
        byRsc.computeIfAbsent(a.rsc, k -> new ArrayList<>()).add(a);
      }
    }
    List<Rsc> tops = new ArrayList<>();
    for (Rsc r : work.rscs.values()) {
      if (r.parent == null) {
        tops.add(r);
      }
    }
    tops.sort((a, b) -> Integer.compare(b.fact.priority(), a.fact.priority()));
    List<Action> out = new ArrayList<>(g.actions().size());
    for (Rsc r : tops) {
      visit(r, byRsc, out);
    }
    for (int i = other.size() - 1; i >= 0; i--) {
      out.add(other.get(i));
    }
    return out;
  }

  private static void visit(Rsc r, java.util.Map<Rsc, List<Action>> byRsc, List<Action> out) {
    boolean clone = r.fact.kind() == org.zcrm.engine.facts.ResourceFact.Kind.CLONE;
    if (!clone) {
      own(r, byRsc, out);
    }
    for (Rsc c : r.children) {
      visit(c, byRsc, out);
    }
    if (clone) {
      own(r, byRsc, out);
    }
  }

  private static void own(Rsc r, java.util.Map<Rsc, List<Action>> byRsc, List<Action> out) {
    List<Action> mine = byRsc.get(r);
    if (mine != null) {
      for (int i = mine.size() - 1; i >= 0; i--) {
        out.add(mine.get(i));
      }
    }
  }

  /**
   * Optional pseudo actions of a group or clone that come before a required (or itself graphed)
   * action of one of its members: in the graph all the same, as Pacemaker graphs a collective's
   * start before its instances' starts, a clone of groups included (so that what waits for it,
   * probes included, stays ordered).
   */
  private static java.util.Set<Action> graphed(ActionGraph g) {
    java.util.Set<Action> out = new java.util.HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ActionGraph.Edge e : g.edges()) {
        Action f = e.first();
        Action t = e.then();
        if (f.pseudo && f.optional && (!t.optional || out.contains(t)) && t.rsc != null && f.rsc != null
            && t.rsc.parent == f.rsc && out.add(f)) {
          grew = true;
        }
      }
    }
    return out;
  }

  public static List<Transition.GraphEdge> edges(ActionGraph g, Work work) {
    List<Transition.GraphEdge> out = new ArrayList<>();
    java.util.Set<Action> graphed = graphed(g);
    for (ActionGraph.Edge e : g.edges()) {
      if (RemoteConnections.againstOwnGuest(work, e.first().node, e.then().rsc, e.rule())) {
        continue; // as Pacemaker drops it from the graph: the container cannot wait for its guest
      }
      if ((e.first().optional && !graphed.contains(e.first()))
          || (e.then().optional && !graphed.contains(e.then()))) {
        continue;
      }
      if (!e.first().runnable && ((e.flags() & ~OrderingEdge.ORDERED) == 0
          || (e.flags() & OrderingEdge.MIN_RUNNABLE) != 0)) {
        // as Pacemaker leaves such inputs out of the graph: a plain ordering after an action
        // that will not run (or one of several needed, one-or-more) does not hold the then
        // action back; orderings that could have changed it did so while flags were settled
        continue;
      }
      out.add(new Transition.GraphEdge(e.first().id, e.then().id, e.rule(), e.constraint()));
    }
    return List.copyOf(out);
  }

  /** Every primitive's score on every node of its table (unavailable nodes at -1,000,000). */
  public static List<Transition.NodeScore> scores(Work work) {
    int n = 0;
    for (Rsc r : work.rscs.values()) {
      if (r.isPrimitive()) {
        n += r.allowed.size();
      }
    }
    String[] rscs = new String[n];
    String[] nodes = new String[n];
    int[] scores = new int[n];
    int i = 0;
    for (Rsc r : work.rscs.values()) {
      if (!r.isPrimitive()) {
        continue;
      }
      for (Map.Entry<String, Integer> e : r.allowed.entrySet()) {
        rscs[i] = r.id;
        nodes[i] = e.getKey();
        scores[i++] = work.available(e.getKey()) ? e.getValue() : -1_000_000;
      }
    }
    return new ScoreList(rscs, nodes, scores);
  }

  /**
   * The scores as three arrays (a large cluster has one per resource and node, and most runs
   * never read them), each element made when asked for; read-only.
   */
  private static final class ScoreList extends java.util.AbstractList<Transition.NodeScore>
      implements java.util.RandomAccess {
    private final String[] rscs;
    private final String[] nodes;
    private final int[] scores;

    ScoreList(String[] rscs, String[] nodes, int[] scores) {
      this.rscs = rscs;
      this.nodes = nodes;
      this.scores = scores;
    }

    @Override
    public Transition.NodeScore get(int index) {
      return new Transition.NodeScore(rscs[index], nodes[index], scores[index]);
    }

    @Override
    public int size() {
      return scores.length;
    }
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
