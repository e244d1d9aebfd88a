package org.zcrm.engine.facts;

/**
 * One attribute of a node, for user policy: the node's instance_attributes in the nodes section
 * (rule-conditioned sets evaluated), its transient attributes from the status section (which win),
 * and the built-in {@code #uname}, {@code #id}, {@code #kind} and {@code #is_dc}.
 */
public record NodeAttributeFact(String node, String name, String value) {}
