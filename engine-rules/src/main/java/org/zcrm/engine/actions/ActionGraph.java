package org.zcrm.engine.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.OrderingEdge;

/**
 * The actions of a transition and the orderings between them; {@link #propagate()} settles which
 * actions are required and runnable, the way Pacemaker's ordering flags do.
 */
public final class ActionGraph {
  /** Restart handling between a resource's stop and its start. */
  public static final int INTERMEDIATE_STOP = OrderingEdge.INTERMEDIATE_STOP;

  /** An ordering between two actions. */
  public record Edge(Action first, Action then, int flags, String rule, String constraint) {}

  private final List<Action> actions = new ArrayList<>();
  private final Map<String, List<Action>> byRscTask = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, Action> fencing = new LinkedHashMap<>();
  private final Map<String, Action> named = new LinkedHashMap<>();
  /** While true, propagation only spreads requirements, not unrunnability. */
  private boolean requiredOnly;
  private final java.util.Set<List<Object>> namedEdges = new java.util.HashSet<>();
  private final List<Action> probes = new ArrayList<>();

  public List<Action> actions() {
    return actions;
  }

  public List<Edge> edges() {
    return edges;
  }

  public Map<String, Action> fencing() {
    return fencing;
  }

  /** The probes (monitors with interval 0 where a resource's state is unknown). */
  public List<Action> probes() {
    return probes;
  }

  private Action add(Rsc rsc, String task, String node, boolean optional) {
    return add(rsc, task, node, 0, optional);
  }

  private Action add(Rsc rsc, String task, String node, long intervalMs, boolean optional) {
    Action a = new Action(actions.size(), rsc, task, node, intervalMs, optional);
    actions.add(a);
    if (rsc != null) {
      byRscTask.computeIfAbsent(rsc.id + "\u0000" + task, k -> new ArrayList<>()).add(a);
    }
    return a;
  }

  public Action resourceAction(Rsc rsc, String task, String node, boolean optional) {
    return add(rsc, task, node, optional);
  }

  /** A resource action with an interval (recurring monitors and their cancels). */
  public Action resourceAction(Rsc rsc, String task, String node, long intervalMs,
      boolean optional) {
    return add(rsc, task, node, intervalMs, optional);
  }

  /** Orders one action before another. */
  public void edge(Action first, Action then, int flags, String rule, String constraint) {
    edges.add(new Edge(first, then, flags, rule, constraint));
  }

  public Action pseudoAction(Rsc rsc, String task) {
    Action a = add(rsc, task, null, true);
    a.pseudo = true;
    if (rsc.fact.kind() == org.zcrm.engine.facts.ResourceFact.Kind.CLONE
        && (task.equals("running") || task.equals("stopped"))) {
      a.requiredRunnableBefore = 1;
    }
    return a;
  }

  /**
   * The pseudo action of that name that belongs to no resource (such as
   * {@code one-or-more:SETID}), created on first use: runnable only while at least {@code min}
   * of its inputs are.
   */
  public Action namedPseudo(String name, int min) {
    return named.computeIfAbsent(name, n -> {
      Action a = add(null, n, null, true);
      a.pseudo = true;
      a.requiredRunnableBefore = Math.max(min, 1);
      return a;
    });
  }

  /** The named pseudo action, or null if there is none. */
  public Action namedPseudo(String name) {
    return named.get(name);
  }

  /** Orders two actions, once, where one of them is a named pseudo action. */
  public void orderNamed(Action first, Action then, int flags, String rule, String constraint) {
    if (namedEdges.add(List.of(first.id, then.id, flags))) {
      edges.add(new Edge(first, then, flags, rule, constraint));
    }
  }

  public Action fence(String node, String reason) {
    return fencing.computeIfAbsent(node, n -> {
      Action a = add(null, "stonith", n, false);
      a.reason = reason;
      return a;
    });
  }

  /**
   * The fencing of a guest node: a pseudo action, done by stopping its container (ordered after
   * that stop once the container's actions exist).
   */
  public Action fenceGuest(String node, String container, String reason) {
    Action a = fence(node, reason);
    a.pseudo = true;
    a.guestContainer = container;
    return a;
  }

  public List<Action> find(Rsc rsc, String task) {
    return byRscTask.getOrDefault(rsc.id + "\u0000" + task, List.of());
  }

  /** Stops on a node being fenced are implied by the fencing; on an unclean node, impossible. */
  public void placeStop(Action stop, String node, Work work) {
    Action f = fencing.get(node);
    if (f != null) {
      stop.pseudo = true;
      stop.runnable = true;
      edges.add(new Edge(f, stop, OrderingEdge.ORDERED | OrderingEdge.UNRUNNABLE_FIRST_BLOCKS,
          "fencing: stop implied by fencing", node));
    } else if (work.unclean.contains(node)) {
      stop.runnable = false;
    }
  }

  /** Starts wait for every fencing. */
  public void placeStart(Action start, Work work) {
    for (Action f : fencing.values()) {
      if (f.guestContainer == null) { // a guest is "fenced" by its container's stop
        edges.add(new Edge(f, start, OrderingEdge.ORDERED, "fencing: fence before recovery", f.node));
      }
    }
  }

  /** Orders every action of (first, firstTask) before every action of (then, thenTask). */
  public void order(Rsc first, String firstTask, Rsc then, String thenTask, int flags, String rule,
      String constraint) {
    for (Action f : find(first, firstTask)) {
      for (Action t : find(then, thenTask)) {
        edges.add(new Edge(f, t, flags, rule, constraint));
      }
    }
  }

  /** Applies the ordering flags until nothing changes. */
  public void propagate() {
    Map<Action, List<Action>> instanceFirsts = new LinkedHashMap<>();
    for (Edge e : edges) {
      Action t = e.then();
      if ((e.flags() & OrderingEdge.MIN_RUNNABLE) != 0 || (t.requiredRunnableBefore > 0
          && t.rsc != null && e.first().rsc != null && e.first().rsc.parent == t.rsc)) {
        instanceFirsts.computeIfAbsent(t, k -> new ArrayList<>()).add(e.first());
      }
    }
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ < 10_000) {
      changed = false;
      requiredOnly = true;
      boolean more = true;
      while (more) {
        more = false;
        for (Edge e : edges) {
          more |= apply(e);
        }
        changed |= more;
      }
      requiredOnly = false;
      for (Edge e : edges) {
        changed |= apply(e);
      }
      changed |= applyMinRunnable(instanceFirsts);
    }
  }

  /**
   * A clone's running/stopped, or a named one-or-more pseudo action, is runnable only if enough
   * of its inputs are.
   */
  private static boolean applyMinRunnable(Map<Action, List<Action>> instanceFirsts) {
    boolean changed = false;
    for (Map.Entry<Action, List<Action>> e : instanceFirsts.entrySet()) {
      Action a = e.getKey();
      if (!a.runnable) {
        continue;
      }
      int runnable = 0;
      for (Action f : e.getValue()) {
        if (f.runnable) {
          runnable++;
        }
      }
      if (runnable < a.requiredRunnableBefore) {
        a.runnable = false;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Whether "first" counts as optional for "then": a clone's pseudo action, seen from an action on
   * a node, is only as required as its instances' actions on that node (Pacemaker's per-node
   * clone action flags).
   */
  private boolean firstOptional(Action f, Action t) {
    if (!f.pseudo || f.rsc == null || t.node == null
        || f.rsc.fact.kind() != org.zcrm.engine.facts.ResourceFact.Kind.CLONE) {
      return f.optional;
    }
    String task = switch (f.task) {
      case "running", "start" -> "start";
      case "stopped", "stop" -> "stop";
      case "promoted", "promote" -> "promote";
      case "demoted", "demote" -> "demote";
      default -> null;
    };
    if (task == null) {
      return f.optional;
    }
    for (Rsc inst : f.rsc.children) {
      for (Rsc p : inst.primitives()) {
        for (Action a : find(p, task)) {
          if (t.node.equals(a.node) && !a.optional) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private boolean apply(Edge e) {
    Action f = e.first();
    Action t = e.then();
    int fl = e.flags();
    boolean changed = false;
    if ((fl & OrderingEdge.IMPLIES_FIRST) != 0 && !t.optional && f.optional) {
      f.optional = false;
      because(f, t, "required");
      changed = true;
    }
    boolean stopChain = f.task.equals("stop") && t.task.equals("stop");
    if (((fl & OrderingEdge.IMPLIES_FIRST) != 0 || stopChain || (fl & INTERMEDIATE_STOP) != 0)
        && !t.migratable && f.migratable && t.node != null && !t.optional) {
      f.migratable = false;
      because(f, t, "unmigrateable");
      changed = true;
    }
    if ((fl & INTERMEDIATE_STOP) != 0 && f.rsc == t.rsc && !f.migratable && t.migratable) {
      t.migratable = false;
      changed = true;
    }
    if ((fl & OrderingEdge.IMPLIES_THEN) != 0 && t.optional && !f.migratable && !firstOptional(f, t)) {
      t.optional = false;
      because(t, f, "required");
      changed = true;
    }
    if ((fl & OrderingEdge.UNRUNNABLE_FIRST_BLOCKS) != 0 && !f.runnable && t.runnable
        && !requiredOnly) {
      t.runnable = false;
      t.migratable = false;
      because(t, f, "unrunnable");
      changed = true;
    }
    if ((fl & OrderingEdge.ASYMMETRIC) != 0 && !requiredOnly && !f.runnable && t.rsc != null
        && (t.runnable || t.optional) && !asymmetricUnaffected(t)) {
      // an unrunnable first holds back the then action (and makes it count)
      if (t.optional) {
        t.optional = false;
        because(t, f, "required");
      }
      if (t.runnable) {
        t.runnable = false;
        because(t, f, "unrunnable");
      }
      changed = true;
    }
    if ((fl & INTERMEDIATE_STOP) != 0 && f.node != null) {
      boolean restart = !t.optional
          || (!t.runnable && t.rsc != null && t.rsc.managed && f.rsc == t.rsc);
      if (restart) {
        if (f.runnable && f.optional) {
          f.optional = false;
          because(f, t, "required");
          changed = true;
        }
        if (!t.optional && f.optional) {
          f.optional = false;
          because(f, t, "required");
          changed = true;
        }
        if (!f.optional && !f.runnable && t.runnable && !requiredOnly) {
          t.runnable = false;
          because(t, f, "unrunnable");
          changed = true;
        }
      }
    }
    if ((fl & (OrderingEdge.IMPLIES_THEN | OrderingEdge.IMPLIES_FIRST | INTERMEDIATE_STOP)) != 0
        && f.rsc != null && !f.rsc.managed && f.rsc.blocked && !f.runnable
        && f.task.equals("stop") && t.runnable && !requiredOnly) {
      // a blocked resource's stop that cannot happen holds back what is ordered after it
      t.runnable = false;
      changed = true;
    }
    return changed;
  }

  /** Optional then actions that an asymmetric ordering leaves alone (already in that state). */
  private static boolean asymmetricUnaffected(Action t) {
    if (!t.optional) {
      return false;
    }
    boolean running = !t.rsc.current.isEmpty();
    if (!running && t.task.equals("stop")) {
      return true;
    }
    return running && t.task.equals("start") && t.rsc.current.size() == 1
        && t.rsc.current.get(0).equals(t.node);
  }

  private static void because(Action changed, Action cause, String change) {
    if (changed.rsc != cause.rsc && cause.rsc != null) {
      changed.setReason(change + " " + cause.rsc.id + " " + cause.task, false);
    } else if (cause.rsc == null && cause.pseudo) {
      changed.setReason(change + " " + cause.task, false);
    }
  }
}
