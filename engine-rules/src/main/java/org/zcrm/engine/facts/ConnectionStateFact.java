package org.zcrm.engine.facts;

/**
 * Where a remote or guest node's connection (and a guest's container) run, as the cluster nodes'
 * history says; the node-state rules decide from it whether the node is up.
 *
 * @param connectionRole the connection's role (STOPPED when no history shows it active)
 * @param connectionHost the cluster node it is active on, or null
 * @param containerRole the guest's container's role; STARTED for a remote node
 * @param containerHost the cluster node the container is active on, or null
 */
public record ConnectionStateFact(String node, String connection, String container,
    Role connectionRole, boolean connectionFailed, String connectionHost,
    Role containerRole, boolean containerFailed, String containerHost) {

  public boolean connectionActive() {
    return connectionRole.compareTo(Role.STARTED) >= 0;
  }

  public boolean containerActive() {
    return containerRole.compareTo(Role.STARTED) >= 0;
  }
}
