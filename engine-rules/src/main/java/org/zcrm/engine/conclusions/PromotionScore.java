package org.zcrm.engine.conclusions;

/** A score for running a promotable resource in the Promoted role on a node. */
public record PromotionScore(String rsc, String node, int score, String rule, String constraint) {}
