package org.zcrm.cli.status;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.coordinator.EngineInput;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;

/**
 * Whether a cluster has settled (Pacemaker's S_IDLE): a DC is elected, the expected nodes are
 * members, no action is pending, and the engine, run on the current CIB as the DC would, has
 * nothing left to do.
 */
public final class Settle {
  private final Engine engine;

  public Settle(Engine engine) {
    this.engine = engine;
  }

  /** Why the cluster has not settled yet, or empty when it has. */
  public Optional<String> notSettled(CibStore store, Collection<String> expectedNodes, Instant now) {
    ClusterState s = ClusterStateReader.read(store, now);
    if (s.dc().isEmpty()) {
      return Optional.of("no DC elected yet");
    }
    Set<String> missing = new TreeSet<>(expectedNodes);
    s.nodes().stream().filter(ClusterState.NodeView::member).forEach(n -> missing.remove(n.name()));
    if (!missing.isEmpty()) {
      return Optional.of("node(s) not joined yet: " + String.join(", ", missing));
    }
    if (!s.pending().isEmpty()) {
      return Optional.of(s.pending().size() + " action(s) pending, e.g. " + s.pending().get(0).task() + " "
          + s.pending().get(0).resource() + " on " + s.pending().get(0).node());
    }
    List<String> plan = plan(store, now);
    if (!plan.isEmpty()) {
      return Optional.of("still to do: " + String.join("; ", plan.stream().map(String::strip).toList()));
    }
    return Optional.empty();
  }

  /** The summary lines of what the engine would do now (empty: nothing). */
  public List<String> plan(CibStore store, Instant now) {
    CibSnapshot snap = store.snapshot();
    Set<String> members = new TreeSet<>(ClusterStateReader.children(store.connection().client(),
        store.paths().members()));
    String dc = ClusterStateReader.dcInfo(store.connection().client(), store.paths()).getOrDefault("node", "");
    EngineInput input = EngineInput.build(snap, members, now, dc);
    Transition t = engine.schedule(input.engineSnapshot(), now);
    boolean work = t.actions().stream().anyMatch(a -> a.runnable() && !a.pseudo());
    return work ? t.summary().stream().filter(l -> !l.isBlank()).toList() : List.of();
  }

  /** The engine's explanation for one resource, run on the live CIB as the DC would. */
  public Transition transition(CibStore store, Instant now) {
    CibSnapshot snap = store.snapshot();
    Set<String> members = new TreeSet<>(ClusterStateReader.children(store.connection().client(),
        store.paths().members()));
    String dc = ClusterStateReader.dcInfo(store.connection().client(), store.paths()).getOrDefault("node", "");
    return engine.schedule(EngineInput.build(snap, members, now, dc).engineSnapshot(), now);
  }
}
