package org.zcrm.engine.facts;

/**
 * A location constraint's {@code resource-discovery} for a resource on a node, when it is
 * {@code exclusive} ({@code node} null: the resource is named by some constraint with exclusive
 * discovery, so it may only be probed, and run, where such a constraint names the node).
 */
public record DiscoveryFact(String rsc, String node) {}
