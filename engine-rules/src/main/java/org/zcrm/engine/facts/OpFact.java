package org.zcrm.engine.facts;

/** A configured operation of a primitive (recurring monitors and their on-fail settings). */
public record OpFact(String rsc, String name, long intervalMs, Role role, String onFail,
    boolean enabled, String id) {}
