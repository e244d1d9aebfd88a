package org.zcrm.engine.conclusions;

import org.zcrm.engine.facts.Role;

/** A colocation the assignment must honour: {@code dependent} with {@code primary}. */
public record ColocationEdge(String id, String dependent, String primary, int score,
    Role dependentRole, Role primaryRole, String nodeAttribute, boolean influence, String rule) {}
