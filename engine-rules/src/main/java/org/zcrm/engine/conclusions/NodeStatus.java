package org.zcrm.engine.conclusions;

/** What the node-state rules concluded about a node. */
public record NodeStatus(String node, State state, String reason, String rule) {

  /** Node states, as Pacemaker distinguishes them. */
  public enum State { ONLINE, OFFLINE, UNCLEAN, PENDING, SHUTDOWN }
}
