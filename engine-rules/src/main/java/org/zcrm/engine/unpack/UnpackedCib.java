package org.zcrm.engine.unpack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.ColocationFact;
import org.zcrm.engine.facts.LocationFact;
import org.zcrm.engine.facts.NodeAttributeFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.OpFact;
import org.zcrm.engine.facts.OrderFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.ResourceMetaFact;

/**
 * The CIB read into immutable facts: configuration, node attributes and raw operation history.
 *
 * @param resources in configuration order (clone instances expanded, parents before children)
 * @param resourceMeta each resource's effective meta attributes, in resource order then by name
 * @param history operation history per node and resource id as recorded, in status order
 * @param monitorOptions the cluster options about probes and recurring monitors
 * @param discovery the resource-discovery settings of location constraints, other than always
 * @param operations resolves the agent, parameters and meta of each resource action
 * @param featureSet the CIB's {@code crm_feature_set}, or null
 * @param nodeHealth each node's health score (empty when node-health-strategy is "none")
 * @param remoteNodes the Pacemaker Remote and guest nodes, in configuration order
 */
public record UnpackedCib(
    Instant now,
    ClusterFact cluster,
    List<NodeFact> nodes,
    Map<String, Map<String, String>> nodeAttributes,
    List<ResourceFact> resources,
    List<ResourceMetaFact> resourceMeta,
    List<OpFact> ops,
    List<LocationFact> locations,
    List<ColocationFact> colocations,
    List<OrderFact> orders,
    List<org.zcrm.engine.facts.TicketFact> tickets,
    List<org.zcrm.engine.facts.TicketConstraintFact> ticketConstraints,
    List<HistoryRun> history,
    Map<String, Map<String, String>> instanceParams,
    Map<String, Map<String, Integer>> nodeCapacity,
    Map<String, Map<String, Integer>> utilization,
    OperationResolver operations,
    List<org.zcrm.engine.facts.RemoteNodeFact> remoteNodes,
    org.zcrm.engine.facts.MonitorOptionsFact monitorOptions,
    List<org.zcrm.engine.facts.DiscoverySettingFact> discovery,
    String featureSet,
    List<org.zcrm.engine.facts.NodeHealthFact> nodeHealth) {

  /** Every node attribute as a fact, sorted by node then name. */
  public List<NodeAttributeFact> nodeAttributeFacts() {
    List<NodeAttributeFact> out = new ArrayList<>();
    nodeAttributes.forEach((node, attrs) -> attrs.forEach((name, value) ->
        out.add(new NodeAttributeFact(node, name, value))));
    return out;
  }

  /**
   * The exclusive resource-discovery settings as placement facts, sorted by resource then node:
   * one without a node per resource, one per node an exclusive constraint names.
   */
  public List<org.zcrm.engine.facts.DiscoveryFact> discoveryFacts() {
    java.util.SortedMap<String, java.util.SortedSet<String>> exclusive = new java.util.TreeMap<>();
    for (org.zcrm.engine.facts.DiscoverySettingFact d : discovery) {
      if (d.mode().equals("exclusive")) {
        java.util.SortedSet<String> nodes =
            exclusive.computeIfAbsent(d.rsc(), k -> new java.util.TreeSet<>());
        if (d.node() != null) {
          nodes.add(d.node());
        }
      }
    }
    List<org.zcrm.engine.facts.DiscoveryFact> out = new ArrayList<>();
    exclusive.forEach((rsc, nodes) -> {
      out.add(new org.zcrm.engine.facts.DiscoveryFact(rsc, null));
      for (String node : nodes) {
        out.add(new org.zcrm.engine.facts.DiscoveryFact(rsc, node));
      }
    });
    return out;
  }
}
