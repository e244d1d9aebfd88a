package org.zcrm.engine.assign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zcrm.engine.conclusions.FenceDecision;
import org.zcrm.engine.facts.ActiveFact;
import org.zcrm.engine.facts.ConnectionStateFact;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.Role;

/**
 * Pacemaker Remote and guest node connections: their state from the cluster nodes' history (for
 * the node-state rules), and, once assigned, which remote nodes can run resources in this
 * transition (Pacemaker's remote_connection_assigned: a connection that will run brings its node
 * up; one that will not takes it down).
 */
public final class RemoteConnections {
  private RemoteConnections() {}

  /** Each remote node's connection (and container) state, from where they are active. */
  public static List<ConnectionStateFact> states(List<RemoteNodeFact> nodes,
      List<ActiveFact> active) {
    Map<String, List<ActiveFact>> byRsc = new HashMap<>();
    for (ActiveFact a : active) {
      byRsc.computeIfAbsent(a.rsc(), k -> new ArrayList<>(1)).add(a);
    }
    List<ConnectionStateFact> out = new ArrayList<>();
    for (RemoteNodeFact n : nodes) {
      Seen conn = seen(byRsc.get(n.connection()));
      Seen container = n.guest() ? seen(byRsc.get(n.container()))
          : new Seen(Role.STARTED, false, null);
      out.add(new ConnectionStateFact(n.node(), n.connection(), n.container(), conn.role,
          conn.failed, conn.host, container.role, container.failed, container.host));
    }
    return out;
  }

  private record Seen(Role role, boolean failed, String host) {}

  private static Seen seen(List<ActiveFact> facts) {
    if (facts == null) {
      return new Seen(Role.STOPPED, false, null);
    }
    Role role = Role.STOPPED;
    boolean failed = false;
    String host = null;
    for (ActiveFact a : facts) {
      if (a.role().compareTo(role) > 0) {
        role = a.role();
      }
      failed |= a.failed();
      if (host == null || a.node().compareTo(host) < 0) {
        host = a.node();
      }
    }
    return new Seen(role, failed, host);
  }

  /** Whether a resource is the connection of a remote or guest node. */
  public static boolean isConnection(Work work, String rsc) {
    RemoteNodeFact n = work.remoteNodes.get(rsc);
    return n != null && n.connection().equals(rsc);
  }

  /**
   * Whether a primitive may be probed on a node: a remote node never runs fencing devices or
   * remote connections, a guest never runs a guest's container (no nesting), and a guest whose
   * container is stopped, or will stop or move, is not probed.
   */
  public static boolean mayProbe(Work work, Rsc rsc, String node) {
    RemoteNodeFact n = work.remoteNodes.get(node);
    if (n == null) {
      return true;
    }
    if (rsc.fact.fencingDevice() || isConnection(work, rsc.id)
        || work.guestsFenced.contains(node)) {
      return false;
    }
    if (n.guest()) {
      Rsc container = work.rsc(n.container());
      if (container == null || container.current.isEmpty() || container.failed()
          || container.nextRole == Role.STOPPED || container.assigned == null
          || !container.current.contains(container.assigned)) {
        return false; // the guest is stopped, or will stop: nothing can be active there
      }
      for (RemoteNodeFact other : work.remoteNodes.values()) {
        if (rsc.id.equals(other.container())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether an ordering runs from an action on a guest node to an action of that guest's own
   * container, other than the ones the engine makes for guests (rules named "remote:" and
   * "fencing:"): Pacemaker leaves such an ordering out of the graph as invalid.
   */
  public static boolean againstOwnGuest(Work work, String firstNode, Rsc thenRsc, String rule) {
    if (firstNode == null || thenRsc == null || work.remoteNodes.isEmpty()) {
      return false;
    }
    RemoteNodeFact n = work.remoteNodes.get(firstNode);
    return n != null && n.guest() && n.container().equals(thenRsc.id)
        && !(rule != null && (rule.startsWith("remote:") || rule.startsWith("fencing:")));
  }

  /** The remote node a connection reaches, or null. */
  public static RemoteNodeFact nodeOf(Work work, String connection) {
    RemoteNodeFact n = work.remoteNodes.get(connection);
    return n != null && n.connection().equals(connection) ? n : null;
  }

  /**
   * After the connections are assigned: a remote node whose connection will not run cannot run
   * resources; a revocable fencing is dropped when the connection will run again.
   */
  static void applyAssignedConnections(Work work) {
    for (RemoteNodeFact n : work.remoteNodes.values()) {
      Rsc conn = work.rsc(n.connection());
      boolean up = conn != null && conn.assigned != null && conn.nextRole != Role.STOPPED;
      if (!up) {
        work.unavailable.add(n.node());
        if (work.onlineNodes.remove(n.node())) {
          work.remoteUpBefore.add(n.node());
        }
        work.explain.add(n.connection(), n.node(), 0, "remote: connection will not run", null,
            "node cannot run resources");
      } else {
        if (work.revocableFencing.contains(n.node())) {
          work.revokedFencing.add(n.node());
        }
        if (!work.fencedNodes.contains(n.node())) {
          work.onlineNodes.add(n.node()); // up once its connection is: probes and monitors run
        }
      }
    }
    for (String node : work.revocableFencing) {
      if (!work.revokedFencing.contains(node)) {
        work.unavailable.add(node);
      }
    }
  }

  /** The fencing decisions that still stand after assignment. */
  public static List<FenceDecision> fencingKept(List<FenceDecision> fencing, Work work) {
    if (work.revokedFencing.isEmpty()) {
      return fencing;
    }
    List<FenceDecision> out = new ArrayList<>();
    for (FenceDecision f : fencing) {
      if (!(f.revocable() && work.revokedFencing.contains(f.node()))) {
        out.add(f);
      }
    }
    return out;
  }
}
