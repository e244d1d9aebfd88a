package org.zcrm.cli.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What `zcrm status` shows, read once from the store: the cluster summary, nodes, resources,
 * failures, fencing history and pending actions. Immutable; lists are sorted (nodes by name,
 * resources in configuration order, events newest first) so that output is deterministic.
 */
public record ClusterState(
    String cluster,
    String zkConnect,
    Optional<String> dc,
    long dcEpoch,
    boolean quorum,
    String generation,
    long numUpdates,
    Instant readAt,
    List<NodeView> nodes,
    List<ResourceView> resources,
    List<FailedAction> failedActions,
    List<FailCount> failCounts,
    List<FenceEvent> fencing,
    List<PendingAction> pending,
    List<String> cliConstraints,
    List<String> rules,
    Optional<String> rulesError,
    List<String> problems) {

  public ClusterState {
    nodes = List.copyOf(nodes);
    resources = List.copyOf(resources);
    failedActions = List.copyOf(failedActions);
    failCounts = List.copyOf(failCounts);
    fencing = List.copyOf(fencing);
    pending = List.copyOf(pending);
    cliConstraints = List.copyOf(cliConstraints);
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /** A node's state as crm_mon words it. */
  public enum NodeState {
    ONLINE("online"), STANDBY("standby"), MAINTENANCE("maintenance"), PENDING("pending"), OFFLINE("offline"),
    UNCLEAN("unclean");

    private final String word;

    NodeState(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** One configured node. */
  public record NodeView(String name, NodeState state, boolean member, boolean dc, boolean standby,
      boolean maintenance) {}

  /**
   * One primitive (or clone instance): where it is active and in which role; {@code parent} is its
   * group or clone, or null.
   */
  public record ResourceView(String id, String agent, String parent, List<String> runningOn, String role,
      boolean failed, boolean managed, String targetRole) {
    public ResourceView {
      runningOn = List.copyOf(runningOn);
    }
  }

  /** A failed operation that still counts, with the agent's exit reason when it gave one. */
  public record FailedAction(String resource, String node, String task, long intervalMs, int rc, String exitReason) {}

  /** A resource's fail count on a node. */
  public record FailCount(String resource, String node, int count) {}

  /** One fencing request and how it ended. */
  public record FenceEvent(String target, String action, String state, String delegate, Instant completed,
      String reason) {}

  /** An action the DC sent that its node has not picked up or finished yet. */
  public record PendingAction(String node, String resource, String task, long intervalMs) {}

  public Optional<NodeView> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  public Optional<ResourceView> resource(String id) {
    return resources.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
