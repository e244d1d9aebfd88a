package org.zcrm.engine.facts;

/**
 * A Pacemaker Remote node or guest node, created by its connection resource: an
 * {@code ocf:pacemaker:remote} primitive (remote node, named by the primitive's id), or the
 * implicit connection of a primitive with meta attribute {@code remote-node} (guest node, named by
 * that value, whose {@code container} is the primitive).
 *
 * @param container the resource the guest runs in; null for a remote node
 * @param reconnectIntervalSeconds the connection's {@code reconnect_interval}; 0 when unset
 * @param fencedRecorded whether the status records the node as fenced ({@code node_fenced})
 */
public record RemoteNodeFact(String node, String connection, String container,
    long reconnectIntervalSeconds, boolean fencedRecorded) {

  public boolean guest() {
    return container != null;
  }
}
