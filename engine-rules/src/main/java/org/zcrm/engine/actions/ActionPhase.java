package org.zcrm.engine.actions;

import java.util.List;
import org.zcrm.engine.assign.CloneVariant;
import org.zcrm.engine.assign.PrimitiveVariant;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.FenceDecision;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.facts.ResourceFact;

/** Creates the actions of the assignment, adds the orderings, and settles their flags. */
public final class ActionPhase {
  private ActionPhase() {}

  public static ActionGraph createActions(Work work, List<FenceDecision> fencing) {
    ActionGraph g = new ActionGraph();
    for (FenceDecision f : fencing) {
      if (f.guest()) {
        g.fenceGuest(f.node(), f.container(), f.reason());
      } else {
        g.fence(f.node(), f.reason());
      }
    }
    RemoteOrdering.fenceUnrecoverable(work, g);
    for (Rsc r : work.rscs.values()) {
      if (r.parent == null) {
        MonitorActions.createProbes(r, work, g);
        r.variant.createActions(r, work, g);
      }
    }
    return g;
  }

  public static void order(Work work, ActionGraph g, List<OrderingEdge> edges) {
    for (Rsc r : work.rscs.values()) {
      if (r.parent == null) {
        r.variant.internalOrderings(r, work, g);
      }
    }
    RemoteOrdering.apply(work, g);
    for (OrderingEdge e : edges) {
      if ((e.flags() & OrderingEdge.MIN_RUNNABLE) != 0) {
        g.namedPseudo(e.then(), e.minRunnable());
      }
    }
    for (OrderingEdge e : edges) {
      Rsc first = work.rsc(e.first());
      Rsc then = work.rsc(e.then());
      if ((e.flags() & OrderingEdge.MIN_RUNNABLE) != 0) {
        countToward(g, first, e);
        continue;
      }
      if (first == null && then != null && g.namedPseudo(e.first()) != null) {
        orderAfterNamed(g, g.namedPseudo(e.first()), then, e);
        continue;
      }
      if (first == null || then == null) {
        continue;
      }
      String ft = e.firstTask();
      if (!first.isPrimitive()) {
        ft = switch (ft) {
          case "start" -> "running";
          case "stop" -> "stopped";
          case "promote" -> "promoted";
          case "demote" -> "demoted";
          default -> ft;
        };
      }
      int flags = e.flags();
      if (first.fact.kind() == ResourceFact.Kind.CLONE || then.fact.kind() == ResourceFact.Kind.CLONE) {
        orderClones(work, g, first, ft, then, e.thenTask(), flags, e);
        continue;
      }
      g.order(first, ft, then, e.thenTask(), flags, e.rule(), e.id());
      expandToMembers(g, first, ft, then, e.thenTask(), flags, e);
    }
    MonitorActions.orderProbes(g);
    g.propagate();
    cancelReloads(work, g);
  }

  /**
   * A required stop or demote of a resource makes its reload pointless: the reload is dropped and
   * the summary shows the restart (Pacemaker's then-cancels-first ordering of a reload).
   */
  private static void cancelReloads(Work work, ActionGraph g) {
    for (Rsc r : work.rscs.values()) {
      if (!r.reload) {
        continue;
      }
      boolean cancelled = false;
      for (String task : List.of("stop", "demote")) {
        for (Action a : g.find(r, task)) {
          cancelled |= a.node != null && !a.optional;
        }
      }
      if (cancelled) {
        r.reload = false;
        for (Action reload : g.find(r, PrimitiveVariant.RELOAD)) {
          reload.optional = true;
        }
      }
    }
  }

  /** The first's action (a collective's own pseudo action, unmapped) is an input of the named one. */
  private static void countToward(ActionGraph g, Rsc first, OrderingEdge e) {
    Action p = g.namedPseudo(e.then());
    if (first == null || p == null) {
      return;
    }
    for (Action f : g.find(first, e.firstTask())) {
      g.orderNamed(f, p, e.flags(), e.rule(), e.id());
    }
  }

  /** A named pseudo action before a resource's action (and a collective's members' actions). */
  private static void orderAfterNamed(ActionGraph g, Action p, Rsc then, OrderingEdge e) {
    for (Action t : g.find(then, e.thenTask())) {
      g.orderNamed(p, t, e.flags(), e.rule(), e.id());
    }
    int memberFlags = e.flags() & ~OrderingEdge.IMPLIES_FIRST;
    if (then.isPrimitive() || (memberFlags & ~OrderingEdge.ORDERED) == 0) {
      return;
    }
    for (Rsc m : then.primitives()) {
      for (Action t : g.find(m, e.thenTask())) {
        g.orderNamed(p, t, memberFlags, e.rule(), e.id());
      }
    }
  }

  /** Interleaved clone orderings pair instances on the same node; others go through the clone. */
  private static void orderClones(Work work, ActionGraph g, Rsc first, String ft, Rsc then,
      String tt, int flags, OrderingEdge e) {
    boolean interleave = first.fact.kind() == ResourceFact.Kind.CLONE
        && then.fact.kind() == ResourceFact.Kind.CLONE && then.fact.cloneMeta() != null
        && then.fact.cloneMeta().interleave();
    if (interleave) {
      String instFt = e.firstTask();
      for (Rsc ti : then.children) {
        for (Rsc fi : first.children) {
          String fn = fi.variant instanceof CloneVariant ? null : fi.assigned;
          if (fn != null && fn.equals(ti.assigned)) {
            g.order(fi, fi.isPrimitive() ? instFt : ft, ti, tt, flags, e.rule(), e.id());
          }
        }
      }
      return;
    }
    g.order(first, ft, then, tt, flags, e.rule(), e.id());
    expandToMembers(g, first, ft, then, tt, flags, e);
  }

  /** A collective "then" passes blocking and requirement on to its members' actions. */
  private static void expandToMembers(ActionGraph g, Rsc first, String ft, Rsc then, String tt,
      int flags, OrderingEdge e) {
    int memberFlags = flags & ~OrderingEdge.IMPLIES_FIRST;
    if (then.isPrimitive() || (memberFlags & ~OrderingEdge.ORDERED) == 0) {
      return;
    }
    for (Rsc m : then.primitives()) {
      g.order(first, ft, m, tt, memberFlags, e.rule(), e.id());
    }
  }
}
