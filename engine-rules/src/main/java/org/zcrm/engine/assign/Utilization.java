package org.zcrm.engine.assign;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zcrm.engine.Scores;
import org.zcrm.engine.conclusions.ColocationEdge;

/**
 * Node capacity and resource utilization for the placement strategies utilization, minimal and
 * balanced (Pacemaker's pcmk_sched_utilization.c): nodes without room are banned, and balanced
 * prefers the node with the most free capacity.
 */
final class Utilization {
  static final String RULE = "utilization: not enough capacity";

  private Utilization() {}

  private static boolean active(Work work) {
    return !work.placementStrategy.equals("default");
  }

  /** Bans nodes without room; returns the most capable node when none has room for all. */
  static String banInsufficientCapacity(Work work, Rsc rsc) {
    if (!active(work)) {
      return null;
    }
    Set<Rsc> colocated = colocated(work, rsc);
    Map<String, Integer> needAll = new TreeMap<>();
    for (Rsc r : colocated) {
      if (r == rsc || r.unassigned) {
        for (Rsc p : r.primitives()) {
          if (p == rsc || p.unassigned) {
            add(needAll, work.utilization.get(p.id));
          }
        }
      }
    }
    boolean anyCapable = false;
    String mostCapable = null;
    for (String n : rsc.allowed.keySet()) {
      if (!work.availableWithScore(rsc.allowed, n)) {
        continue;
      }
      if (enough(work, n, needAll)) {
        anyCapable = true;
      }
      if (mostCapable == null || compareCapacities(work, n, mostCapable) < 0) {
        mostCapable = n;
      }
    }
    Map<String, Integer> need = anyCapable ? needAll : work.utilization.get(rsc.id);
    for (String n : rsc.allowed.keySet().toArray(new String[0])) {
      if (work.availableWithScore(rsc.allowed, n) && need != null && !enough(work, n, need)) {
        rsc.allowed.put(n, -Scores.INFINITY);
        work.explain.add(rsc.id, n, -Scores.INFINITY, RULE, "__limit_utilization__", null);
      }
    }
    return anyCapable ? null : mostCapable;
  }

  private static void add(Map<String, Integer> sum, Map<String, Integer> use) {
    if (use != null) {
      use.forEach((k, v) -> sum.merge(k, v, Integer::sum));
    }
  }

  private static boolean enough(Work work, String node, Map<String, Integer> need) {
    Map<String, Integer> cap = work.capacity.getOrDefault(node, Map.of());
    for (Map.Entry<String, Integer> e : need.entrySet()) {
      if (e.getValue() > cap.getOrDefault(e.getKey(), 0)) {
        return false;
      }
    }
    return true;
  }

  /** The resources tied to this one by mandatory colocations, in either direction. */
  private static Set<Rsc> colocated(Work work, Rsc rsc) {
    Set<Rsc> seen = new LinkedHashSet<>();
    Deque<Rsc> todo = new ArrayDeque<>();
    todo.add(rsc);
    while (!todo.isEmpty()) {
      Rsc r = todo.poll();
      if (!seen.add(r)) {
        continue;
      }
      for (ColocationEdge c : r.thisWith) {
        Rsc p = work.rsc(c.primary());
        if (p != null && c.score() >= Scores.INFINITY) {
          todo.add(p);
        }
      }
      for (ColocationEdge c : r.withThis) {
        Rsc d = work.rsc(c.dependent());
        if (d != null && c.score() >= Scores.INFINITY) {
          todo.add(d);
        }
      }
    }
    return seen;
  }

  static void consume(Work work, Rsc rsc, String node) {
    Map<String, Integer> use = work.utilization.get(rsc.id);
    if (use == null || !active(work)) {
      return;
    }
    Map<String, Integer> cap = work.capacity.computeIfAbsent(node, k -> new TreeMap<>());
    use.forEach((k, v) -> cap.merge(k, -v, Integer::sum));
  }

  /** Negative when node a has more free capacity than node b (attribute by attribute). */
  static int compareCapacities(Work work, String a, String b) {
    Map<String, Integer> ca = work.capacity.getOrDefault(a, Map.of());
    Map<String, Integer> cb = work.capacity.getOrDefault(b, Map.of());
    int result = 0;
    for (Map.Entry<String, Integer> e : ca.entrySet()) {
      int v2 = cb.getOrDefault(e.getKey(), 0);
      if (e.getValue() > v2) {
        result--;
      } else if (e.getValue() < v2) {
        result++;
      }
    }
    for (Map.Entry<String, Integer> e : cb.entrySet()) {
      if (!ca.containsKey(e.getKey()) && e.getValue() > 0) {
        result++;
      }
    }
    return result;
  }
}
