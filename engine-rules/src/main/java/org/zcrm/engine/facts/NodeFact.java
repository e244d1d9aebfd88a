package org.zcrm.engine.facts;

/**
 * A cluster node as configured and as seen in the status section (raw membership fields; the
 * node-state rules decide what they mean).
 *
 * @param member epoch of cluster membership (in_ccm); 0 = not a member; -1 = no status entry
 * @param online epoch the controller came up (crmd); 0 = offline
 */
public record NodeFact(
    String name,
    String id,
    boolean hasStatus,
    long member,
    long online,
    String join,
    String expected,
    boolean shutdownRequested,
    boolean terminateRequested,
    boolean standby,
    boolean maintenance,
    boolean remote) {}
