package org.zcrm.engine.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.zcrm.engine.Scores;
import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.conclusions.OrderingEdge;

/**
 * An anonymous clone: instances stay where they run when allowed, the rest go to the best nodes
 * with room (clone-node-max), up to clone-max.
 */
public final class CloneVariant implements Variant {

  @Override
  public String assign(Rsc rsc, Work work, String prefer) {
    if (!rsc.unassigned) {
      return null;
    }
    if (rsc.assigning) {
      return null;
    }
    rsc.assigning = true;
    for (var c : rsc.thisWith) {
      Colocations.applyThisWith(work, c, rsc);
    }
    for (var c : rsc.withThis) {
      Colocations.addDependentScores(work, c, rsc);
    }
    int nodeMax = rsc.fact.cloneMeta() == null ? 1 : rsc.fact.cloneMeta().nodeMax();
    boolean promotable = rsc.fact.cloneMeta() != null && rsc.fact.cloneMeta().promotable();
    for (Rsc inst : rsc.children) {
      mergeParentScores(rsc, inst);
    }
    if (promotable) {
      Promotion.addPromotionScores(work, rsc);
    }
    java.util.Map<String, Integer> perNode = new java.util.HashMap<>();
    List<Rsc> pending = new ArrayList<>();
    int maxTotal = rsc.fact.cloneMeta() == null ? rsc.children.size() : rsc.fact.cloneMeta().max();
    int kept = 0;
    // at most an even share of the instances stay on any one node before the rest are placed
    int availableNodes = 0;
    for (String n : rsc.allowed.keySet()) {
      if (work.available(n)) {
        availableNodes++;
      }
    }
    int optimalPerNode = availableNodes > 0 ? Math.max(1, maxTotal / availableNodes) : 1;
    // instances keep their current node when it is still allowed
    for (Rsc inst : rsc.children) {
      Set<String> activeOn = activeNodes(inst);
      String cur = activeOn.size() == 1 ? activeOn.iterator().next() : null;
      boolean keep = cur != null && !(inst.isPrimitive() && inst.failed())
          && work.availableWithScore(inst.allowed, cur)
          && work.availableWithScore(rsc.allowed, cur)
          && perNode.getOrDefault(cur, 0) < Math.min(nodeMax, optimalPerNode)
          && inst.nextRole != org.zcrm.engine.facts.Role.STOPPED
          && inst.managed
          && !betterElsewhere(inst, work, cur, perNode, nodeMax, maxTotal - kept);
      if (keep) {
        if (inst.isPrimitive()) {
          assignInstance(inst, work, cur);
        } else {
          keepGroupOn(inst, work, cur);
        }
        String at = inst.isPrimitive() ? cur : inst.variant.colocationNode(inst);
        if (at != null) {
          perNode.merge(at, 1, Integer::sum);
        }
        kept++;
      } else if (!inst.managed) {
        PrimitiveVariant.assignTo(inst, work, inst.currentNode(), true);
        assignChildren(inst, work);
      } else {
        pending.add(inst);
      }
    }
    if (pending.size() > 1) {
      sortByPriority(pending, work, rsc, promotable);
    }
    for (Rsc inst : pending) {
      if (inst.nextRole == org.zcrm.engine.facts.Role.STOPPED) {
        PrimitiveVariant.assignTo(inst, work, null, false);
        assignChildren(inst, work);
        continue;
      }
      String best = null;
      for (String n : work.sortedAllowed(inst.allowed, inst.currentNode())) {
        if (work.availableWithScore(inst.allowed, n) && perNode.getOrDefault(n, 0) < nodeMax) {
          best = n;
          break;
        }
      }
      if (best != null) {
        if (!inst.isPrimitive()) {
          banFullNodes(inst, perNode, nodeMax);
        }
        assignInstance(inst, work, best);
        String at = inst.isPrimitive() ? inst.assigned : inst.variant.colocationNode(inst);
        if (at != null) {
          perNode.merge(at, 1, Integer::sum);
        }
      } else {
        PrimitiveVariant.assignTo(inst, work, null, false);
        assignChildren(inst, work);
      }
    }
    if (promotable) {
      Promotion.setRoles(work, rsc);
    }
    rsc.unassigned = false;
    rsc.assigning = false;
    rsc.nextRole = assignedNodes(rsc).isEmpty() ? org.zcrm.engine.facts.Role.STOPPED
        : org.zcrm.engine.facts.Role.STARTED;
    return null;
  }

  /**
   * A cloned group instance's preference for each node, as its members (colocated with each
   * other) weigh it together: the sum of their scores, on nodes where all of them may run.
   */
  private static java.util.TreeMap<String, Integer> combined(Rsc inst) {
    java.util.TreeMap<String, Integer> out = new java.util.TreeMap<>(inst.allowed);
    for (Rsc p : inst.primitives()) {
      for (java.util.Map.Entry<String, Integer> e : out.entrySet()) {
        Integer s = p.allowed.get(e.getKey());
        e.setValue(s == null ? -Scores.INFINITY : Scores.add(e.getValue(), s));
      }
    }
    return out;
  }

  /**
   * Assigns a cloned group instance that stays where it runs: its members see only that node
   * while they are placed (as Pacemaker's early assignment bans the nodes it reserved for other
   * instances), then get their scores back.
   */
  private void keepGroupOn(Rsc inst, Work work, String cur) {
    java.util.Map<Rsc, java.util.TreeMap<String, Integer>> saved = new java.util.HashMap<>();
    List<Rsc> all = new ArrayList<>(inst.primitives());
    all.add(inst);
    for (Rsc r : all) {
      saved.put(r, Work.copy(r.allowed));
      for (java.util.Map.Entry<String, Integer> e : r.allowed.entrySet()) {
        if (!e.getKey().equals(cur)) {
          e.setValue(-Scores.INFINITY);
        }
      }
    }
    assignInstance(inst, work, cur);
    for (Rsc r : all) {
      r.allowed = saved.get(r);
    }
  }

  /** The nodes an instance (any of its members, for a cloned group) is active on. */
  private static Set<String> activeNodes(Rsc inst) {
    if (inst.isPrimitive()) {
      return new TreeSet<>(inst.current);
    }
    Set<String> out = new TreeSet<>();
    for (Rsc p : inst.primitives()) {
      out.addAll(p.current);
    }
    return out;
  }

  /**
   * A collective instance (a cloned group) places its members itself: the nodes that already have
   * their share of instances are banned for it and its members first.
   */
  private static void banFullNodes(Rsc inst, java.util.Map<String, Integer> perNode, int nodeMax) {
    for (java.util.Map.Entry<String, Integer> e : perNode.entrySet()) {
      if (e.getValue() >= nodeMax) {
        inst.allowed.put(e.getKey(), -Scores.INFINITY);
        for (Rsc c : inst.children) {
          if (c.allowed.containsKey(e.getKey())) {
            c.allowed.put(e.getKey(), -Scores.INFINITY);
          }
        }
      }
    }
  }

  /**
   * Pacemaker assigns instances in its instance order: the one active on fewer nodes, then the
   * higher priority (for a promotable clone, an instance's best promotion score where it may be
   * promoted), then an active one before an inactive one; otherwise configuration order.
   */
  private static void sortByPriority(List<Rsc> instances, Work work, Rsc clone,
      boolean promotable) {
    java.util.Map<Rsc, Integer> prio = new java.util.HashMap<>();
    java.util.Map<Rsc, Integer> active = new java.util.HashMap<>();
    for (Rsc inst : instances) {
      int p = inst.fact.priority();
      if (promotable) {
        p = Math.max(p, Promotion.bestPromotionScore(work, clone, inst));
      }
      prio.put(inst, p);
      Set<String> nodes = new TreeSet<>();
      for (Rsc prim : inst.primitives()) {
        nodes.addAll(prim.current);
      }
      active.put(inst, nodes.size());
    }
    instances.sort((a, b) -> {
      int na = active.get(a);
      int nb = active.get(b);
      if (na > 0 && nb > 0 && na != nb) {
        return na < nb ? -1 : 1;
      }
      int pa = prio.get(a);
      int pb = prio.get(b);
      if (pa != pb) {
        return pa > pb ? -1 : 1;
      }
      if ((na == 0) != (nb == 0)) {
        return na == 0 ? 1 : -1;
      }
      return 0;
    });
  }

  /**
   * Whether a primitive instance should rather not stay on its current node: as Pacemaker tries
   * an early assignment, each time a better node with room wins, one instance is set aside for
   * that node and the instance tries again, until its current node wins or the instances still
   * to place ({@code available}) are all set aside.
   */
  private static boolean betterElsewhere(Rsc inst, Work work, String cur,
      java.util.Map<String, Integer> perNode, int nodeMax, int available) {
    java.util.TreeMap<String, Integer> table = inst.isPrimitive() ? inst.allowed : combined(inst);
    int here = table.getOrDefault(cur, -Scores.INFINITY);
    java.util.Map<String, Integer> reserved = new java.util.HashMap<>(perNode);
    for (int set = 0; set < available; set++) {
      String best = null;
      for (String n : work.sortedAllowed(table, cur)) {
        if (work.availableWithScore(table, n) && reserved.getOrDefault(n, 0) < nodeMax) {
          best = n;
          break;
        }
      }
      if (best == null || best.equals(cur) || table.get(best) <= here) {
        return false;
      }
      reserved.merge(best, 1, Integer::sum);
    }
    return true;
  }

  private void mergeParentScores(Rsc clone, Rsc inst) {
    for (var e : clone.allowed.entrySet()) {
      inst.allowed.merge(e.getKey(), e.getValue(), Scores::add);
    }
    for (Rsc c : inst.children) {
      mergeParentScores(clone, c);
    }
  }

  private void assignInstance(Rsc inst, Work work, String node) {
    if (inst.isPrimitive()) {
      PrimitiveVariant.assignTo(inst, work, node, false);
    } else {
      for (Rsc m : inst.children) {
        m.allowed.merge(node, 0, Scores::add);
      }
      inst.variant.assign(inst, work, node);
    }
  }

  private void assignChildren(Rsc inst, Work work) {
    for (Rsc c : inst.children) {
      PrimitiveVariant.assignTo(c, work, c.managed ? null : c.currentNode(), !c.managed);
    }
    inst.unassigned = false;
  }

  /** Nodes with an assigned instance. */
  public Set<String> assignedNodes(Rsc rsc) {
    Set<String> out = new TreeSet<>();
    for (Rsc inst : rsc.children) {
      String n = inst.variant.colocationNode(inst);
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }

  @Override
  public void createActions(Rsc rsc, Work work, ActionGraph graph) {
    for (Rsc inst : rsc.children) {
      inst.variant.createActions(inst, work, graph);
    }
    graph.pseudoAction(rsc, "start");
    graph.pseudoAction(rsc, "running");
    graph.pseudoAction(rsc, "stop");
    graph.pseudoAction(rsc, "stopped");
    if (rsc.fact.cloneMeta() != null && rsc.fact.cloneMeta().promotable()) {
      graph.pseudoAction(rsc, "promote");
      graph.pseudoAction(rsc, "promoted");
      graph.pseudoAction(rsc, "demote");
      graph.pseudoAction(rsc, "demoted");
    }
  }

  @Override
  public void internalOrderings(Rsc rsc, Work work, ActionGraph graph) {
    String why = "implicit: clone " + rsc.id;
    graph.order(rsc, "stop", rsc, "stopped", OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, why, rsc.id);
    graph.order(rsc, "stopped", rsc, "start", OrderingEdge.ORDERED, why, rsc.id);
    graph.order(rsc, "start", rsc, "running", OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, why, rsc.id);
    for (Rsc inst : rsc.children) {
      inst.variant.internalOrderings(inst, work, graph);
      graph.order(rsc, "stop", inst, "stop", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(inst, "stop", rsc, "stopped", OrderingEdge.ORDERED | OrderingEdge.IMPLIES_THEN, why, rsc.id);
      graph.order(rsc, "start", inst, "start", OrderingEdge.ORDERED, why, rsc.id);
      // a collective instance counts as running only once all of it is (its own "running")
      graph.order(inst, inst.isPrimitive() ? "start" : "running", rsc, "running",
          OrderingEdge.ORDERED | OrderingEdge.IMPLIES_THEN, why, rsc.id);
      graph.order(rsc, "promote", inst, "promote", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(inst, "promote", rsc, "promoted", OrderingEdge.ORDERED | OrderingEdge.IMPLIES_THEN, why, rsc.id);
      graph.order(rsc, "demote", inst, "demote", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(inst, "demote", rsc, "demoted", OrderingEdge.ORDERED | OrderingEdge.IMPLIES_THEN, why, rsc.id);
      if (rsc.fact.cloneMeta() != null && rsc.fact.cloneMeta().promotable()) {
        // straight to the instances too: the clone's promote and start pseudo actions may be left
        // out of the graph, and these orderings with them
        graph.order(rsc, "demoted", inst, "promote", OrderingEdge.ORDERED, why, rsc.id);
        graph.order(rsc, "stopped", inst, "promote", OrderingEdge.ORDERED, why, rsc.id);
        graph.order(rsc, "demoted", inst, "start", OrderingEdge.ORDERED, why, rsc.id);
      }
    }
    graph.order(rsc, "running", rsc, "promote", OrderingEdge.ORDERED, why, rsc.id);
    graph.order(rsc, "demoted", rsc, "stop", OrderingEdge.ORDERED, why, rsc.id);
    if (rsc.fact.cloneMeta() != null && rsc.fact.cloneMeta().promotable()) {
      // as Pacemaker's promotable restart ordering: nothing is promoted (or started) before every
      // demotion, implied ones on a fenced node included, is done, nor promoted before every stop
      graph.order(rsc, "demoted", rsc, "promote", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(rsc, "demoted", rsc, "start", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(rsc, "stopped", rsc, "promote", OrderingEdge.ORDERED, why, rsc.id);
    }
  }

  @Override
  public String colocationNode(Rsc rsc) {
    return null;
  }
}
