package org.zcrm.engine.facts;

/**
 * One rsc_ticket applied to one primitive (constraints on collective resources are expanded to
 * their primitives).
 *
 * @param lossPolicy stop, demote, fence or freeze
 */
public record TicketConstraintFact(String id, String rsc, String ticket, Role role, String lossPolicy) {}
