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
 * @param discovery where resources may be probed
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
    Discovery discovery,
    String featureSet,
    List<org.zcrm.engine.facts.NodeHealthFact> nodeHealth) {

  /** Every node attribute as a fact, sorted by node then name. */
  public List<NodeAttributeFact> nodeAttributeFacts() {
    List<NodeAttributeFact> out = new ArrayList<>();
    nodeAttributes.forEach((node, attrs) -> attrs.forEach((name, value) ->
        out.add(new NodeAttributeFact(node, name, value))));
    return out;
  }

  /** The exclusive resource-discovery settings as facts, sorted by resource then node. */
  public List<org.zcrm.engine.facts.DiscoveryFact> discoveryFacts() {
    List<org.zcrm.engine.facts.DiscoveryFact> out = new ArrayList<>();
    for (String rsc : new java.util.TreeSet<>(discovery.exclusive())) {
      out.add(new org.zcrm.engine.facts.DiscoveryFact(rsc, null));
      Map<String, Discovery.Mode> modes = discovery.modes().get(rsc);
      if (modes != null) {
        for (String node : new java.util.TreeSet<>(modes.keySet())) {
          if (modes.get(node) == Discovery.Mode.EXCLUSIVE) {
            out.add(new org.zcrm.engine.facts.DiscoveryFact(rsc, node));
          }
        }
      }
    }
    return out;
  }
}
