package org.zcrm.engine.conclusions;

/**
 * A node to fence (reboot), with Pacemaker's reason text.
 *
 * @param seq which reason wins when several rules fence the same node (lowest first: node state,
 *     then resources in the order their history was recorded)
 * @param container for a guest node: the resource whose recovery fences it (no fencing device
 *     is used); null otherwise
 * @param revocable whether the fencing is dropped when the node's connection can be started
 *     again (a remote node whose connection stopped with resources active there)
 */
public record FenceDecision(String node, String reason, String rule, int seq, String container,
    boolean revocable) {

  /** A fencing of a cluster or remote node that stands whatever is assigned. */
  public FenceDecision(String node, String reason, String rule, int seq) {
    this(node, reason, rule, seq, null, false);
  }

  /** Whether this is a guest node, fenced by recovering its container. */
  public boolean guest() {
    return container != null;
  }
}
