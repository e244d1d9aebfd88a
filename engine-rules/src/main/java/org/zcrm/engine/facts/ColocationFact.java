package org.zcrm.engine.facts;

/** One rsc_colocation: {@code rsc} placed with {@code withRsc}. */
public record ColocationFact(String id, String rsc, String withRsc, int score, Role rscRole,
    Role withRole, String nodeAttribute, boolean influence) {}
