package org.zcrm.engine.facts;

/** A member of a group and the member listed before it (null for the first). */
public record GroupMemberFact(String group, String member, String previous, int index) {}
