package org.zcrm.cli.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.coordinator.EngineInput;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;

/**
 * Whether the cluster has settled: every node and ZooKeeper server is up, every node has joined, a
 * DC holds the current epoch, no action is waiting, and the policy engine, given the live CIB as the
 * DC gives it, has nothing left to do (what {@code zcrm simulate} on the exported CIB would show).
 */
final class Settle {

  /** One look at the cluster: why it has not settled (empty when it has), and where things run. */
  record Look(List<String> unsettled, SortedMap<String, SortedSet<String>> running, String dc) {
    boolean settled() {
      return unsettled.isEmpty();
    }
  }

  private final LocalCluster cluster;
  private final Engine engine;

  Settle(LocalCluster cluster, Engine engine) {
    this.cluster = cluster;
    this.engine = engine;
  }

  Look look() {
    List<String> why = new ArrayList<>();
    SortedMap<String, SortedSet<String>> running = new TreeMap<>();
    Set<String> alive = cluster.aliveNodes();
    if (alive.size() < cluster.names.size()) {
      why.add("nodes down: " + cluster.names.stream().filter(n -> !alive.contains(n)).toList());
      return new Look(why, running, "");
    }
    Set<String> joined = cluster.joined();
    if (!joined.containsAll(alive)) {
      why.add("not joined yet: " + alive.stream().filter(n -> !joined.contains(n)).toList() + " ZooKeeper: "
          + cluster.zkModes());
      return new Look(why, running, "");
    }
    String[] dc = cluster.dcInfo().orElse(null);
    if (dc == null || !joined.contains(dc[0]) || !dc[1].equals(dc[2])) {
      why.add("no DC holding the current epoch: " + (dc == null ? "none" : String.join("/", dc)));
      return new Look(why, running, "");
    }
    try {
      Map<String, Integer> pending = cluster.pendingActions();
      if (!pending.isEmpty()) {
        why.add("actions pending: " + pending);
        return new Look(why, running, dc[0]);
      }
      CibSnapshot snap = cluster.store().snapshot();
      Instant now = Instant.now();
      EngineInput in = EngineInput.build(snap, joined, now, dc[0]);
      Transition t = engine.schedule(in.engineSnapshot(), now);
      List<String> work = t.actions().stream().filter(a -> a.runnable() && !a.pseudo())
          .map(a -> a.task() + " " + a.resource() + " on " + a.node()).toList();
      if (!work.isEmpty()) {
        why.add("the policy still wants " + work.size() + " actions: " + work.subList(0, Math.min(4, work.size())));
      }
      running.putAll(running(t.currentStatus()));
    } catch (Exception e) {
      why.add("cannot read the cluster: " + e + " ZooKeeper: " + cluster.zkModes());
    }
    return new Look(why, running, dc[0]);
  }

  /** Where each Dummy primitive runs by zcrm's status, from the engine's crm_mon-like lines (clone instances by base id). */
  static SortedMap<String, SortedSet<String>> running(List<String> status) {
    SortedMap<String, SortedSet<String>> out = new TreeMap<>();
    for (String line : status) {
      String s = line.trim();
      String[] parts = s.split("\t");
      if (!s.startsWith("* ") || parts.length < 3 || !parts[1].contains("ocf:zcrm:Dummy")) {
        continue;
      }
      String id = OverlapAudit.base(parts[0].substring(2).trim());
      String where = parts[2].trim().replace(" (unmanaged)", "");
      String[] words = where.split(" +");
      if (words.length > 1 && (words[0].equals("Started") || words[0].equals("FAILED"))) {
        for (int i = 1; i < words.length; i++) {
          out.computeIfAbsent(id, k -> new TreeSet<>()).add(words[i]);
        }
      }
    }
    return out;
  }
}
