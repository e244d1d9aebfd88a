package org.zcrm.engine.facts;

/**
 * A resource (instance) found active on a node by its operation history.
 *
 * @param seq position of its history in the status section (earlier entries first)
 */
public record ActiveFact(String rsc, String node, Role role, boolean failed, int seq) {}
