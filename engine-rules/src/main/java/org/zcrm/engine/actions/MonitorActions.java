package org.zcrm.engine.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zcrm.engine.assign.CloneVariant;
import org.zcrm.engine.assign.RemoteConnections;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.facts.OpFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;
import org.zcrm.engine.unpack.Discovery;
import org.zcrm.engine.unpack.HistoryInterpreter;
import org.zcrm.engine.unpack.HistoryOp;
import org.zcrm.engine.unpack.NodeSet;

/**
 * Probes (one-off monitors where a resource's state on a node is unknown), recurring monitors
 * after the actions that make them apply, and cancels of recurring monitors that no longer apply,
 * as Pacemaker's scheduler creates them (pcmk_sched_probes.c, pcmk_sched_recurring.c, and the
 * configuration checks of pcmk_sched_actions.c).
 */
public final class MonitorActions {
  public static final String MONITOR = "monitor";
  public static final String CANCEL = "cancel";
  static final String RULE_PROBE = "implicit: probe before start";
  static final String RULE_PROBE_STOP = "implicit: probe before what follows a stop";
  static final String RULE_MONITOR = "implicit: recurring monitor after start";
  static final String RULE_MONITOR_ROLE = "implicit: recurring monitor after role change";
  static final String RULE_CANCEL = "implicit: cancel before role change";
  static final String RULE_STOPPED_MONITOR = "implicit: stopped-role monitor after stop";

  private MonitorActions() {}

  // ---- probes ----

  /** Creates the probes of a top-level resource (and everything in it) on every online node. */
  public static void createProbes(Rsc top, Work work, ActionGraph g) {
    if (!work.discovery.probesEnabled()) {
      return;
    }
    if (work.onlineNodes.isEmpty() && work.pendingNodes.isEmpty()) {
      return;
    }
    if (top.isPrimitive() && work.pendingNodes.isEmpty()) {
      // the common case, one resource known on every node, without a per-node walk
      Set<String> known = work.probed.get(top.id);
      if (known != null && known.size() >= work.onlineNodes.size()
          && knownOnAllOnline(known, work)) {
        return;
      }
    }
    Set<String> nodes = work.onlineNodes;
    if (!work.pendingNodes.isEmpty()) {
      nodes = new TreeSet<>(work.onlineNodes);
      nodes.addAll(work.pendingNodes);
    }
    for (String node : nodes) {
      probe(top, node, work, g);
    }
  }

  /** Whether {@code known} holds every online node (compared as bits when it can). */
  private static boolean knownOnAllOnline(Set<String> known, Work work) {
    if (known instanceof NodeSet bits) {
      if (work.onlineBits == null || !work.onlineBits.sameNodes(bits)) {
        work.onlineBits = bits.nodesOf(work.onlineNodes);
      }
      return bits.containsAll(work.onlineBits);
    }
    return known.containsAll(work.onlineNodes);
  }

  /** Whether anything of a top-level resource would be probed on a node (nothing is created). */
  static boolean wouldProbe(Rsc top, String node, Work work) {
    return work.discovery.probesEnabled() && probe(top, node, work, new ActionGraph());
  }

  private static boolean probe(Rsc rsc, String node, Work work, ActionGraph g) {
    if (rsc.fact.kind() == ResourceFact.Kind.CLONE) {
      return probeClone(rsc, node, work, g);
    }
    if (!rsc.isPrimitive()) {
      boolean any = false;
      for (Rsc c : rsc.children) {
        any |= probe(c, node, work, g);
      }
      return any;
    }
    if (work.neverProbed.contains(rsc.id) || probed(rsc, node, work)
        || !RemoteConnections.mayProbe(work, rsc, node)) {
      return false;
    }
    Discovery.Mode mode = mode(rsc, node, work);
    if (exclusive(rsc, work) && mode != Discovery.Mode.EXCLUSIVE) {
      return false;
    }
    if (mode == Discovery.Mode.NEVER) {
      return false;
    }
    Action probe = g.resourceAction(rsc, MONITOR, node, 0, false);
    if (work.pendingNodes.contains(node)) {
      probe.runnable = false; // a pending node runs nothing yet
    }
    g.probes().add(probe);
    return true;
  }

  /** Anonymous clones probe one instance per node; unique clones probe them all. */
  private static boolean probeClone(Rsc clone, String node, Work work, ActionGraph g) {
    if (work.discovery.exclusive().contains(clone.id)
        && work.discovery.mode(clone.id, node) != Discovery.Mode.EXCLUSIVE) {
      return false;
    }
    if (clone.children.isEmpty() || probed(clone, node, work)) {
      return false;
    }
    if (clone.fact.cloneMeta() != null && clone.fact.cloneMeta().globallyUnique()) {
      boolean any = false;
      for (Rsc inst : clone.children) {
        any |= probe(inst, node, work, g);
      }
      return any;
    }
    Rsc chosen = null;
    for (Rsc inst : clone.children) {
      if (probedAnywhereUnder(inst, node, work)) {
        chosen = inst;
        break;
      }
    }
    for (int i = 0; chosen == null && i < clone.children.size(); i++) {
      Rsc inst = clone.children.get(i);
      String at = inst.isPrimitive() ? inst.assigned : inst.variant.colocationNode(inst);
      if (node.equals(at)) {
        chosen = inst;
      }
    }
    if (chosen == null) {
      chosen = clone.children.get(0);
    }
    return probe(chosen, node, work, g);
  }

  /** Whether the history shows a state for this instance (or, for a group, any member) there. */
  private static boolean probedAnywhereUnder(Rsc inst, String node, Work work) {
    for (Rsc p : inst.primitives()) {
      if (probed(p, node, work)) {
        return true;
      }
    }
    return false;
  }

  private static boolean probed(Rsc rsc, String node, Work work) {
    Set<String> nodes = work.probed.get(rsc.id);
    return nodes != null && nodes.contains(node);
  }

  /** The strictest resource-discovery of the constraints on the resource or its ancestors. */
  private static Discovery.Mode mode(Rsc rsc, String node, Work work) {
    Discovery.Mode m = Discovery.Mode.ALWAYS;
    if (work.discovery.modes().isEmpty()) {
      return m;
    }
    for (Rsc r = rsc; r != null; r = r.parent) {
      Discovery.Mode here = work.discovery.mode(baseId(r), node);
      if (here.compareTo(m) > 0) {
        m = here;
      }
    }
    return m;
  }

  private static boolean exclusive(Rsc rsc, Work work) {
    if (work.discovery.exclusive().isEmpty()) {
      return false;
    }
    for (Rsc r = rsc; r != null; r = r.parent) {
      if (work.discovery.exclusive().contains(baseId(r))) {
        return true;
      }
    }
    return false;
  }

  /** The configured id of a clone instance's resource (constraints name "rsc", not "rsc:0"). */
  private static String baseId(Rsc r) {
    int colon = r.id.lastIndexOf(':');
    return colon > 0 && r.parent != null ? r.id.substring(0, colon) : r.id;
  }

  /**
   * Orders each probe before the start of its resource (for a clone instance, of the whole
   * clone), and before whatever an ordering makes wait for the stop of its resource.
   */
  public static void orderProbes(ActionGraph g) {
    if (g.probes().isEmpty()) {
      return;
    }
    for (Action probe : g.probes()) {
      Rsc top = probe.rsc.top();
      Rsc target = top.fact.kind() == ResourceFact.Kind.CLONE ? top : probe.rsc;
      // a probe that cannot run holds back the start of a resource active nowhere, but does not
      // stop one already active
      int flags = OrderingEdge.ORDERED;
      if (!probe.runnable && !activeAnywhere(target)) {
        flags |= OrderingEdge.UNRUNNABLE_FIRST_BLOCKS;
      }
      for (Action start : g.find(target, "start")) {
        g.edge(probe, start, flags, RULE_PROBE, probe.rsc.id);
      }
    }
    Map<Rsc, List<Action>> byRsc = new HashMap<>();
    for (Action p : g.probes()) {
      byRsc.computeIfAbsent(p.rsc, k -> new ArrayList<>(2)).add(p);
    }
    List<ActionGraph.Edge> afterStops = new ArrayList<>();
    for (ActionGraph.Edge e : g.edges()) {
      Action f = e.first();
      if (f.rsc != null && f.task.equals("stop") && byRsc.containsKey(f.rsc)
          && e.then().rsc != f.rsc && e.then().rsc != null) {
        afterStops.add(e);
      }
    }
    for (ActionGraph.Edge e : afterStops) {
      for (Action probe : byRsc.get(e.first().rsc)) {
        g.edge(probe, e.then(), OrderingEdge.ORDERED, RULE_PROBE_STOP, e.constraint());
      }
    }
  }

  private static boolean activeAnywhere(Rsc r) {
    for (Rsc p : r.primitives()) {
      if (!p.current.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // ---- recurring monitors ----

  /**
   * Creates a primitive's recurring monitors (and cancels), after its start/stop/promote/demote
   * actions exist.
   */
  public static void createRecurring(Rsc rsc, Work work, ActionGraph g) {
    if (rsc.fact.orphan()) {
      return;
    }
    cancelRemoved(rsc, work, g);
    if (rsc.blocked || work.maintenanceRscs.contains(rsc.id)) {
      return;
    }
    String node = rsc.assigned;
    Action start = null;
    if (node != null && !work.maintenanceNodes.contains(node)
        && (rsc.nextRole != Role.STOPPED || !rsc.managed)) {
      for (Action a : g.find(rsc, "start")) {
        if (node.equals(a.node)) {
          start = a;
        }
      }
    }
    List<OpFact> ops = work.ops.getOrDefault(rsc.id, List.of());
    for (OpFact op : ops) {
      if (!recurring(op, ops)) {
        continue;
      }
      if (start != null) {
        forActive(rsc, start, node, op, work, g);
      }
      forInactive(rsc, node, op, work, g);
    }
  }

  /** Pacemaker's is_recurring_history: enabled, interval > 0, a monitor-like name, no duplicate. */
  private static boolean recurring(OpFact op, List<OpFact> all) {
    if (op.intervalMs() <= 0 || !op.enabled()) {
      return false;
    }
    switch (op.name()) {
      case "stop", "start", "demote", "promote", "reload-agent", "migrate_to", "migrate_from":
        return false;
      default:
        break;
    }
    int same = 0;
    for (OpFact o : all) {
      if (o.name().equals(op.name()) && o.intervalMs() == op.intervalMs()) {
        same++;
      }
    }
    return same == 1;
  }

  /** The recurring operations the history shows in effect for a resource on a node. */
  private static List<HistoryOp> inEffect(Rsc rsc, String node, Work work) {
    HistoryInterpreter.Recurring r = work.recurring.get(HistoryInterpreter.key(rsc.id, node));
    return r == null ? List.of() : r.ops();
  }

  private static boolean inEffect(Rsc rsc, String node, OpFact op, Work work) {
    for (HistoryOp h : inEffect(rsc, node, work)) {
      if (h.task().equals(op.name()) && h.intervalMs() == op.intervalMs()) {
        return true;
      }
    }
    return false;
  }

  private static void forActive(Rsc rsc, Action start, String node, OpFact op, Work work,
      ActionGraph g) {
    Role role = op.role();
    if (role == Role.STOPPED) {
      return;
    }
    // an unmanaged resource is never (re)started, whatever its start action says
    // a recurring operation whose parameters changed is sent again (Pacemaker's reschedule)
    boolean optional = (start.optional || !rsc.managed) && inEffect(rsc, node, op, work)
        && !rsc.rescheduled.contains(Rsc.operationKey(node, op.name(), op.intervalMs()));
    Role next = nextRole(rsc);
    boolean match = role == null || role == Role.UNKNOWN ? next != Role.PROMOTED
        : role == next || (role == Role.UNPROMOTED && next == Role.STARTED)
            || (role == Role.STARTED && next == Role.UNPROMOTED);
    if (!match) {
      if (optional) {
        Action cancel = cancel(rsc, node, op.intervalMs(), g);
        String after = switch (rsc.origRole) {
          case UNPROMOTED, STARTED -> next == Role.PROMOTED ? "promote"
              : next == Role.STOPPED ? "stop" : null;
          case PROMOTED -> "demote";
          default -> null;
        };
        if (after != null) {
          for (Action a : g.find(rsc, after)) {
            if (a.node != null) {
              g.edge(cancel, a, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, RULE_CANCEL, rsc.id);
            }
          }
        }
      }
      return;
    }
    Action mon = g.resourceAction(rsc, MONITOR, node, op.intervalMs(), optional);
    // an unmanaged resource's start never runs here, but its monitors do
    if ((rsc.managed && !start.runnable) || !work.onlineNodes.contains(node)) {
      mon.runnable = false;
    }
    if (!rsc.managed) {
      return;
    }
    g.edge(start, mon, OrderingEdge.IMPLIES_THEN | OrderingEdge.UNRUNNABLE_FIRST_BLOCKS,
        RULE_MONITOR, rsc.id);
    String roleTask = next == Role.PROMOTED ? "promote"
        : rsc.origRole == Role.PROMOTED ? "demote" : null;
    if (roleTask != null) {
      for (Action a : g.find(rsc, roleTask)) {
        if (a.node != null) {
          g.edge(a, mon, OrderingEdge.ORDERED | OrderingEdge.UNRUNNABLE_FIRST_BLOCKS,
              RULE_MONITOR_ROLE, rsc.id);
        }
      }
    }
  }

  /** The role the resource will have: an unmanaged one keeps the role it has. */
  private static Role nextRole(Rsc rsc) {
    if (!rsc.managed && rsc.origRole.compareTo(Role.STOPPED) > 0) {
      return rsc.origRole;
    }
    return rsc.nextRole == null ? Role.STARTED : rsc.nextRole;
  }

  /** Monitors with role="Stopped": on every node but the one the resource will run on. */
  private static void forInactive(Rsc rsc, String node, OpFact op, Work work, ActionGraph g) {
    if (op.role() != Role.STOPPED || anonymousClone(rsc)) {
      return;
    }
    for (String n : work.nodes) {
      if (n.equals(node)) {
        if (inEffect(rsc, n, op, work)) {
          Action cancel = cancel(rsc, n, op.intervalMs(), g);
          Role next = nextRole(rsc);
          if (next == Role.STARTED || next == Role.UNPROMOTED) {
            for (Action s : g.find(rsc, "start")) {
              if (s.node != null) {
                g.edge(cancel, s, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, RULE_CANCEL, rsc.id);
              }
            }
          }
        }
        continue;
      }
      Action mon = g.resourceAction(rsc, MONITOR, n, op.intervalMs(), inEffect(rsc, n, op, work));
      if (rsc.managed) {
        for (Action p : g.find(rsc, MONITOR)) {
          if (p.intervalMs == 0 && n.equals(p.node)) {
            g.edge(p, mon, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, RULE_STOPPED_MONITOR, rsc.id);
          }
        }
      }
      for (Action stop : g.find(rsc, "stop")) {
        if (!n.equals(stop.node)) {
          continue;
        }
        if (!stop.optional && !mon.optional && !rsc.managed) {
          mon.optional = true;
        }
        if (!stop.runnable) {
          mon.runnable = false;
        }
        if (rsc.managed) {
          g.edge(stop, mon, OrderingEdge.IMPLIES_THEN | OrderingEdge.UNRUNNABLE_FIRST_BLOCKS,
              RULE_STOPPED_MONITOR, rsc.id);
        }
      }
      if (!work.onlineNodes.contains(n)) {
        mon.runnable = false;
      }
    }
  }

  private static boolean anonymousClone(Rsc rsc) {
    Rsc top = rsc.top();
    return top.variant instanceof CloneVariant && top.fact.cloneMeta() != null
        && !top.fact.cloneMeta().globallyUnique();
  }

  /**
   * Cancels recurring operations still in effect where the resource is active when their
   * operation is no longer configured (or disabled), or when the resource or node is in
   * maintenance; each after the resource's stops.
   */
  private static void cancelRemoved(Rsc rsc, Work work, ActionGraph g) {
    for (String node : rsc.current) {
      boolean nodeMaintenance = work.maintenanceNodes.contains(node);
      if (!nodeMaintenance
          && (!work.onlineNodes.contains(node) || work.shutdownNodes.contains(node))) {
        continue; // Pacemaker checks configurations only where actions can run
      }
      boolean maintenance = nodeMaintenance || work.maintenanceRscs.contains(rsc.id);
      HistoryInterpreter.Recurring r = work.recurring.get(HistoryInterpreter.key(rsc.id, node));
      if (r == null || r.stopped()) {
        continue;
      }
      for (HistoryOp h : r.ops()) {
        if (!maintenance && (configured(rsc, h, work) || !work.discovery.cancelRemoved())) {
          continue;
        }
        Action cancel = cancel(rsc, node, h.intervalMs(), g);
        if (cancel.callId != null) {
          continue; // one cancel per operation (the history may list it twice)
        }
        cancel.callId = Integer.toString(h.callId());
        for (Action stop : g.find(rsc, "stop")) {
          if (stop.node != null) {
            g.edge(stop, cancel, OrderingEdge.ORDERED, RULE_CANCEL, rsc.id);
          }
        }
      }
    }
  }

  /** The cancel of a recurring monitor on a node: the existing one, else a new one. */
  private static Action cancel(Rsc rsc, String node, long intervalMs, ActionGraph g) {
    for (Action a : g.find(rsc, CANCEL)) {
      if (node.equals(a.node) && a.intervalMs == intervalMs) {
        return a;
      }
    }
    return g.resourceAction(rsc, CANCEL, node, intervalMs, false);
  }

  private static boolean configured(Rsc rsc, HistoryOp h, Work work) {
    for (OpFact o : work.ops.getOrDefault(rsc.id, List.of())) {
      if (o.enabled() && o.name().equals(h.task()) && o.intervalMs() == h.intervalMs()) {
        return true;
      }
    }
    return false;
  }
}
