package org.zcrm.engine.assign;

import java.util.List;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;

/**
 * Interleaved clone orderings pair each instance of the then clone with an instance of the first
 * clone on the same node. When a mandatory ordering leaves a then instance with no first instance
 * on its node to come up after, that instance may not be active at all: it is unassigned, and
 * what is interleaved after it in turn (Pacemaker's "no instance to interleave").
 */
public final class Interleave {
  private Interleave() {}

  /** Unassigns then instances without a first instance to interleave with, until none is left. */
  public static void inhibitUnmatched(Work work, List<OrderingEdge> orderings) {
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ <= orderings.size()) {
      changed = false;
      for (OrderingEdge e : orderings) {
        if (!appliesTo(e)) {
          continue;
        }
        Rsc first = work.rsc(e.first());
        Rsc then = work.rsc(e.then());
        if (first == null || then == null || first == then || !interleaved(first, then)) {
          continue;
        }
        for (Rsc ti : then.children) {
          String node = ti.variant instanceof CloneVariant ? null : ti.assigned;
          if (node != null && !hasInstanceOn(first, node)) {
            unassign(ti);
            changed = true;
          }
        }
      }
    }
  }

  /** Mandatory orderings of bringing something up (not of stopping or demoting). */
  private static boolean appliesTo(OrderingEdge e) {
    if ((e.flags() & (OrderingEdge.UNRUNNABLE_FIRST_BLOCKS | OrderingEdge.IMPLIES_THEN)) == 0) {
      return false;
    }
    return switch (e.firstTask()) {
      case "stop", "stopped", "demote", "demoted" -> false;
      default -> true;
    };
  }

  private static boolean interleaved(Rsc first, Rsc then) {
    return first.fact.kind() == ResourceFact.Kind.CLONE
        && then.fact.kind() == ResourceFact.Kind.CLONE && then.fact.cloneMeta() != null
        && then.fact.cloneMeta().interleave();
  }

  private static boolean hasInstanceOn(Rsc clone, String node) {
    for (Rsc fi : clone.children) {
      if (!(fi.variant instanceof CloneVariant) && node.equals(fi.assigned)) {
        return true;
      }
    }
    return false;
  }

  private static void unassign(Rsc inst) {
    inst.assigned = null;
    inst.nextRole = Role.STOPPED;
    for (Rsc c : inst.children) {
      unassign(c);
    }
  }
}
