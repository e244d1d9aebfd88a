package org.zcrm.engine;

import java.time.Instant;
import java.util.List;

/**
 * What the engine decided: the transition summary lines (Pacemaker's wording), the actions and
 * their orderings (the graph), the node scores, and the explanation.
 */
public record Transition(
    Instant now,
    List<String> summary,
    List<GraphAction> actions,
    List<GraphEdge> edges,
    List<NodeScore> scores,
    Explanation explanation,
    List<String> currentStatus,
    List<String> revisedStatus) {

  /**
   * One action in the graph.
   *
   * @param key Pacemaker's operation key: {@code rsc_start_0}, probes {@code rsc_monitor_0},
   *     recurring monitors {@code rsc_monitor_10000}; a cancel has task {@code cancel} and the key
   *     of the monitor it cancels
   * @param op what the node's executor runs, resolved by the engine; null for pseudo actions,
   *     fencing and actions of collective resources
   */
  public record GraphAction(int id, String key, String resource, String task, String node,
      boolean pseudo, boolean runnable, Operation op) {}

  /**
   * What a node's executor needs to run a resource action, resolved for that node at "now": null
   * for pseudo actions, fencing and actions of collective resources.
   *
   * @param agent {@code class:provider:type}, or {@code class:type} without a provider
   *     ({@code lsb:foo}, {@code stonith:fence_xyz}); orphans take it from their history
   * @param intervalMs the operation's interval (0 for everything but recurring monitors and their
   *     cancels)
   * @param timeoutMs the timeout: the matching {@code <op>}'s (its attribute, then its
   *     meta_attributes), for probes the most frequent recurring monitor's, then op_defaults
   *     (rules evaluated), else 20 s; fencing devices' starts and probes take
   *     {@code pcmk_monitor_timeout} when set
   * @param params the primitive's instance_attributes, then its group's and clone's, evaluated for
   *     the action's node and "now" (node attributes, #uname, #id, date rules; blocks by score,
   *     first block wins); empty for orphans (the history records no parameter values)
   * @param meta what Pacemaker exports to agents as {@code CRM_meta_*}, named without that prefix
   *     and with dashes as underscores (as crm_meta_name does): the resource's effective meta
   *     attributes (its own, inherited from its group and clone, rsc_defaults, rules evaluated);
   *     for clone instances {@code clone} (instance number), {@code clone_max},
   *     {@code clone_node_max}, {@code globally_unique}, {@code notify}, and for promotable clones
   *     {@code promoted_max}, {@code promoted_node_max} (and the legacy {@code master_*}); over
   *     those, the operation's meta: its {@code <op>} meta_attributes, the {@code <op>}
   *     attributes ({@code name}, {@code role}, {@code on_fail}, ...), op_defaults where unset,
   *     {@code interval} in ms (absent when 0), {@code timeout} in ms; probes add
   *     {@code op_target_rc=7}, cancels {@code operation=monitor}; finally {@code on_node} and
   *     {@code on_node_uuid}
   */
  public record Operation(String agent, long intervalMs, long timeoutMs,
      java.util.SortedMap<String, String> params, java.util.SortedMap<String, String> meta) {}

  /** "first before then". */
  public record GraphEdge(int first, int then, String rule, String constraint) {}

  /** A resource's final score on a node (as crm_simulate -s prints "native_color"). */
  public record NodeScore(String resource, String node, int score) {}
}
