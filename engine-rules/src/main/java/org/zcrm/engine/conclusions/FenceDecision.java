package org.zcrm.engine.conclusions;

/**
 * A node to fence (reboot), with Pacemaker's reason text.
 *
 * @param seq which reason wins when several rules fence the same node (lowest first: node state,
 *     then resources in the order their history was recorded)
 */
public record FenceDecision(String node, String reason, String rule, int seq) {}
