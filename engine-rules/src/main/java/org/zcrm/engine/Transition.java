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

  /** One action in the graph. */
  public record GraphAction(int id, String key, String resource, String task, String node,
      boolean pseudo, boolean runnable) {}

  /** "first before then". */
  public record GraphEdge(int first, int then, String rule, String constraint) {}

  /** A resource's final score on a node (as crm_simulate -s prints "native_color"). */
  public record NodeScore(String resource, String node, int score) {}
}
