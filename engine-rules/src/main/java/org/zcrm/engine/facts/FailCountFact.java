package org.zcrm.engine.facts;

/** A resource's fail count on a node (summed over operations) and when it last failed. */
public record FailCountFact(String rsc, String node, int count, long lastFailure) {}
