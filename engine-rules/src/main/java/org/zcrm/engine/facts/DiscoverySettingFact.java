package org.zcrm.engine.facts;

/**
 * A location constraint's {@code resource-discovery} other than {@code always}, for a resource on
 * a node the constraint applies to.
 *
 * @param constraint the location constraint's id
 * @param rsc the resource as the constraint names it (a clone, not one of its instances)
 * @param node a node the constraint applies to, or null for a constraint that applies to no node
 *     (an {@code exclusive} one still limits discovery of its resource to the nodes others allow)
 * @param mode {@code never} or {@code exclusive}, lower case
 */
public record DiscoverySettingFact(String constraint, String rsc, String node, String mode) {}
