package org.zcrm.engine.conclusions;

/** A node to fence (reboot), with Pacemaker's reason text. */
public record FenceDecision(String node, String reason, String rule) {}
