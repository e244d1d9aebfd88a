package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.Transition;

/**
 * Safety properties over every scenario we have (our golden CIBs, and Pacemaker's corpus when
 * ../shared exists): deterministic output, one node per primitive, nothing started on a node
 * awaiting fencing, an acyclic graph.
 */
class EnginePropertiesTest {

  static List<Path> cases() throws Exception {
    List<Path> all = new ArrayList<>();
    for (Path d : Scenarios.golden()) {
      all.add(d.resolve("cib.xml"));
    }
    all.addAll(Scenarios.sharedCibs());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void holdsSafetyProperties(Path cib) throws Exception {
    Transition a = Scenarios.schedule(cib);
    Transition b = Scenarios.schedule(cib);
    assertEquals(a.summary(), b.summary(), "deterministic summary");
    assertEquals(a.actions(), b.actions(), "deterministic actions");
    assertEquals(a.edges(), b.edges(), "deterministic orderings");

    Map<String, Integer> starts = new HashMap<>();
    Set<String> fenced = new TreeSet<>();
    for (Transition.GraphAction x : a.actions()) {
      // a guest node's "fencing" is a pseudo action (its container's recovery), after which the
      // guest runs resources again in the same transition, as in Pacemaker
      if (x.resource() == null && x.runnable() && !x.pseudo()) {
        fenced.add(x.node());
      }
    }
    for (Transition.GraphAction x : a.actions()) {
      if (x.resource() != null && x.task().equals("start") && x.runnable() && !x.pseudo()) {
        starts.merge(x.resource(), 1, Integer::sum);
        assertTrue(!fenced.contains(x.node()),
            x.resource() + " is started on " + x.node() + ", which is being fenced");
      }
    }
    starts.forEach((r, n) -> assertTrue(n <= 1, r + " started on " + n + " nodes"));
    for (Transition.GraphAction x : a.actions()) {
      // every action of a primitive carries its operation; fencing and pseudo actions none
      boolean primitiveAction = x.resource() != null && !x.pseudo();
      assertEquals(primitiveAction, x.op() != null, x.key() + " carries an operation");
      if (x.op() != null) {
        assertTrue(x.op().timeoutMs() > 0, x.key() + " has a positive timeout");
        assertTrue(x.key().endsWith("_" + x.op().intervalMs()), x.key() + " names its interval");
      }
    }
    assertAcyclic(a);
    assertProbesComeFirst(a);
  }

  private static final Set<String> ACTIVATING = Set.of("start", "promote", "migrate_to", "migrate_from");

  /**
   * A resource a probe may find running is never made active before that probe has reported:
   * whatever starts, promotes or migrates it (a clone's instances count as one resource) waits,
   * through the graph's orderings, for every runnable probe of it.
   */
  private static void assertProbesComeFirst(Transition t) {
    Map<Integer, List<Integer>> out = new HashMap<>();
    for (Transition.GraphEdge e : t.edges()) {
      out.computeIfAbsent(e.first(), k -> new ArrayList<>()).add(e.then());
    }
    for (Transition.GraphAction probe : t.actions()) {
      if (probe.pseudo() || !probe.runnable() || probe.op() == null || !probe.task().equals("monitor")
          || probe.op().intervalMs() != 0) {
        continue;
      }
      Set<Integer> after = reachable(out, probe.id());
      for (Transition.GraphAction x : t.actions()) {
        if (x.runnable() && !x.pseudo() && x.resource() != null && ACTIVATING.contains(x.task())
            && base(x.resource()).equals(base(probe.resource()))) {
          assertTrue(after.contains(x.id()), x.key() + " on " + x.node() + " does not wait for the probe "
              + probe.key() + " on " + probe.node());
        }
      }
    }
  }

  private static Set<Integer> reachable(Map<Integer, List<Integer>> out, int from) {
    Set<Integer> seen = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (int m : out.getOrDefault(todo.poll(), List.of())) {
        if (seen.add(m)) {
          todo.add(m);
        }
      }
    }
    return seen;
  }

  /** "C" for a clone instance "C:N", else the id. */
  private static String base(String rsc) {
    int colon = rsc.lastIndexOf(':');
    return colon > 0 ? rsc.substring(0, colon) : rsc;
  }

  private static void assertAcyclic(Transition t) {
    Map<Integer, List<Integer>> out = new HashMap<>();
    Map<Integer, Integer> in = new HashMap<>();
    for (Transition.GraphAction x : t.actions()) {
      in.put(x.id(), 0);
    }
    for (Transition.GraphEdge e : t.edges()) {
      if (!in.containsKey(e.first()) || !in.containsKey(e.then())) {
        continue;
      }
      out.computeIfAbsent(e.first(), k -> new ArrayList<>()).add(e.then());
      in.merge(e.then(), 1, Integer::sum);
    }
    Deque<Integer> ready = new ArrayDeque<>();
    in.forEach((k, v) -> {
      if (v == 0) {
        ready.add(k);
      }
    });
    int seen = 0;
    while (!ready.isEmpty()) {
      int n = ready.poll();
      seen++;
      for (int m : out.getOrDefault(n, List.of())) {
        if (in.merge(m, -1, Integer::sum) == 0) {
          ready.add(m);
        }
      }
    }
    assertEquals(in.size(), seen, "the transition graph has a cycle");
  }
}
