package org.zcrm.engine.assign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;

/**
 * Chooses which instances of a promotable clone are promoted: promotion scores (the
 * {@code master-RSC} node attributes set by agents), promoted-role location scores, then
 * promoted-max and promoted-node-max, the way Pacemaker's pcmk_sched_promotable.c does.
 */
final class Promotion {
  private Promotion() {}

  /** Before instances are placed: a node's promotion score attracts instances. */
  static void addPromotionScores(Work work, Rsc clone) {
    for (Rsc inst : clone.children) {
      if (!inst.isPrimitive()) {
        continue;
      }
      for (Map.Entry<String, Integer> e : inst.allowed.entrySet()) {
        if (!work.available(e.getKey())) {
          continue;
        }
        Integer score = promotionScore(work, clone, inst, e.getKey());
        if (score != null && score > 0) {
          e.setValue(Scores.add(e.getValue(), score));
          work.explain.add(inst.id, e.getKey(), score, "promotion: promotion score",
              "master-" + base(inst.id), null);
        }
      }
    }
  }

  /**
   * An instance's highest promotion score on a node that can run resources (0 when none), what
   * Pacemaker takes as the instance's priority when it orders instances for assignment.
   */
  static int bestPromotionScore(Work work, Rsc clone, Rsc inst) {
    int best = 0;
    for (String node : inst.allowed.keySet()) {
      if (!work.available(node)) {
        continue;
      }
      int sum = 0;
      for (Rsc p : inst.primitives()) {
        Integer ps = promotionScore(work, clone, p, node);
        if (ps != null) {
          sum = Scores.add(sum, ps);
        }
      }
      best = Math.max(best, sum);
    }
    return best;
  }

  static String base(String id) {
    int c = id.lastIndexOf(':');
    return c < 0 ? id : id.substring(0, c);
  }

  /** The instance's promotion score on a node, or null when none is set (or it does not apply). */
  private static Integer promotionScore(Work work, Rsc clone, Rsc inst, String node) {
    if (!applies(work, clone, inst, node)) {
      return 0;
    }
    Map<String, String> attrs = work.nodeAttrs.get(node);
    if (attrs == null) {
      return null;
    }
    // named as the instance is known in its history (the agent that set it ran under that name)
    String v = attrs.get("master-" + work.historyIds.getOrDefault(inst.id, inst.id));
    if (v == null && !unique(clone)) {
      v = attrs.get("master-" + base(inst.id));
    }
    return v == null ? null : Scores.parse(v, 0);
  }

  private static boolean unique(Rsc clone) {
    return clone.fact.cloneMeta() != null && clone.fact.cloneMeta().globallyUnique();
  }

  private static boolean applies(Work work, Rsc clone, Rsc inst, String node) {
    boolean unique = unique(clone);
    boolean ok = false;
    if (!unique) {
      Rsc activeHere = null;
      boolean knownHere = false;
      for (Rsc other : clone.children) {
        if (other.current.contains(node)) {
          activeHere = other;
        }
        Set<String> p = work.probed.get(other.id);
        if (p != null && p.contains(node)) {
          knownHere = true;
        }
      }
      if (activeHere == inst || (activeHere == null && knownHere)) {
        ok = true;
      }
    }
    if (!ok) {
      Set<String> p = work.probed.get(inst.id);
      if (inst.current.isEmpty() && (p == null || p.isEmpty())) {
        ok = true;
      } else if ((p != null && p.contains(node)) || inst.current.contains(node)) {
        ok = true;
      }
    }
    Integer s = inst.allowed.get(node);
    return ok && s != null && s >= 0;
  }

  /**
   * Pacemaker's general instance order, as the last tie-breaker between instances of equal
   * promotion priority: the one active on fewer nodes, then the higher priority of its own (its
   * promotion score and promoted-role locations where it is placed, before the clone's per-node
   * sums), then an active one before an inactive one; otherwise configuration order (stable).
   */
  private static int compareInstances(Rsc a, Rsc b, Map<Rsc, Integer> own) {
    int na = activeNodes(a);
    int nb = activeNodes(b);
    if (na > 0 && nb > 0 && na != nb) {
      return na < nb ? -1 : 1;
    }
    int pa = own.getOrDefault(a, 0);
    int pb = own.getOrDefault(b, 0);
    if (pa != pb) {
      return pa > pb ? -1 : 1;
    }
    if ((na == 0) != (nb == 0)) {
      return na == 0 ? 1 : -1;
    }
    return 0;
  }

  private static int activeNodes(Rsc inst) {
    java.util.Set<String> nodes = new java.util.TreeSet<>();
    for (Rsc p : inst.primitives()) {
      nodes.addAll(p.current);
    }
    return nodes.size();
  }

  /**
   * What the clone's colocations limited to the promoted or unpromoted role add to an instance's
   * promotion priority where it is placed (Pacemaker's colocation-to-priority step): a matching
   * primary's node adds the score (subtracts it for the unpromoted role); a mandatory promoted-role
   * colocation away from its primary subtracts it.
   */
  private static int roleColocations(Work work, Rsc clone, Rsc inst, String chosen) {
    int delta = 0;
    for (org.zcrm.engine.conclusions.ColocationEdge c : clone.thisWith) {
      Role depRole = c.dependentRole();
      if (depRole != Role.PROMOTED && depRole != Role.UNPROMOTED) {
        continue;
      }
      Rsc primary = work.rsc(c.primary());
      if (primary == null) {
        continue;
      }
      if (primary.variant instanceof CloneVariant) {
        if (primary.promotable() && depRole == Role.PROMOTED
            && (c.primaryRole() == Role.PROMOTED || c.primaryRole() == Role.UNPROMOTED)) {
          int d = withPromotableInstance(work, primary, c, chosen);
          delta = Scores.add(delta, d);
          if (d != 0) {
            work.explain.add(inst.id, chosen, d, c.rule(), c.id(),
                "promotion priority: with " + c.primaryRole() + " " + primary.id);
          }
        }
        continue;
      }
      String primaryNode = primary.variant.colocationNode(primary);
      Role primaryRole = c.primaryRole() == Role.STARTED ? null : c.primaryRole();
      if (primaryNode != null && primaryRole != null
          && primaryRole != (primary.nextRole == null ? Role.STARTED : primary.nextRole)) {
        continue;
      }
      String dv = work.nodeAttr(chosen, c.nodeAttribute());
      String pv = primaryNode == null ? null : work.nodeAttr(primaryNode, c.nodeAttribute());
      int multiplier = 1;
      if (dv == null || !dv.equalsIgnoreCase(pv)) {
        if (c.score() >= Scores.INFINITY && depRole == Role.PROMOTED) {
          multiplier = -1;
        } else {
          continue;
        }
      } else if (depRole == Role.UNPROMOTED) {
        multiplier = -1;
      }
      int d = multiplier * c.score();
      delta = Scores.add(delta, d);
      work.explain.add(inst.id, chosen, d, c.rule(), c.id(), "promotion priority: with " + primary.id);
    }
    return delta;
  }

  /**
   * Resources colocated with the clone's promoted role pull the promotion toward the nodes they
   * prefer: their (attenuated) node preferences are added to the clone's per-node sums, as
   * Pacemaker does before it settles promotion priorities.
   */
  private static TreeMap<String, Integer> withPromotedDependents(Work work, Rsc clone,
      TreeMap<String, Integer> cloneScores) {
    boolean cloneActive = false;
    for (Rsc p : clone.primitives()) {
      cloneActive |= !p.current.isEmpty();
    }
    for (org.zcrm.engine.conclusions.ColocationEdge c : clone.withThis) {
      if (c.primaryRole() != Role.PROMOTED || !(c.influence() || !cloneActive)) {
        continue;
      }
      Rsc dependent = work.rsc(c.dependent());
      if (dependent == null) {
        continue;
      }
      TreeMap<String, Integer> r = Colocations.addColocatedNodeScores(work, dependent, cloneScores,
          c, c.score() / (float) Scores.INFINITY, true);
      if (r != null) {
        cloneScores = r;
      }
    }
    return cloneScores;
  }

  /**
   * A promoted-role colocation with a role of another promotable clone: the score where an
   * instance of the primary with that role will be on a node with the same attribute value; for a
   * mandatory one, -INFINITY anywhere else.
   */
  private static int withPromotableInstance(Work work, Rsc primary,
      org.zcrm.engine.conclusions.ColocationEdge c, String chosen) {
    String want = work.nodeAttr(chosen, c.nodeAttribute());
    for (Rsc pi : primary.children) {
      String n = pi.variant instanceof CloneVariant ? null : pi.variant.colocationNode(pi);
      if (n != null && pi.nextRole == c.primaryRole() && want != null
          && want.equalsIgnoreCase(work.nodeAttr(n, c.nodeAttribute()))) {
        return c.score();
      }
    }
    return c.score() >= Scores.INFINITY ? -Scores.INFINITY : 0;
  }

  /** After instances are placed: decide Promoted or Unpromoted for each. */
  static void setRoles(Work work, Rsc clone) {
    ResourceFact.CloneMeta cm = clone.fact.cloneMeta();
    TreeMap<String, Integer> cloneScores = Work.copy(clone.allowed);
    List<Rsc> instances = new ArrayList<>();
    Map<Rsc, Integer> own = new HashMap<>();
    for (Rsc inst : clone.children) {
      instances.add(inst);
      String chosen = inst.variant.colocationNode(inst);
      if (chosen == null) {
        inst.promotionPriority = -Scores.INFINITY;
        continue;
      }
      Integer score = null;
      for (Rsc p : inst.primitives()) {
        Integer ps = promotionScore(work, clone, p, chosen);
        if (ps != null) {
          score = score == null ? ps : Scores.add(score, ps);
        }
      }
      int prio = score == null ? -1 : score;
      for (String id : List.of(inst.id, clone.id)) {
        Map<String, Integer> loc = work.promotionScores.get(id);
        if (loc != null && loc.containsKey(chosen)) {
          prio = Scores.add(prio, loc.get(chosen));
        }
      }
      prio = Scores.add(prio, roleColocations(work, clone, inst, chosen));
      inst.promotionPriority = prio;
      own.put(inst, prio);
    }
    for (Rsc inst : instances) {
      String n = inst.variant.colocationNode(inst);
      if (n != null && inst.promotionPriority >= 0) {
        cloneScores.merge(n, inst.promotionPriority, Scores::add);
      }
    }
    cloneScores = withPromotedDependents(work, clone, cloneScores);
    for (Rsc inst : instances) {
      String n = inst.variant.colocationNode(inst);
      if (n != null && inst.promotionPriority >= 0) {
        inst.promotionPriority = cloneScores.getOrDefault(n, 0);
      }
    }
    List<Rsc> order = new ArrayList<>(instances);
    order.sort((a, b) -> {
      if (a.promotionPriority != b.promotionPriority) {
        return a.promotionPriority > b.promotionPriority ? -1 : 1;
      }
      int byRole = b.origRole.compareTo(a.origRole);
      if (byRole != 0) {
        return byRole;
      }
      return compareInstances(a, b, own);
    });
    int promoted = 0;
    Map<String, Integer> perNode = new HashMap<>();
    for (Rsc inst : order) {
      String n = inst.variant.colocationNode(inst);
      if (n == null) {
        continue;
      }
      boolean canPromote = true;
      for (Rsc p : inst.primitives()) {
        if (p.assigned == null || p.nextRole == Role.STOPPED || p.demoteOnly
            || (!p.managed && p.origRole != Role.PROMOTED)) {
          canPromote = false;
        }
      }
      boolean promote = canPromote && inst.promotionPriority >= 0 && promoted < cm.promotedMax()
          && work.available(n) && perNode.getOrDefault(n, 0) < cm.promotedNodeMax();
      if (promote) {
        promoted++;
        perNode.merge(n, 1, Integer::sum);
      }
      Role role = promote ? Role.PROMOTED : Role.UNPROMOTED;
      inst.nextRole = role;
      for (Rsc p : inst.primitives()) {
        if (p.assigned != null) {
          p.nextRole = role;
        }
      }
      work.explain.add(inst.id, n, inst.promotionPriority, "promotion: choose instances",
          clone.id, promote ? "promoted" : "unpromoted");
    }
  }
}
