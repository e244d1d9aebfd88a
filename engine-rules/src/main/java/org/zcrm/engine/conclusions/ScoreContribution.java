package org.zcrm.engine.conclusions;

/**
 * A score a rule gives a resource on a node ({@code node == null}: on every node).
 *
 * @param constraint the constraint id (or meta attribute) that caused it
 */
public record ScoreContribution(String rsc, String node, int score, String rule, String constraint) {}
