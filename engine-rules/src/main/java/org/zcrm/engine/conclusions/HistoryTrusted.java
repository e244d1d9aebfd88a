package org.zcrm.engine.conclusions;

/**
 * The node-state rules' conclusion that a node's operation history counts: the engine replays it
 * to find where resources are active and what failed.
 */
public record HistoryTrusted(String node, String rule) {}
