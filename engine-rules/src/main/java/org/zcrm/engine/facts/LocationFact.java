package org.zcrm.engine.facts;

/** One rsc_location (or one of its rules) resolved for one node: the score it gives there. */
public record LocationFact(String id, String rsc, String node, int score, Role role) {}
