package org.zcrm.engine.facts;

/**
 * A failed operation in a resource's history on a node that still counts.
 *
 * @param onFail the operation's on-fail setting, or null when not configured
 * @param rcClass "soft", "hard" or "fatal" (OCF return code class)
 */
public record FailedOpFact(String rsc, String node, String task, long intervalMs, int rc,
    String onFail, String rcClass, String opId) {}
