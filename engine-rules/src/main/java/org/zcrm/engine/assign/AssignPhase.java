package org.zcrm.engine.assign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.zcrm.engine.conclusions.ColocationEdge;
import org.zcrm.engine.conclusions.DefinitionChange;
import org.zcrm.engine.conclusions.RecoveryDecision;
import org.zcrm.engine.conclusions.ResourceFlag;
import org.zcrm.engine.conclusions.ScoreContribution;
import org.zcrm.engine.facts.ActiveFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;

/**
 * Builds the working resources from facts and conclusions, then assigns them to nodes in
 * Pacemaker's order.
 */
public final class AssignPhase {
  private static final Variant PRIMITIVE = new PrimitiveVariant();
  private static final Variant GROUP = new GroupVariant();
  private static final Variant CLONE = new CloneVariant();

  private AssignPhase() {}

  /** Creates the working resources in configuration order. */
  public static void build(Work work, List<ResourceFact> resources, List<ActiveFact> active,
      boolean symmetric) {
    // every node at 0 on a symmetric cluster; copying a sorted map into an empty one is linear
    TreeMap<String, Integer> everywhere = new TreeMap<>();
    for (String n : work.nodes) {
      everywhere.put(n, 0);
    }
    for (ResourceFact f : resources) {
      Variant v = switch (f.kind()) {
        case PRIMITIVE -> PRIMITIVE;
        case GROUP -> GROUP;
        case CLONE -> CLONE;
      };
      Rsc r = new Rsc(f, v);
      if (symmetric) {
        r.allowed.putAll(everywhere);
      }
      work.rscs.put(f.id(), r);
    }
    for (Rsc r : work.rscs.values()) {
      if (r.fact.parent() != null) {
        r.parent = work.rsc(r.fact.parent());
      }
      for (String c : r.fact.children()) {
        Rsc child = work.rsc(c);
        if (child != null) {
          r.children.add(child);
        }
      }
    }
    for (ActiveFact a : active) {
      Rsc r = work.rsc(a.rsc());
      if (r == null) {
        continue;
      }
      if (!r.current.contains(a.node())) {
        r.current.add(a.node());
      }
      if (a.role().compareTo(r.origRole) > 0) {
        r.origRole = a.role();
      }
    }
    for (Rsc r : work.rscs.values()) {
      Collections.sort(r.current);
      if (r.isPrimitive() && r.origRole == Role.STARTED && r.promotable()) {
        r.origRole = Role.UNPROMOTED;
      }
    }
  }

  /** Applies what definition changes lead to: restarts, reloads, recurring operations sent again. */
  public static void applyDefinitionChanges(Work work, List<DefinitionChange> changes) {
    for (DefinitionChange d : changes) {
      Rsc r = work.rsc(d.rsc());
      if (r == null || !r.isPrimitive()) {
        continue;
      }
      switch (d.change()) {
        case RESTART -> {
          r.definitionRestart = true;
          if (d.reason() != null) {
            r.definitionReason = d.reason();
          }
        }
        case RELOAD -> {
          if (!r.reloadOn.contains(d.node())) {
            r.reloadOn.add(d.node());
          }
        }
        case RESCHEDULE -> r.rescheduled.add(Rsc.operationKey(d.node(), d.task(), d.intervalMs()));
      }
      work.explain.add(r.id, d.node(), 0, d.rule(), d.task() + "_" + d.intervalMs(),
          "definition change: " + d.change().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** Applies score contributions, flags and recovery decisions. */
  public static void applyConclusions(Work work, List<ScoreContribution> scores,
      List<ResourceFlag> flags, List<RecoveryDecision> recoveries, List<ColocationEdge> colocations) {
    for (ScoreContribution s : scores) {
      Rsc r = work.rsc(s.rsc());
      if (r == null) {
        continue;
      }
      applyLocation(work, r, s);
    }
    for (ResourceFlag f : flags) {
      Rsc r = work.rsc(f.rsc());
      if (r == null) {
        continue;
      }
      // children inherit meta attributes at unpack (their own value wins), so a flag on a
      // collective resource is not pushed down here
      for (Rsc p : List.of(r)) {
        switch (f.flag()) {
          case STOP -> {
            p.nextRole = Role.STOPPED;
            p.forceStop = true;
          }
          case UNMANAGED -> p.managed = false;
          case BLOCKED -> {
            p.managed = false;
            p.blocked = true;
          }
          case START_BLOCKED -> p.startBlocked = f.reason();
          case NOT_PROMOTED -> p.demoteOnly = true;
        }
        work.explain.add(p.id, null, 0, f.rule(), f.reason(), f.flag().name().toLowerCase());
      }
    }
    for (RecoveryDecision d : recoveries) {
      Rsc r = work.rsc(d.rsc());
      if (r == null) {
        continue;
      }
      switch (d.recovery()) {
        case RESTART, FENCE, STANDBY, BAN, STOP -> {
          if (r.current.contains(d.node()) && !r.failedOn.contains(d.node())) {
            r.failedOn.add(d.node());
          }
        }
        case DEMOTE -> r.demoteOnly = true;
        default -> { }
      }
      work.explain.add(r.id, d.node(), 0, d.rule(), d.reason(), "recovery " + d.recovery());
    }
    for (ColocationEdge c : colocations) {
      Rsc dep = work.rsc(c.dependent());
      Rsc prim = work.rsc(c.primary());
      if (dep == null || prim == null || dep == prim) {
        continue;
      }
      Rsc d = dep.isPrimitive() || dep.children.isEmpty() || dep.variant instanceof CloneVariant
          ? dep : dep.children.get(0);
      d.thisWith.add(c);
      Rsc p = prim.isPrimitive() || prim.children.isEmpty() || prim.variant instanceof CloneVariant
          ? prim : prim.children.get(0);
      p.withThis.add(new ColocationEdge(c.id(), d.id, p.id, c.score(), c.dependentRole(),
          c.primaryRole(), c.nodeAttribute(), c.influence(), c.rule()));
    }
  }

  private static void applyLocation(Work work, Rsc r, ScoreContribution s) {
    String why = s.rule();
    work.explain.add(r.id, s.node(), s.score(), why, s.constraint(), null);
    work.addScore(r, s.node(), s.score());
    if (r.fact.kind() == ResourceFact.Kind.GROUP) {
      boolean first = true;
      for (Rsc m : r.children) {
        work.addScore(m, s.node(), first ? s.score() : 0);
        first = false;
      }
    }
  }

  /**
   * With a placement strategy other than "default", Pacemaker assigns resources (after priority)
   * by how strongly they hold their current node, then by their scores node by node: a resource
   * that would lose more is placed first, so that capacity goes where it matters.
   */
  private static void sortForPlacementStrategy(Work work, List<Rsc> tops) {
    java.util.Map<String, Integer> zero = new TreeMap<>();
    for (String n : work.nodes) {
      zero.put(n, 0);
    }
    List<String> nodeOrder = work.sortedAllowed(zero, null);
    java.util.Map<Rsc, java.util.Map<String, Integer>> tables = new java.util.HashMap<>();
    for (Rsc r : tops) {
      tables.put(r, ownScores(r));
    }
    tops.sort((a, b) -> {
      if (a.fact.priority() != b.fact.priority()) {
        return Integer.compare(b.fact.priority(), a.fact.priority());
      }
      int ca = scoreOn(tables.get(a), currentNode(a));
      int cb = scoreOn(tables.get(b), currentNode(b));
      if (ca != cb) {
        return ca > cb ? -1 : 1;
      }
      for (String n : nodeOrder) {
        int sa = scoreOn(tables.get(a), n);
        int sb = scoreOn(tables.get(b), n);
        if (sa != sb) {
          return sa > sb ? -1 : 1;
        }
      }
      return 0;
    });
  }

  /** A resource's scores: a primitive's own; a group's members' together (they stay together). */
  private static java.util.Map<String, Integer> ownScores(Rsc r) {
    if (r.isPrimitive() || r.variant instanceof CloneVariant || r.children.isEmpty()) {
      return r.allowed;
    }
    TreeMap<String, Integer> out = new TreeMap<>(r.children.get(0).allowed);
    for (int i = 1; i < r.children.size(); i++) {
      java.util.Map<String, Integer> m = r.children.get(i).allowed;
      for (java.util.Map.Entry<String, Integer> e : out.entrySet()) {
        Integer s = m.get(e.getKey());
        e.setValue(s == null ? -org.zcrm.engine.Scores.INFINITY
            : org.zcrm.engine.Scores.add(e.getValue(), s));
      }
    }
    return out;
  }

  private static String currentNode(Rsc r) {
    for (Rsc p : r.primitives()) {
      if (!p.current.isEmpty()) {
        return p.current.get(0);
      }
    }
    return null;
  }

  private static int scoreOn(java.util.Map<String, Integer> table, String node) {
    Integer s = node == null ? null : table.get(node);
    return s == null ? -org.zcrm.engine.Scores.INFINITY : s;
  }

  /**
   * Assigns every top-level resource: higher priority first, otherwise in configuration order
   * (measured against Pacemaker's corpus and crm_simulate, this is the order that matches).
   */
  public static void assignAll(Work work) {
    List<Rsc> tops = new ArrayList<>();
    for (Rsc r : work.rscs.values()) {
      if (r.parent == null) {
        tops.add(r);
      }
    }
    tops.sort((a, b) -> Integer.compare(b.fact.priority(), a.fact.priority()));
    if (!work.placementStrategy.equals("default")) {
      sortForPlacementStrategy(work, tops);
    }
    if (!work.remoteNodes.isEmpty()) {
      // remote connections first (and what they are colocated with): they decide which remote
      // nodes can run resources
      for (Rsc r : tops) {
        if (RemoteConnections.isConnection(work, r.id)) {
          r.variant.assign(r, work, null);
        }
      }
      RemoteConnections.applyAssignedConnections(work);
    }
    for (Rsc r : tops) {
      r.variant.assign(r, work, null);
    }
  }
}
