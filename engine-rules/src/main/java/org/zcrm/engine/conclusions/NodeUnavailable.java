package org.zcrm.engine.conclusions;

/** A node that may not run resources (standby, pending, offline, ...), with why. */
public record NodeUnavailable(String node, String reason, String rule) {}
