package org.zcrm.engine.facts;

/** A resource (instance) found active on a node by its operation history. */
public record ActiveFact(String rsc, String node, Role role, boolean failed) {}
