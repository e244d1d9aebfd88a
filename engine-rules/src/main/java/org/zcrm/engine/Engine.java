package org.zcrm.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.actions.ActionPhase;
import org.zcrm.engine.assign.AssignPhase;
import org.zcrm.engine.assign.Interleave;
import org.zcrm.engine.assign.RemoteConnections;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.FenceDecision;
import org.zcrm.engine.conclusions.HistoryTrusted;
import org.zcrm.engine.conclusions.MonitorPolicy;
import org.zcrm.engine.conclusions.NodeStatus;
import org.zcrm.engine.conclusions.NodeUnavailable;
import org.zcrm.engine.facts.GroupMemberFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.NowFact;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;
import org.zcrm.engine.output.GraphWriter;
import org.zcrm.engine.output.StatusWriter;
import org.zcrm.engine.output.SummaryWriter;
import org.zcrm.engine.rules.PolicyRules;
import org.zcrm.engine.rules.RuleRun;
import org.zcrm.engine.unpack.CibUnpacker;
import org.zcrm.engine.unpack.DigestComparer;
import org.zcrm.engine.unpack.HistoryInterpreter;
import org.zcrm.engine.unpack.UnpackedCib;

/**
 * The policy engine: a pure function from (CIB snapshot, now) to a transition. No clock, no
 * threads, no I/O; the same input gives the same output.
 */
public final class Engine {
  private static final Logger LOG = LogManager.getLogger();

  private final PolicyRules rules;
  /** Whether private parameters may be masked in the input (see {@link #forCollectedCibs}). */
  private final boolean sanitized;

  public Engine(PolicyRules rules) {
    this(rules, false);
  }

  private Engine(PolicyRules rules, boolean sanitized) {
    this.rules = rules;
    this.sanitized = sanitized;
  }

  /**
   * The same policy for simulating CIBs collected from a cluster, where tools may have masked
   * private parameters (passwords): a definition change only in private parameters is not acted
   * on, as crm_simulate assumes by default. The DC never uses this.
   */
  public Engine forCollectedCibs() {
    return new Engine(rules, true);
  }

  /** An engine with the shipped policy. */
  public static Engine withShippedRules() {
    return new Engine(PolicyRules.shipped());
  }

  /** The phases, in order. */
  public Transition schedule(CibSnapshot cib, Instant now) {
    long t0 = System.nanoTime();
    UnpackedCib facts = CibUnpacker.unpack(cib.cib(), now);
    long t1 = System.nanoTime();
    try (RuleRun run = new RuleRun(rules)) {
      evaluateNodeState(run, facts);
      HistoryInterpreter.Result history = replayHistory(run, facts);
      compareDigests(run, facts, history);
      long t2 = System.nanoTime();
      Conclusions c = evaluatePolicy(run, facts, history);
      long t3 = System.nanoTime();
      Work work = assign(facts, history, c);
      long t4 = System.nanoTime();
      ActionGraph graph = ActionPhase.createActions(work, RemoteConnections.fencingKept(c.fencing(), work));
      ActionPhase.order(work, graph, c.orderings());
      Transition t = transition(facts, work, graph, c);
      LOG.debug("Scheduled unpackMs={} historyMs={} policyMs={} assignMs={} graphMs={}",
          ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(System.nanoTime() - t4));
      return t;
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static void evaluateNodeState(RuleRun run, UnpackedCib facts) {
    run.insert(facts.cluster());
    run.insert(new NowFact(facts.now().getEpochSecond()));
    run.insertAll(facts.nodes());
    run.insertAll(facts.remoteNodes());
    run.insertAll(facts.nodeAttributeFacts());
    run.fire(RuleRun.NODE_STATE);
  }

  /**
   * Replays the cluster nodes' history, then (once the node-state rules have seen where each
   * remote node's connection runs) the history of the remote and guest nodes, as Pacemaker
   * unpacks a remote node's history only once its connection's state is known.
   */
  private static HistoryInterpreter.Result replayHistory(RuleRun run, UnpackedCib facts) {
    HistoryInterpreter interpreter = new HistoryInterpreter(facts);
    Set<String> remote = new TreeSet<>();
    for (NodeFact n : facts.nodes()) {
      if (n.remote()) {
        remote.add(n.name());
      }
    }
    Set<String> trusted = trustedNodes(run);
    Map<String, RemoteNodeFact> byNode = new TreeMap<>();
    for (RemoteNodeFact r : facts.remoteNodes()) {
      byNode.put(r.node(), r);
    }
    // cluster nodes, and each remote node once the history before it shows its connection (and
    // a guest's container) up; then again, until no more can be replayed
    while (interpreter.replay(n -> {
      if (!remote.contains(n)) {
        return trusted.contains(n);
      }
      RemoteNodeFact r = byNode.get(n);
      return r != null && interpreter.roleSoFar(r.connection()) == Role.STARTED
          && (!r.guest() || interpreter.roleSoFar(r.container()) == Role.STARTED);
    })) {
      // another pass: a node replayed may show the connection of a remote node before it
    }
    if (!facts.remoteNodes().isEmpty()) {
      run.insertAll(RemoteConnections.states(facts.remoteNodes(), interpreter.activeSoFar()));
      run.fire(RuleRun.NODE_STATE);
    }
    Set<String> trustedNow = trustedNodes(run);
    interpreter.replay(trustedNow::contains);
    HistoryInterpreter.Result history = interpreter.result();
    run.insertAll(history.active());
    run.insertAll(history.failed());
    run.insertAll(history.failCounts());
    return history;
  }

  /** Definition changes: recorded parameter digests against what would be sent now. */
  private void compareDigests(RuleRun run, UnpackedCib facts, HistoryInterpreter.Result history) {
    Set<String> online = new TreeSet<>();
    for (NodeStatus s : run.all(NodeStatus.class)) {
      if (s.state() == NodeStatus.State.ONLINE) {
        online.add(s.node());
      }
    }
    Set<String> checked = new TreeSet<>();
    Set<String> maintenanceNodes = new TreeSet<>();
    for (NodeFact n : facts.nodes()) {
      if (n.maintenance()) {
        maintenanceNodes.add(n.name());
      } else if (online.contains(n.name()) && !n.standby()) {
        checked.add(n.name());
      }
    }
    DigestComparer.Outcome o = DigestComparer.compare(facts, history.sinceStart(),
        new DigestComparer.Scope(checked::contains, maintenanceNodes::contains,
            DigestComparer.maintenanceResources(facts), sanitized));
    run.insertAll(o.mismatches());
    LOG.debug("Compared digests compared={} matched={} differing={}", o.compared(), o.matched(),
        o.mismatches().size());
  }

  private static Set<String> trustedNodes(RuleRun run) {
    Set<String> trusted = new TreeSet<>();
    for (HistoryTrusted t : run.all(HistoryTrusted.class)) {
      trusted.add(t.node());
    }
    return trusted;
  }

  private static Conclusions evaluatePolicy(RuleRun run, UnpackedCib facts,
      HistoryInterpreter.Result history) {
    run.insertAll(facts.resources());
    run.insertAll(facts.resourceMeta());
    run.insertAll(facts.ops());
    run.insertAll(facts.locations());
    run.insertAll(facts.colocations());
    run.insertAll(facts.orders());
    run.insertAll(facts.tickets());
    run.insertAll(facts.ticketConstraints());
    run.insertAll(facts.nodeHealth());
    run.insertAll(facts.discoveryFacts());
    run.insert(facts.monitorOptions());
    run.insertAll(facts.discovery());
    for (ResourceFact r : facts.resources()) {
      if (r.kind() == ResourceFact.Kind.GROUP) {
        String prev = null;
        int i = 0;
        for (String m : r.children()) {
          run.insert(new GroupMemberFact(r.id(), m, prev, i++));
          prev = m;
        }
      }
    }
    run.fire(RuleRun.FAILURES);
    run.fire(RuleRun.FENCING);
    run.fire(RuleRun.PLACEMENT);
    run.fire(RuleRun.ORDERING);
    return Conclusions.read(run);
  }

  private static Work assign(UnpackedCib facts, HistoryInterpreter.Result history, Conclusions c) {
    List<String> nodes = new ArrayList<>();
    for (NodeFact n : facts.nodes()) {
      nodes.add(n.name());
    }
    Set<String> unavailable = new TreeSet<>();
    for (NodeUnavailable u : c.unavailable()) {
      unavailable.add(u.node());
    }
    for (String n : nodes) {
      if (c.nodeStatus().stream().noneMatch(s -> s.node().equals(n))) {
        unavailable.add(n);
      }
    }
    Explanation.Builder explain = new Explanation.Builder();
    Work work = new Work(nodes, unavailable, facts.nodeAttributes(),
        facts.cluster().placementStrategy(), explain);
    Set<String> fenced = new TreeSet<>();
    for (FenceDecision f : c.fencing()) {
      fenced.add(f.node());
    }
    for (NodeStatus s : c.nodeStatus()) {
      if (s.state() == NodeStatus.State.UNCLEAN && !fenced.contains(s.node())) {
        work.unclean.add(s.node());
      }
    }
    for (var r : facts.remoteNodes()) {
      work.remoteNodes.put(r.node(), r);
    }
    var cluster = facts.cluster();
    work.canFence = cluster.fencingEnabled() && cluster.haveFencingDevice()
        && (cluster.haveQuorum() || cluster.noQuorumPolicy().equals("ignore"));
    for (FenceDecision f : c.fencing()) {
      if (f.revocable()) {
        work.revocableFencing.add(f.node());
      } else if (f.guest()) {
        work.guestsFenced.add(f.node());
      } else {
        work.fencedNodes.add(f.node());
      }
    }
    work.probed.putAll(history.probed());
    work.recurring.putAll(history.recurring());
    work.historyIds.putAll(history.historyIds());
    work.discovery = org.zcrm.engine.unpack.Discovery.of(c.monitorPolicy());
    noteMonitorState(facts, c, work);
    facts.nodeCapacity().forEach((n, cap) -> work.capacity.put(n, new TreeMap<>(cap)));
    work.utilization.putAll(facts.utilization());
    for (var p : c.promotions()) {
      work.promotionScores.computeIfAbsent(p.rsc(), k -> new TreeMap<>())
          .merge(p.node(), p.score(), Scores::add);
    }
    AssignPhase.build(work, facts.resources(), history.active(), facts.cluster().symmetric());
    AssignPhase.applyConclusions(work, c.scores(), c.flags(), c.recoveries(), c.colocations());
    AssignPhase.applyDefinitionChanges(work, c.definitionChanges());
    AssignPhase.assignAll(work);
    Interleave.inhibitUnmatched(work, c.orderings());
    for (Rsc r : work.rscs.values()) {
      if (r.isPrimitive()) {
        explain.add(r.id, r.assigned, 0, "assignment", null,
            r.assigned == null ? "stays stopped (" + (r.stopReason == null ? "no node" : r.stopReason)
                + ")" : "assigned to " + r.assigned);
      }
    }
    return work;
  }

  /** What probes and recurring monitors depend on: node states, maintenance, configured ops. */
  private static void noteMonitorState(UnpackedCib facts, Conclusions c, Work work) {
    Set<String> down = new TreeSet<>();
    for (NodeStatus s : c.nodeStatus()) {
      if (s.state() == NodeStatus.State.UNCLEAN || s.state() == NodeStatus.State.OFFLINE) {
        down.add(s.node());
      }
    }
    for (FenceDecision f : c.fencing()) {
      down.add(f.node()); // being fenced: unclean, whatever its membership says
    }
    down.addAll(work.unclean);
    for (NodeStatus s : c.nodeStatus()) {
      if (s.state() == NodeStatus.State.PENDING && !down.contains(s.node())
          && member(facts, s.node())) {
        work.pendingNodes.add(s.node());
      }
    }
    for (NodeStatus s : c.nodeStatus()) {
      if (s.state() == NodeStatus.State.PENDING) {
        down.add(s.node());
      }
    }
    for (NodeStatus s : c.nodeStatus()) {
      boolean up = s.state() == NodeStatus.State.ONLINE || s.state() == NodeStatus.State.SHUTDOWN;
      if (up && !down.contains(s.node())) {
        work.onlineNodes.add(s.node());
        if (s.state() == NodeStatus.State.SHUTDOWN) {
          work.shutdownNodes.add(s.node());
        }
      }
    }
    for (MonitorPolicy p : c.monitorPolicy()) {
      if (p.kind() == MonitorPolicy.Kind.NO_PROBE && p.rsc() != null && p.node() == null) {
        work.neverProbed.add(p.rsc());
      }
      if (p.kind() != MonitorPolicy.Kind.NO_MONITORS) {
        continue;
      }
      if (p.node() != null && p.rsc() != null) {
        LOG.warn("Ignoring a monitor conclusion about one resource on one node rule={} rsc={} node={}",
            p.rule(), p.rsc(), p.node());
        continue;
      }
      if (p.node() != null) {
        work.maintenanceNodes.add(p.node());
        continue;
      }
      if (p.rsc() != null) {
        work.maintenanceRscs.add(p.rsc());
        continue;
      }
      for (ResourceFact r : facts.resources()) {
        work.maintenanceRscs.add(r.id());
      }
    }
    for (var o : facts.ops()) {
      work.ops.computeIfAbsent(o.rsc(), k -> new ArrayList<>(2)).add(o);
    }
  }

  /** Whether the node is a cluster member (Pacemaker counts a pending member as online). */
  private static boolean member(UnpackedCib facts, String node) {
    for (NodeFact n : facts.nodes()) {
      if (n.name().equals(node)) {
        return n.member() > 0;
      }
    }
    return false;
  }

  private static Transition transition(UnpackedCib facts, Work work, ActionGraph graph,
      Conclusions c) {
    List<String> summary = SummaryWriter.summarize(work, graph);
    LOG.debug("Scheduled transition lines={} actions={}", summary.size(), graph.actions().size());
    return new Transition(facts.now(), summary, GraphWriter.actions(graph, facts.operations(), work), GraphWriter.edges(graph, work),
        GraphWriter.scores(work), work.explain.build(),
        StatusWriter.current(facts, work, c), StatusWriter.revised(facts, work, c));
  }
}
