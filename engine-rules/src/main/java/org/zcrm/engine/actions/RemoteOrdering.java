package org.zcrm.engine.actions;

import java.util.ArrayList;
import java.util.List;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.Role;

/**
 * Orders the actions that run on remote and guest nodes relative to the connection that reaches
 * them (and a guest's container), after Pacemaker's pcmk__order_remote_connection_actions: work
 * on a remote node happens while its connection is up; a resource restarts when its guest's
 * container does; a remote node whose connection is lost for good, with resources still active
 * there, can only be cleaned up by fencing. (Pacemaker marks some of these orderings
 * "then implies first"; for a primitive's action that has no effect there, so they are plain
 * orderings here.)
 */
final class RemoteOrdering {
  static final String REASON_UNRECOVERABLE = "resources are active but connection is unrecoverable";
  static final String REASON_UNKNOWN =
      "resources are in unknown state and connection is unrecoverable";
  private static final String RULE = "remote: action runs while the connection is up";

  /** The connection's state as Pacemaker's get_remote_node_state names it. */
  enum State { ALIVE, RESTING, UNKNOWN, STOPPED, FAILED }

  private RemoteOrdering() {}

  /**
   * Fences the remote nodes whose connection cannot be recovered while resources are active
   * there (before the actions are created, so their stops are implied by the fencing).
   */
  static void fenceUnrecoverable(Work work, ActionGraph g) {
    for (RemoteNodeFact n : work.remoteNodes.values()) {
      if (n.guest() || g.fencing().containsKey(n.node())) {
        continue;
      }
      Rsc conn = work.rsc(n.connection());
      if (conn == null || state(work, g, n, conn) != State.FAILED) {
        continue;
      }
      if (!work.canFence) {
        continue;
      }
      boolean active = false;
      for (Rsc r : work.rscs.values()) {
        if (r.isPrimitive() && r.managed && r.current.contains(n.node())) {
          active = true;
          break;
        }
      }
      if (active) {
        g.fence(n.node(), REASON_UNRECOVERABLE);
      } else if (work.remoteUpBefore.contains(n.node()) && unknownThere(work, n.node())) {
        g.fence(n.node(), REASON_UNKNOWN);
      }
    }
  }

  /** Whether some resource's state on a node is unknown (it would be probed there). */
  private static boolean unknownThere(Work work, String node) {
    for (Rsc r : work.rscs.values()) {
      if (r.parent == null && MonitorActions.wouldProbe(r, node, work)) {
        return true;
      }
    }
    return false;
  }

  static State state(Work work, ActionGraph g, RemoteNodeFact n, Rsc conn) {
    String host = conn.currentNode();
    if (conn.nextRole == Role.STOPPED || conn.assigned == null) {
      if (host != null && (work.unclean.contains(host) || g.fencing().containsKey(host))) {
        return State.FAILED;
      }
      if (!conn.failed()) {
        return State.STOPPED;
      }
      boolean shutdown = work.nodeAttr(n.node(), "shutdown") != null
          && !"0".equals(work.nodeAttr(n.node(), "shutdown"));
      if (conn.nextRole == Role.STOPPED && n.reconnectIntervalSeconds() > 0 && n.fencedRecorded()
          && !shutdown) {
        return State.UNKNOWN;
      }
      return State.FAILED;
    }
    if (host == null) {
      return State.UNKNOWN;
    }
    if (!work.onlineNodes.contains(host) || g.fencing().containsKey(host)) {
      return State.RESTING;
    }
    if (conn.current.size() > 1) {
      return State.RESTING;
    }
    return State.ALIVE;
  }

  static void apply(Work work, ActionGraph g) {
    if (work.remoteNodes.isEmpty()) {
      return;
    }
    for (Action f : g.fencing().values()) {
      Rsc container = f.guestContainer == null ? null : work.rsc(f.guestContainer);
      if (container != null) {
        for (Action stop : g.find(container, "stop")) {
          if (stop.node != null) {
            g.edge(stop, f, OrderingEdge.ORDERED, "remote: guest fenced by stopping its container",
                container.id);
          }
        }
      }
    }
    List<Action> actions = new ArrayList<>(g.actions());
    for (Action a : actions) {
      if (a.rsc == null || a.node == null || a.pseudo || a.task.equals("cancel")) {
        continue;
      }
      RemoteNodeFact n = work.remoteNodes.get(a.node);
      Rsc conn = n == null ? null : work.rsc(n.connection());
      if (conn == null) {
        continue;
      }
      if (a.task.equals("start")) {
        for (Action other : g.find(a.rsc, "stop")) {
          if (other.node != null && !other.node.equals(a.node)) {
            startThen(g, conn, other, OrderingEdge.ORDERED);
          }
        }
      }
      if (n.guest()) {
        guest(work, g, a, conn, work.rsc(n.container()));
      } else {
        remote(work, g, a, conn, state(work, g, n, conn));
      }
    }
  }

  private static void remote(Work work, ActionGraph g, Action a, Rsc conn, State state) {
    switch (kind(a)) {
      case "start", "promote" -> startThen(g, conn, a,
          OrderingEdge.UNRUNNABLE_FIRST_BLOCKS | (state == State.FAILED ? OrderingEdge.IMPLIES_THEN : 0));
      case "stop" -> {
        if (state == State.ALIVE || (state != State.FAILED && conn.nextRole == Role.STOPPED)) {
          thenStop(g, a, conn, 0);
        } else if (state != State.FAILED) {
          startThen(g, conn, a, 0);
        }
      }
      case "demote" -> {
        if (state == State.RESTING || state == State.UNKNOWN) {
          startThen(g, conn, a, 0);
        }
      }
      default -> {
        if (a.intervalMs > 0) {
          startThen(g, conn, a, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS | OrderingEdge.IMPLIES_THEN);
        } else if (conn.currentNode() != null && state == State.STOPPED) {
          thenStop(g, a, conn, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS);
        } else {
          startThen(g, conn, a, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS);
        }
      }
    }
  }

  private static void guest(Work work, ActionGraph g, Action a, Rsc conn, Rsc container) {
    switch (kind(a)) {
      case "start", "promote" -> {
        if (container != null) {
          startThen(g, container, a, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS | OrderingEdge.IMPLIES_THEN);
        }
        startThen(g, conn, a, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS);
      }
      case "stop", "demote" -> {
        if (container == null || !container.failed()) {
          thenStop(g, a, conn, 0);
        }
      }
      default -> startThen(g, conn, a, OrderingEdge.UNRUNNABLE_FIRST_BLOCKS
          | (a.intervalMs > 0 ? OrderingEdge.IMPLIES_THEN : 0));
    }
  }

  private static String kind(Action a) {
    return a.task.equals("migrate_to") || a.task.equals("migrate_from") ? "stop" : a.task;
  }

  private static void startThen(ActionGraph g, Rsc first, Action then, int flags) {
    for (Action f : g.find(first, "start")) {
      g.edge(f, then, OrderingEdge.ORDERED | flags, RULE, first.id);
    }
  }

  private static void thenStop(ActionGraph g, Action first, Rsc then, int flags) {
    for (Action t : g.find(then, "stop")) {
      g.edge(first, t, OrderingEdge.ORDERED | flags, RULE, then.id);
    }
  }
}
