package org.zcrm.engine.facts;

/** A ticket's state from the status section (an absent ticket is not granted). */
public record TicketFact(String id, boolean granted, boolean standby) {}
