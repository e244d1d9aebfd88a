package org.zcrm.engine.assign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zcrm.engine.Explanation;
import org.zcrm.engine.Scores;

/** The assignment context: nodes, which may run resources, how loaded they are, the resources. */
public final class Work {
  public final List<String> nodes;
  public final Set<String> unavailable;
  /** Unclean nodes that will not be fenced: nothing can be stopped there. */
  public final Set<String> unclean = new java.util.TreeSet<>();
  public final Map<String, Map<String, String>> nodeAttrs;
  public final Map<String, Rsc> rscs = new LinkedHashMap<>();
  public final Map<String, Integer> load = new HashMap<>();
  /** Remaining node capacity (placement strategies other than "default"). */
  public final Map<String, Map<String, Integer>> capacity = new HashMap<>();
  /** What each primitive uses of a node's capacity. */
  public final Map<String, Map<String, Integer>> utilization = new HashMap<>();
  /** Nodes where each resource (instance) has history. */
  public final Map<String, Set<String>> probed = new HashMap<>();
  /** Online nodes that are neither unclean nor pending: where resources can be probed. */
  public final Set<String> onlineNodes = new java.util.TreeSet<>();
  /**
   * {@link #onlineNodes} as bits over the nodes of the probed sets, for "known on every online
   * node"; made by the probes on first use (once onlineNodes is complete).
   */
  public org.zcrm.engine.unpack.NodeSet onlineBits;
  /**
   * Cluster members not yet ready to run resources (pending): probed like online nodes, but those
   * probes cannot run, so they hold back the start of a resource active nowhere.
   */
  public final Set<String> pendingNodes = new java.util.TreeSet<>();
  /** Online nodes shutting down. */
  public final Set<String> shutdownNodes = new java.util.TreeSet<>();
  /** Nodes without recurring monitors (in maintenance: monitors.drl's NO_MONITORS on a node). */
  public final Set<String> maintenanceNodes = new java.util.TreeSet<>();
  /** Resources without recurring monitors (in maintenance: monitors.drl's NO_MONITORS). */
  public final Set<String> maintenanceRscs = new java.util.TreeSet<>();
  /** Resources never probed (monitors.drl: orphans, resources launched by a container). */
  public final Set<String> neverProbed = new java.util.TreeSet<>();
  /** Probe settings: enable-startup-probes and resource-discovery. */
  public org.zcrm.engine.unpack.Discovery discovery =
      org.zcrm.engine.unpack.Discovery.DEFAULT;
  /** Each primitive's configured operations, in configuration order. */
  public final Map<String, List<org.zcrm.engine.facts.OpFact>> ops = new HashMap<>();
  /** Recurring operations in effect per the history, by HistoryInterpreter.key(rsc, node). */
  public final Map<String, org.zcrm.engine.unpack.HistoryInterpreter.Recurring> recurring =
      new HashMap<>();
  /** Anonymous clone instance -> the name it was found active under, when another. */
  public final Map<String, String> historyIds = new HashMap<>();
  /** The remote and guest nodes, by name. */
  public final Map<String, org.zcrm.engine.facts.RemoteNodeFact> remoteNodes = new TreeMap<>();
  /** Remote nodes whose fencing is dropped if their connection can start again. */
  public final Set<String> revocableFencing = new java.util.TreeSet<>();
  /** Nodes fenced whatever is assigned (neither guests nor revocable). */
  public final Set<String> fencedNodes = new java.util.TreeSet<>();
  /** Guest nodes "fenced" by recovering their container: up again once it is, but not probed. */
  public final Set<String> guestsFenced = new java.util.TreeSet<>();
  /** Remote nodes that were up before their connection was found unable to run. */
  public final Set<String> remoteUpBefore = new java.util.TreeSet<>();
  /** Whether nodes can be fenced (fencing enabled, a device, quorum or no-quorum-policy=ignore). */
  public boolean canFence = true;
  /** Revocable fencings dropped because the connection was assigned. */
  public final Set<String> revokedFencing = new java.util.TreeSet<>();
  /** Promoted-role location scores: resource -> node -> score. */
  public final Map<String, Map<String, Integer>> promotionScores = new HashMap<>();
  public final String placementStrategy;
  /** Whether nodes are ordered by load (every strategy but "minimal"). */
  private final boolean byLoad;
  public final Explanation.Builder explain;

  public Work(List<String> nodes, Set<String> unavailable,
      Map<String, Map<String, String>> nodeAttrs, String placementStrategy,
      Explanation.Builder explain) {
    this.nodes = List.copyOf(nodes);
    this.unavailable = unavailable;
    this.nodeAttrs = nodeAttrs;
    this.placementStrategy = placementStrategy;
    this.byLoad = !placementStrategy.equals("minimal");
    this.explain = explain;
  }

  public Rsc rsc(String id) {
    return rscs.get(id);
  }

  /** Whether a node may run resources at all (online, not standby, not being fenced...). */
  public boolean available(String node) {
    return node != null && !unavailable.contains(node);
  }

  /** Available and, in this table, a non-negative score. */
  public boolean availableWithScore(Map<String, Integer> table, String node) {
    Integer s = table.get(node);
    return available(node) && s != null && s >= 0;
  }

  public boolean anyAvailable(Map<String, Integer> table) {
    for (Map.Entry<String, Integer> e : table.entrySet()) {
      if (available(e.getKey()) && e.getValue() >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A node's attribute for colocation purposes ("#uname" is the node name). */
  public String nodeAttr(String node, String attr) {
    if (attr == null || attr.equals("#uname")) {
      return node;
    }
    Map<String, String> a = nodeAttrs.get(node);
    return a == null ? null : a.get(attr);
  }

  /** Pacemaker's node order: score (unavailable = -INFINITY), load, preferred node, name. */
  public List<String> sortedAllowed(Map<String, Integer> table, String preferred) {
    // Same order as nodeOrder, with each node's score and load looked up once rather than on
    // every comparison (this sort runs once per resource placement).
    List<NodeKey> keys = new ArrayList<>(table.size());
    for (Map.Entry<String, Integer> e : table.entrySet()) {
      keys.add(key(e));
    }
    boolean balanced = placementStrategy.equals("balanced");
    keys.sort((a, b) -> compare(a, b, balanced, preferred));
    List<String> out = new ArrayList<>(keys.size());
    for (NodeKey k : keys) {
      out.add(k.node);
    }
    return out;
  }

  /**
   * The first node of {@link #sortedAllowed}, or null for an empty table: found in one pass (the
   * order is total), except under the balanced strategy, whose capacity comparison is left to the
   * sort.
   */
  public String bestAllowed(Map<String, Integer> table, String preferred) {
    if (placementStrategy.equals("balanced")) {
      List<String> sorted = sortedAllowed(table, preferred);
      return sorted.isEmpty() ? null : sorted.get(0);
    }
    NodeKey best = null;
    for (Map.Entry<String, Integer> e : table.entrySet()) {
      NodeKey k = key(e);
      if (best == null || compare(k, best, false, preferred) < 0) {
        best = k;
      }
    }
    return best == null ? null : best.node;
  }

  private NodeKey key(Map.Entry<String, Integer> e) {
    String n = e.getKey();
    int score = available(n) ? e.getValue() : -Scores.INFINITY;
    return new NodeKey(n, score, byLoad ? load.getOrDefault(n, 0) : 0);
  }

  private int compare(NodeKey a, NodeKey b, boolean balanced, String preferred) {
    if (a.score != b.score) {
      return a.score > b.score ? -1 : 1;
    }
    if (balanced) {
      int c = Utilization.compareCapacities(this, a.node, b.node);
      if (c != 0) {
        return c;
      }
    }
    if (a.load != b.load) {
      return a.load < b.load ? -1 : 1;
    }
    if (preferred != null) {
      if (preferred.equals(a.node)) {
        return -1;
      }
      if (preferred.equals(b.node)) {
        return 1;
      }
    }
    return a.node.compareTo(b.node);
  }

  private record NodeKey(String node, int score, int load) {}

  public Comparator<String> nodeOrder(Map<String, Integer> table, String preferred) {
    return (a, b) -> {
      int sa = available(a) ? table.getOrDefault(a, -Scores.INFINITY) : -Scores.INFINITY;
      int sb = available(b) ? table.getOrDefault(b, -Scores.INFINITY) : -Scores.INFINITY;
      if (sa != sb) {
        return sa > sb ? -1 : 1;
      }
      if (placementStrategy.equals("balanced")) {
        int c = Utilization.compareCapacities(this, a, b);
        if (c != 0) {
          return c;
        }
      }
      if (!placementStrategy.equals("minimal")) {
        int la = load.getOrDefault(a, 0);
        int lb = load.getOrDefault(b, 0);
        if (la != lb) {
          return la < lb ? -1 : 1;
        }
      }
      if (preferred != null) {
        if (preferred.equals(a)) {
          return -1;
        }
        if (preferred.equals(b)) {
          return 1;
        }
      }
      return a.compareTo(b);
    };
  }

  /** Adds a score for one node (null: every node) to a resource's table, saturating. */
  public void addScore(Rsc r, String node, int score) {
    if (node == null) {
      for (String n : nodes) {
        r.allowed.merge(n, score, Scores::add);
      }
    } else {
      r.allowed.merge(node, score, Scores::add);
    }
  }

  public static TreeMap<String, Integer> copy(Map<String, Integer> t) {
    return new TreeMap<>(t);
  }
}
