package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ActiveFact;
import org.zcrm.engine.facts.FailCountFact;
import org.zcrm.engine.facts.FailedOpFact;
import org.zcrm.engine.facts.OpFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;

/**
 * Replays each resource's operation history on each node (in call order) to find where it is
 * active, in which role, which operations failed, and its fail counts.
 */
public final class HistoryInterpreter {

  /**
   * What the history says; {@code probed}: the nodes where each resource has history (sets for
   * lookups, {@link NodeSet}s over the configured nodes); {@code recurring}: per
   * {@link #key(String, String) resource and node}, the recurring operations the history shows
   * scheduled there; {@code sinceStart}: what is checked for definition changes.
   *
   * @param historyIds anonymous clone instances found active under another name (another instance
   *     number, or none): that name, as Pacemaker's history id (what the agent running there
   *     named its promotion score attribute after)
   */
  public record Result(List<ActiveFact> active, List<FailedOpFact> failed,
      List<FailCountFact> failCounts, Map<String, Set<String>> probed,
      Map<String, Recurring> recurring, List<SinceStart> sinceStart,
      Map<String, String> historyIds) {}

  /**
   * The entries of a resource active on a node from its last start on (Pacemaker's
   * process_rsc_history: what is checked for definition changes), in call order.
   *
   * @param startPending whether a start of it is pending there
   */
  public record SinceStart(String rsc, String node, List<HistoryOp> ops, boolean startPending) {}

  /**
   * The recurring operations recorded for a resource on a node since it was last started (or,
   * when it was stopped since, after that stop), the way Pacemaker's unpacker finds the
   * recurring actions still in effect: pending entries left out.
   *
   * @param stopped whether a successful stop came after the last start
   */
  public record Recurring(List<HistoryOp> ops, boolean stopped) {}

  /** The key of {@link Result#recurring()}. */
  public static String key(String rsc, String node) {
    return rsc + "\u0000" + node;
  }

  /** Call order: by call id (pending operations last), then by last change. */
  private static final Comparator<HistoryOp> CALL_ORDER =
      Comparator.comparingInt((HistoryOp o) -> o.callId() < 0 ? Integer.MAX_VALUE : o.callId())
          .thenComparingLong(HistoryOp::lastRcChange);

  private final UnpackedCib cib;
  private final Map<String, ResourceFact> byId = new LinkedHashMap<>();
  private final Map<String, List<OpFact>> opsByRsc = new HashMap<>();
  private final Map<String, Target> targets = new HashMap<>();
  private final Replayed out;
  private final Set<String> replayedNodes = new HashSet<>();

  public HistoryInterpreter(UnpackedCib cib) {
    this.cib = cib;
    List<String> names = new ArrayList<>(cib.nodes().size());
    for (var n : cib.nodes()) {
      names.add(n.name());
    }
    this.out = new Replayed(new NodeSet.Nodes(names));
    for (ResourceFact r : cib.resources()) {
      byId.put(r.id(), r);
    }
    for (OpFact o : cib.ops()) {
      opsByRsc.computeIfAbsent(o.rsc(), k -> new ArrayList<>(2)).add(o);
    }
  }

  /**
   * @param unpackNode whether a node's history counts (the node-state rules decide; offline nodes
   *     without fencing are skipped)
   */
  public Result interpret(Predicate<String> unpackNode) {
    replay(unpackNode);
    return result();
  }

  /**
   * Replays the history of the nodes that {@code unpackNode} accepts and that no earlier call
   * replayed (cluster nodes first, then the remote nodes whose connections that history shows).
   * The test for a node is made when the replay reaches it, after the nodes before it.
   *
   * @return whether any node was replayed
   */
  public boolean replay(Predicate<String> unpackNode) {
    Map<String, Boolean> nodeCounts = new HashMap<>();
    String lastNode = null;
    boolean lastCounts = false;
    // runs of one resource on one node that follow each other are replayed together
    List<HistoryOp> pending = null;
    HistoryRun pendingRun = null;
    for (HistoryRun run : cib.history()) {
      if (lastNode == null || !lastNode.equals(run.node())) {
        if (pendingRun != null) {
          // finish the node before deciding about the next (which may depend on it)
          replayRun(pendingRun.rsc(), pendingRun.node(), pending, out);
          pendingRun = null;
          pending = null;
        }
        lastNode = run.node();
        lastCounts = nodeCounts.computeIfAbsent(lastNode,
            n -> !replayedNodes.contains(n) && unpackNode.test(n));
      }
      if (!lastCounts) {
        continue;
      }
      if (pendingRun != null && sameString(pendingRun.rsc(), run.rsc())
          && pendingRun.node().equals(run.node())) {
        pending = new ArrayList<>(pending);
        pending.addAll(run.ops());
        continue;
      }
      if (pendingRun != null) {
        replayRun(pendingRun.rsc(), pendingRun.node(), pending, out);
      }
      pendingRun = run;
      pending = run.ops();
    }
    if (pendingRun != null) {
      replayRun(pendingRun.rsc(), pendingRun.node(), pending, out);
    }
    int before = replayedNodes.size();
    nodeCounts.forEach((n, counted) -> {
      if (counted) {
        replayedNodes.add(n);
      }
    });
    return replayedNodes.size() > before;
  }

  /** The highest role the history replayed so far shows a resource (instance) in. */
  public Role roleSoFar(String rsc) {
    Role r = out.roles.get(rsc);
    return r == null ? Role.STOPPED : r;
  }

  /** What the history replayed so far says. */
  public Result result() {
    return new Result(List.copyOf(out.active), List.copyOf(out.failed), failCounts(), out.probed,
        out.recurring, List.copyOf(out.sinceStart), out.historyIds);
  }

  /** Where each resource is active so far (nodes replayed up to now). */
  public List<ActiveFact> activeSoFar() {
    return List.copyOf(out.active);
  }

  /** Equal strings (or both null); hashes first, as consecutive runs mostly differ. */
  private static boolean sameString(String a, String b) {
    if (a == b) {
      return true;
    }
    return a != null && b != null && a.hashCode() == b.hashCode() && a.equals(b);
  }

  /** What the replay found so far. */
  private static final class Replayed {
    final List<ActiveFact> active = new ArrayList<>();
    final List<FailedOpFact> failed = new ArrayList<>();
    final Map<String, Set<String>> probed = new HashMap<>();
    final Map<String, Role> roles = new HashMap<>();
    final Map<String, Recurring> recurring = new HashMap<>();
    final List<SinceStart> sinceStart = new ArrayList<>();
    final Map<String, String> historyIds = new HashMap<>();
    /** anonymous clone instances: clone id -> instance per node. */
    final Map<String, Map<String, String>> cloneBinding = new LinkedHashMap<>();
    /** The configured nodes, over which the probed sets are bits. */
    final NodeSet.Nodes nodes;

    Replayed(NodeSet.Nodes nodes) {
      this.nodes = nodes;
    }

    /** The nodes where {@code rsc} is known (no lambda: this runs for every history entry). */
    Set<String> probedAt(String rsc) {
      Set<String> nodes = probed.get(rsc);
      if (nodes == null) {
        nodes = this.nodes.newSet();
        probed.put(rsc, nodes);
      }
      return nodes;
    }
  }

  private void replayRun(String histId, String node, List<HistoryOp> ops, Replayed out) {
    if (ops.isEmpty()) {
      return;
    }
    if (ops.size() > 1) {
      ops = new ArrayList<>(ops);
      ops.sort(CALL_ORDER);
    }
    Replay r = replay(histId, ops);
    boolean activeHere = r.role.compareTo(Role.STARTED) >= 0;
    String rsc = resolveInstance(histId, node, activeHere, out.cloneBinding);
    boolean known = r.role != Role.UNKNOWN;
    if (rsc == null) {
      Target t = target(histId);
      if (known && t.cloneId() != null) {
        // no instance left to hold it (Pacemaker makes an orphan instance): the clone still
        // knows its state there
        out.probedAt(t.cloneId()).add(node);
      }
      return;
    }
    // membership only (no one iterates these sets): hashed, not sorted; a state is known once
    // the history says something other than "unknown" (a pending probe does not)
    if (known) {
      out.probedAt(rsc).add(node);
    }
    if (activeHere && !rsc.equals(histId)) {
      out.historyIds.put(rsc, histId);
    }
    if (activeHere) {
      out.active.add(new ActiveFact(rsc, node, r.role, r.failed, out.active.size()));
      SinceStart since = sinceStart(rsc, node, ops);
      if (since != null) {
        out.sinceStart.add(since);
      }
      out.roles.merge(rsc, r.role, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    Recurring rec = recurring(ops);
    if (rec != null) {
      out.recurring.put(key(rsc, node), rec);
    }
    for (HistoryOp f : r.failures) {
      String onFail = onFail(rsc, f);
      if ("ignore".equals(onFail) && f.opStatus() != 0 && f.opStatus() != 4) {
        onFail = null; // an agent that cannot run at all is not an ignorable failure
      }
      out.failed.add(new FailedOpFact(rsc, node, f.task(), f.intervalMs(), f.rc(), onFail,
          rcClass(f), f.id()));
    }
  }

  /**
   * Pacemaker's calculate_active_ops: the index of the last start (or migrate_from; failing those,
   * the last promote/demote, then a monitor that found it running after the last stop) and of the
   * last successful stop, -1 for none.
   */
  private static int[] activeIndices(List<HistoryOp> sorted) {
    int start = -1;
    int stop = -1;
    int impliedMonitor = -1;
    int impliedClone = -1;
    for (int i = 0; i < sorted.size(); i++) {
      HistoryOp op = sorted.get(i);
      String task = op.task();
      if (task.equals("stop") && op.opStatus() == 0) {
        stop = i;
      } else if (task.equals("start") || task.equals("migrate_from")) {
        start = i;
      } else if (impliedMonitor <= stop && task.equals("monitor")) {
        if (op.rc() == 0 || op.rc() == 8) {
          impliedMonitor = i;
        }
      } else if (task.equals("promote") || task.equals("demote")) {
        impliedClone = i;
      }
    }
    if (start == -1) {
      start = impliedClone != -1 ? impliedClone : impliedMonitor;
    }
    return new int[] {start, stop};
  }

  /** The entries from the last start on, unless a stop came after it. */
  private static SinceStart sinceStart(String rsc, String node, List<HistoryOp> sorted) {
    int[] idx = activeIndices(sorted);
    if (idx[0] < idx[1]) {
      return null;
    }
    boolean startPending = false;
    for (HistoryOp op : sorted) {
      startPending |= op.opStatus() == -1 && op.task().equals("start");
    }
    List<HistoryOp> ops = sorted.subList(Math.max(0, idx[0]), sorted.size());
    return new SinceStart(rsc, node, List.copyOf(ops), startPending);
  }

  /**
   * Pacemaker's calculate_active_ops then process_recurring: the last start (or migrate_from;
   * failing those, the last promote/demote, then a monitor that found it running after the last
   * stop), the last successful stop, and the recurring entries after whichever came last.
   */
  private static Recurring recurring(List<HistoryOp> sorted) {
    boolean anyRecurring = false;
    for (int i = 0; i < sorted.size() && !anyRecurring; i++) {
      anyRecurring = sorted.get(i).intervalMs() > 0;
    }
    if (!anyRecurring) {
      return null; // most entries: a probe and nothing else
    }
    int[] idx = activeIndices(sorted);
    int start = idx[0];
    int stop = idx[1];
    boolean stopped = start < stop;
    List<HistoryOp> ops = new ArrayList<>(2);
    for (int i = 0; i < sorted.size(); i++) {
      HistoryOp op = sorted.get(i);
      if ((stopped && i <= stop) || i < start || op.intervalMs() <= 0 || op.opStatus() == -1) {
        continue;
      }
      ops.add(op);
    }
    return ops.isEmpty() ? null : new Recurring(List.copyOf(ops), stopped);
  }

  private static final class Replay {
    Role role = Role.UNKNOWN;
    boolean failed = false;
    List<HistoryOp> failures = List.of();
  }

  private Replay replay(String rsc, List<HistoryOp> ops) {
    Replay r = new Replay();
    for (int i = 0; i < ops.size(); i++) { // no iterator: this runs for every history entry
      HistoryOp op = ops.get(i);
      if (op.opStatus() == -1) {
        if (op.task().equals("start") || op.task().equals("migrate_from")
            || op.task().equals("stop") || op.task().equals("promote")) {
          if (r.role.compareTo(Role.STARTED) < 0) {
            r.role = Role.STARTED;
          }
        }
        continue;
      }
      if (op.opStatus() == 1) {
        continue; // cancelled
      }
      boolean probe = op.isProbe();
      int expected = op.targetRc() >= 0 ? op.targetRc() : (probe ? 7 : 0);
      int rc = op.rc();
      boolean done = op.opStatus() == 0 || op.opStatus() == 4;
      boolean ok = done && (rc == expected || (probe && (rc == 0 || rc == 7 || rc == 8))
          || (rc == 7 && probe));
      if (done && rc == 7 && !probe && expected == 7) {
        ok = true;
      }
      if (ok) {
        success(r, op, op.rc());
        continue;
      }
      // a failure; with on-fail=ignore it counts as if it had succeeded
      if ("ignore".equals(onFail(rsc, op)) && done) {
        success(r, op, expected);
        continue;
      }
      if (expired(rsc, op)) {
        if (op.task().equals("monitor") && rc == 7) {
          r.role = Role.STOPPED;
        }
        continue;
      }
      r.failed = true;
      if (r.failures.isEmpty()) {
        r.failures = new ArrayList<>(2);
      }
      r.failures.add(op);
      switch (op.task()) {
        case "stop":
          r.role = Role.STARTED;
          break;
        case "promote":
          r.role = Role.PROMOTED;
          break;
        case "demote":
          // a failed demote leaves it active (a demote that found it not running too: it is
          // failed, so it will be stopped); with on-fail=block it is left promoted
          r.role = "block".equals(onFail(rsc, op)) ? Role.PROMOTED
              : rc == 7 ? Role.STARTED : Role.UNPROMOTED;
          break;
        default:
          if (probe && rc == 5) {
            r.role = Role.STOPPED;
          } else if (rc == 8 || rc == 9) {
            r.role = Role.PROMOTED;
          } else if (r.role.compareTo(Role.STARTED) < 0) {
            r.role = Role.STARTED;
          }
          break;
      }
    }
    return r;
  }

  private void success(Replay r, HistoryOp op, int rc) {
    switch (op.task()) {
      case "monitor":
        if (rc == 7) {
          r.role = Role.STOPPED;
          r.failed = false;
          if (!r.failures.isEmpty()) {
            r.failures.removeIf(f -> !f.task().equals("stop"));
          }
        } else if (rc == 8) {
          r.role = Role.PROMOTED;
        } else if (r.role.compareTo(Role.STARTED) < 0) {
          r.role = Role.STARTED;
        }
        break;
      case "start":
      case "migrate_from":
        r.role = Role.STARTED;
        clear(r);
        break;
      case "stop":
        r.role = Role.STOPPED;
        clear(r);
        break;
      case "promote":
        r.role = Role.PROMOTED;
        clear(r);
        break;
      case "demote":
        r.role = Role.UNPROMOTED;
        break;
      case "migrate_to":
        r.role = Role.STARTED;
        break;
      default:
        if (r.role.compareTo(Role.STARTED) < 0 && !op.task().equals("notify")
            && !op.task().equals("meta-data") && !op.task().equals("delete")) {
          r.role = Role.STARTED;
        }
        break;
    }
  }

  /** Successful start/stop clears earlier failures unless on-fail keeps them. */
  private static void clear(Replay r) {
    r.failed = false;
    r.failures = List.of();
  }

  private boolean expired(String histRsc, HistoryOp op) {
    ResourceFact f = resource(histRsc);
    if (f == null || f.failureTimeoutSeconds() <= 0 || op.task().equals("stop")) {
      return false;
    }
    long when = op.lastRcChange();
    if (when <= 0 || cib.now().getEpochSecond() < when + f.failureTimeoutSeconds()) {
      return false;
    }
    return !waitsForFencing(f.id(), op);
  }

  /**
   * A remote connection with a reconnect interval keeps a failed recurring monitor until its
   * node has been fenced (with fencing enabled), as Pacemaker does: the failure is what gets the
   * node fenced.
   */
  private boolean waitsForFencing(String rsc, HistoryOp op) {
    if (!cib.cluster().fencingEnabled() || op.intervalMs() == 0 || !op.task().equals("monitor")) {
      return false;
    }
    for (org.zcrm.engine.facts.RemoteNodeFact n : cib.remoteNodes()) {
      if (n.connection().equals(rsc) && !n.guest() && n.reconnectIntervalSeconds() > 0) {
        return !n.fencedRecorded();
      }
    }
    return false;
  }

  private ResourceFact resource(String histId) {
    ResourceFact f = byId.get(histId);
    if (f == null) {
      f = byId.get(histId + ":0");
    }
    if (f == null && histId.contains(":")) {
      f = byId.get(histId.substring(0, histId.lastIndexOf(':')) + ":0");
    }
    return f;
  }

  /** The on-fail of the first configured operation of {@code rsc} with this name and interval. */
  private String onFail(String rsc, HistoryOp op) {
    for (OpFact o : opsByRsc.getOrDefault(rsc, List.of())) {
      if (o.name().equals(op.task()) && o.intervalMs() == op.intervalMs()) {
        return o.onFail();
      }
    }
    return null;
  }

  private static String rcClass(HistoryOp op) {
    switch (op.rc()) {
      case 2: case 4: case 5:
        return "hard";
      case 6:
        return "fatal";
      case 3:
        return op.intervalMs() == 0 ? "hard" : "soft";
      default:
        return op.opStatus() == 5 || op.opStatus() == 6 || op.opStatus() == 7 ? "hard" : "soft";
    }
  }

  /**
   * What a history id names, apart from which instance of an anonymous clone: {@code fixed} is the
   * answer (possibly null: nothing) unless {@code cloneId} is the anonymous clone whose instances
   * {@code base:0}, {@code base:1}, ... the entry may stand for.
   */
  private record Target(String fixed, String base, String cloneId) {}

  private Target target(String histId) {
    Target known = targets.get(histId);
    if (known != null) {
      return known;
    }
    Target t = resolveTarget(histId);
    targets.put(histId, t);
    return t;
  }

  private Target resolveTarget(String h) {
    int colon = h.lastIndexOf(':');
    String base = colon >= 0 ? h.substring(0, colon) : h;
    ResourceFact first = byId.get(base + ":0");
    if (first == null) {
      return new Target(h, null, null);
    }
    ResourceFact clone = first;
    while (clone != null && clone.kind() != ResourceFact.Kind.CLONE) {
      clone = clone.parent() == null ? null : byId.get(clone.parent());
    }
    if (clone == null || (clone.cloneMeta() != null && clone.cloneMeta().globallyUnique())) {
      return new Target(byId.containsKey(h) ? h : null, null, null);
    }
    return new Target(null, base, clone.id());
  }

  /**
   * Maps a history entry to a configured resource. Entries of anonymous clones (numbered or not)
   * go to the instance already active on that node, else to the first instance not active
   * anywhere, the way Pacemaker's find_anonymous_clone does.
   */
  private String resolveInstance(String histId, String node, boolean activeHere,
      Map<String, Map<String, String>> binding) {
    Target t = target(histId);
    if (t.cloneId() == null) {
      return t.fixed();
    }
    String base = t.base();
    Map<String, String> perNode = binding.computeIfAbsent(t.cloneId(), k -> new LinkedHashMap<>());
    String bound = perNode.get(node);
    if (bound != null) {
      return base + ":" + bound;
    }
    Set<String> activeIdx = new TreeSet<>(perNode.values());
    for (int i = 0; byId.containsKey(base + ":" + i); i++) {
      String idx = Integer.toString(i);
      if (!activeIdx.contains(idx)) {
        if (activeHere) {
          perNode.put(node, idx);
        }
        return base + ":" + idx;
      }
    }
    return null;
  }

  private List<FailCountFact> failCounts() {
    List<FailCountFact> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> n : cib.nodeAttributes().entrySet()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      Map<String, Long> last = new LinkedHashMap<>();
      for (Map.Entry<String, String> a : n.getValue().entrySet()) {
        String k = a.getKey();
        if (k.startsWith("fail-count-")) {
          String rsc = failTarget(stripOp(k.substring("fail-count-".length())));
          counts.merge(rsc, Scores.parse(a.getValue(), 0), Scores::add);
        } else if (k.startsWith("last-failure-")) {
          String rsc = failTarget(stripOp(k.substring("last-failure-".length())));
          last.merge(rsc, Values.parseLong(a.getValue(), 0), Math::max);
        }
      }
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        if (c.getValue() <= 0) {
          continue;
        }
        for (String rsc : instancesFor(c.getKey())) {
          out.add(new FailCountFact(rsc, n.getKey(), c.getValue(), last.getOrDefault(c.getKey(), 0L)));
        }
      }
    }
    return out;
  }

  /**
   * Whom a fail count attribute counts against: an anonymous clone's instances are
   * interchangeable, so a count naming any one of them ({@code rsc:N}) counts for them all.
   */
  private String failTarget(String rsc) {
    Target t = target(rsc);
    return t.cloneId() != null ? t.base() : rsc;
  }

  private static String stripOp(String s) {
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }

  private List<String> instancesFor(String rsc) {
    if (byId.containsKey(rsc)) {
      return List.of(rsc);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; byId.containsKey(rsc + ":" + i); i++) {
      out.add(rsc + ":" + i);
    }
    return out;
  }
}
