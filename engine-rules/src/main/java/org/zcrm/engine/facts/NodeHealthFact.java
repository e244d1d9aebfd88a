package org.zcrm.engine.facts;

/**
 * A node's overall health under the cluster's node-health-strategy: the sum of its
 * {@code #health*} attributes (colours scored as the strategy says, plus node-health-base for
 * "progressive"). Only present when a strategy other than "none" is in effect.
 *
 * @param strategy the node-health-strategy in effect (lower case)
 */
public record NodeHealthFact(String node, String strategy, int score) {}
