package org.zcrm.coordinator;

import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.zcrm.engine.Transition;

/**
 * The coordinator runs no Pacemaker Remote connections: a CIB that defines remote or guest nodes
 * is scheduled as Pacemaker would, but nothing is sent to those nodes (they are never members),
 * nor are the connection resources' own actions sent to cluster nodes. This says so once for each
 * set of such nodes, naming the actions that will wait.
 */
final class RemoteNodeNotice {
  private SortedSet<String> warned = new TreeSet<>();

  /**
   * The warning to log for this transition, if the remote nodes differ from those last warned
   * about (empty when there are none, or nothing new to say).
   */
  Optional<String> check(Set<String> remoteNodes, Transition t, Set<String> members) {
    SortedSet<String> now = new TreeSet<>(remoteNodes);
    now.removeAll(members); // a member of that name is a cluster node, whatever the CIB says
    if (now.equals(warned)) {
      return Optional.empty();
    }
    warned = now;
    if (now.isEmpty()) {
      return Optional.empty();
    }
    SortedSet<String> held = new TreeSet<>();
    for (Transition.GraphAction a : t.actions()) {
      if (a.resource() != null && !a.pseudo() && a.runnable()
          && (now.contains(a.node()) || ActionDispatcher.remoteConnection(a.op()))) {
        held.add(a.key() + "@" + a.node());
      }
    }
    return Optional.of("The CIB defines Pacemaker Remote or guest nodes, which zcrm does not connect"
        + " to: no action is sent to them or to their connections (remove their ocf:pacemaker:remote"
        + " resources or remote-node meta attributes, or run them as cluster nodes) nodes=" + now
        + " heldActions=" + held);
  }
}
