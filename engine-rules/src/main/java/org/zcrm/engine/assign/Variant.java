package org.zcrm.engine.assign;

import org.zcrm.engine.actions.ActionGraph;

/**
 * Per-variant behaviour (primitive, group, clone), one method per step, like Pacemaker's
 * assignment method tables.
 */
public interface Variant {
  /** Chooses a node (or none) for the resource; returns the node for colocation purposes. */
  String assign(Rsc rsc, Work work, String prefer);

  /** Creates the resource's actions (start, stop, pseudo actions) in the graph. */
  void createActions(Rsc rsc, Work work, ActionGraph graph);

  /** Orders the resource's own actions (stop before start, members inside collectives). */
  void internalOrderings(Rsc rsc, Work work, ActionGraph graph);

  /** The node colocated resources follow, after assignment (null if none). */
  default String colocationNode(Rsc rsc) {
    return rsc.assigned;
  }
}
