package org.zcrm.engine.assign;

import java.util.Map;
import java.util.TreeMap;
import org.zcrm.engine.Scores;
import org.zcrm.engine.conclusions.ColocationEdge;
import org.zcrm.engine.facts.Role;

/**
 * Applies colocation conclusions to node scores the way Pacemaker does: a dependent follows its
 * primary's node; a primary is attracted (attenuated) by its dependents' preferences.
 */
final class Colocations {
  private static final int INFINITY_HACK = Scores.INFINITY * -100;

  private Colocations() {}

  static boolean mandatory(ColocationEdge c) {
    return c.score() <= -Scores.INFINITY || c.score() >= Scores.INFINITY;
  }

  /** Whether the colocation applies given the roles the resources will have. */
  static boolean affects(ColocationEdge c, Rsc dependent, Rsc primary) {
    if (c.dependentRole() != null && c.dependentRole() != Role.STARTED
        && c.dependentRole() != roleOf(dependent)) {
      return false;
    }
    if (c.primaryRole() != null && c.primaryRole() != Role.STARTED
        && c.primaryRole() != roleOf(primary)) {
      return false;
    }
    return true;
  }

  private static Role roleOf(Rsc r) {
    return r.nextRole == null ? Role.STARTED : r.nextRole;
  }

  /** "This with primary": assign the primary first, then follow it. */
  static void applyThisWith(Work work, ColocationEdge c, Rsc rsc) {
    Rsc primary = work.rsc(c.primary());
    if (primary == null) {
      return;
    }
    TreeMap<String, Integer> archive = null;
    if (c.score() < 0 && c.score() > -Scores.INFINITY) {
      archive = Work.copy(rsc.allowed);
    }
    if (primary.unassigned) {
      primary.variant.assign(primary, work, null);
    }
    if (primary.unassigned) {
      return; // a loop: the primary is still being assigned
    }
    if (withPromotableRole(c, rsc, primary)) {
      applyWithPromotable(work, rsc, primary, c);
    } else if (affects(c, rsc, primary)) {
      applyToScores(work, rsc, primary, c);
    } else {
      return;
    }
    if (archive != null && !work.anyAvailable(rsc.allowed)) {
      rsc.allowed = archive;
    }
  }

  /**
   * A colocation with one role (promoted or unpromoted) of a promotable clone, applied while the
   * dependent (not itself a clone) is being placed: the instances that will have that role decide.
   */
  private static boolean withPromotableRole(ColocationEdge c, Rsc dependent, Rsc primary) {
    Role role = c.primaryRole();
    return primary.variant instanceof CloneVariant && primary.promotable()
        && !(dependent.variant instanceof CloneVariant)
        && (role == Role.PROMOTED || role == Role.UNPROMOTED);
  }

  /**
   * Pacemaker's colocation with a promotable clone's role: an optional one adds its score where
   * an instance will have the role (by node attribute); a mandatory one bans every other node and
   * adds the instance's own score on its node (not for promoted with promoted, where the
   * dependent must still be able to start unpromoted).
   */
  private static void applyWithPromotable(Work work, Rsc dependent, Rsc primary, ColocationEdge c) {
    String attr = c.nodeAttribute();
    boolean mandatory = c.score() >= Scores.INFINITY;
    Map<String, Integer> affected = new TreeMap<>();
    TreeMap<String, Integer> table = Work.copy(dependent.allowed);
    for (Rsc inst : primary.children) {
      String n = inst.variant instanceof CloneVariant ? null : inst.variant.colocationNode(inst);
      if (n == null || inst.nextRole != c.primaryRole()) {
        continue;
      }
      if (!mandatory) {
        String v = work.nodeAttr(n, attr);
        for (Map.Entry<String, Integer> e : table.entrySet()) {
          String dv = work.nodeAttr(e.getKey(), attr);
          if (v != null && v.equalsIgnoreCase(dv)) {
            e.setValue(Scores.add(e.getValue(), c.score()));
            work.explain.add(dependent.id, e.getKey(), c.score(), c.rule(), c.id(),
                "with " + inst.id + " " + c.primaryRole());
          }
        }
      }
      affected.put(n, inst.allowed.getOrDefault(n, 0));
    }
    if (mandatory && !(c.dependentRole() == Role.PROMOTED && c.primaryRole() == Role.PROMOTED)) {
      for (Map.Entry<String, Integer> e : table.entrySet()) {
        Integer there = affected.get(e.getKey());
        if (there == null) {
          e.setValue(-Scores.INFINITY);
          work.explain.add(dependent.id, e.getKey(), -Scores.INFINITY, c.rule(), c.id(),
              "no " + c.primaryRole() + " instance of " + primary.id);
        } else {
          e.setValue(Scores.add(e.getValue(), there));
        }
      }
    }
    dependent.allowed = table;
  }

  private static void applyToScores(Work work, Rsc dependent, Rsc primary, ColocationEdge c) {
    String attr = c.nodeAttribute();
    java.util.Set<String> primaryNodes = primary.variant instanceof CloneVariant cv
        ? cv.assignedNodes(primary) : singleton(primary.variant.colocationNode(primary));
    if (primaryNodes.isEmpty() && c.score() < 0) {
      return;
    }
    java.util.Set<String> values = new java.util.TreeSet<>();
    for (String n : primaryNodes) {
      String v = work.nodeAttr(n, attr);
      if (v != null) {
        values.add(v.toLowerCase(java.util.Locale.ROOT));
      }
    }
    TreeMap<String, Integer> table = Work.copy(dependent.allowed);
    String notActive = "primary " + primary.id + " is not active";
    String with = "with " + primary.id;
    String mustBeWith = "must be with " + primary.id;
    for (Map.Entry<String, Integer> e : table.entrySet()) {
      String node = e.getKey();
      if (primaryNodes.isEmpty()) {
        e.setValue(Scores.add(-c.score(), e.getValue()));
        work.explain.add(dependent.id, node, -c.score(), c.rule(), c.id(), notActive);
        continue;
      }
      String v = work.nodeAttr(node, attr);
      if (v != null && values.contains(v.toLowerCase(java.util.Locale.ROOT))) {
        if (c.score() < Scores.INFINITY) {
          e.setValue(Scores.add(c.score(), e.getValue()));
          work.explain.add(dependent.id, node, c.score(), c.rule(), c.id(), with);
        }
      } else if (c.score() >= Scores.INFINITY) {
        e.setValue(-Scores.INFINITY);
        work.explain.add(dependent.id, node, -Scores.INFINITY, c.rule(), c.id(), mustBeWith);
      }
    }
    if (mandatory(c) || work.anyAvailable(table)) {
      dependent.allowed = table;
    }
  }

  private static java.util.Set<String> singleton(String n) {
    java.util.Set<String> s = new java.util.TreeSet<>();
    if (n != null) {
      s.add(n);
    }
    return s;
  }

  /** "Dependent with this": fold the dependent's (attenuated) preferences into this table. */
  static void addDependentScores(Work work, ColocationEdge c, Rsc primary) {
    Rsc dependent = work.rsc(c.dependent());
    if (dependent == null || !c.influence()) {
      return;
    }
    float factor = c.score() / (float) Scores.INFINITY;
    boolean onlyPositive = primary.variant instanceof CloneVariant;
    TreeMap<String, Integer> result =
        addColocatedNodeScores(work, dependent, primary.allowed, c, factor, onlyPositive);
    if (result != null) {
      primary.allowed = result;
    }
  }

  /** Returns the new table, or null to keep the old one (rolled back or loop). */
  static TreeMap<String, Integer> addColocatedNodeScores(Work work, Rsc source,
      TreeMap<String, Integer> nodes, ColocationEdge c, float factor, boolean onlyPositive) {
    if (source.updatingNodes) {
      return null;
    }
    source.updatingNodes = true;
    try {
      TreeMap<String, Integer> table = Work.copy(nodes);
      addMatching(work, table, source, c, factor, onlyPositive);
      if (work.anyAvailable(table)) {
        for (ColocationEdge c2 : source.withThis) {
          if (!c2.influence()) {
            continue;
          }
          Rsc other = work.rsc(c2.dependent());
          if (other == null) {
            continue;
          }
          float f2 = factor * c2.score() / (float) Scores.INFINITY;
          TreeMap<String, Integer> r = addColocatedNodeScores(work, other, table, c2, f2, onlyPositive);
          if (r != null) {
            table = r;
          }
        }
      } else {
        return null;
      }
      if (onlyPositive) {
        for (Map.Entry<String, Integer> e : table.entrySet()) {
          if (e.getValue() == INFINITY_HACK) {
            e.setValue(1);
          }
        }
      }
      return table;
    } finally {
      source.updatingNodes = false;
    }
  }

  private static void addMatching(Work work, TreeMap<String, Integer> table, Rsc source,
      ColocationEdge c, float factor, boolean onlyPositive) {
    String attr = c.nodeAttribute();
    Map<String, Integer> best = bestByValue(work, source, attr);
    String preference = "preference of " + source.id;
    for (Map.Entry<String, Integer> e : table.entrySet()) {
      String value = work.nodeAttr(e.getKey(), attr);
      Integer matching = value == null ? null : best.get(value);
      int score = matching == null ? -Scores.INFINITY : Math.max(-Scores.INFINITY, matching);
      if (factor < 0 && score < 0 && !avoidanceCounts(work, c, source, score)) {
        continue;
      }
      if (e.getValue() == INFINITY_HACK) {
        continue;
      }
      float df = factor * score;
      int delta = (int) (df < 0 ? df - 0.5f : df + 0.5f);
      if (delta == 0 && score != 0) {
        delta = factor > 0 ? 1 : (factor < 0 ? -1 : 0);
      }
      int now = e.getValue();
      int updated = Scores.add(delta, now);
      if (onlyPositive && updated < 0 && now > 0) {
        e.setValue(INFINITY_HACK);
        continue;
      }
      if (onlyPositive && updated < 0 && now == 0) {
        continue;
      }
      if (delta != 0) {
        work.explain.add(c.primary(), e.getKey(), delta, c.rule(), c.id(), preference);
      }
      e.setValue(updated);
    }
  }

  /**
   * Whether an anti-colocated dependent's avoidance of a node may draw its primary there: only
   * when the dependent can run on one node alone, the primary's stickiness is lower than the
   * avoidance, and the colocation has influence (Pacemaker's rule, so that a dependent reaching
   * its migration threshold does not shuffle the primary needlessly).
   */
  private static boolean avoidanceCounts(Work work, ColocationEdge c, Rsc dependent, int score) {
    Rsc primary = work.rsc(c.primary());
    if (primary == null) {
      return false;
    }
    int avoid = score <= -Scores.INFINITY ? Scores.INFINITY : -score;
    boolean primaryActive = false;
    for (Rsc p : primary.primitives()) {
      primaryActive |= !p.current.isEmpty();
    }
    if (primary.fact.stickiness() >= avoid || !(c.influence() || !primaryActive)) {
      return false;
    }
    int allowed = 0;
    for (Map.Entry<String, Integer> e : dependent.allowed.entrySet()) {
      if (e.getValue() >= 0) {
        allowed++;
      }
    }
    return allowed == 1;
  }

  /**
   * For each value of {@code attr} (compared ignoring case) on an available node, {@code rsc}'s
   * best score on such a node: one pass over its table rather than one per node of the other table.
   */
  private static Map<String, Integer> bestByValue(Work work, Rsc rsc, String attr) {
    Map<String, Integer> best = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, Integer> e : rsc.allowed.entrySet()) {
      if (work.available(e.getKey())) {
        String v = work.nodeAttr(e.getKey(), attr);
        if (v != null) {
          best.merge(v, e.getValue(), Math::max);
        }
      }
    }
    return best;
  }
}
