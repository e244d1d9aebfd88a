package org.zcrm.engine.assign;

import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.conclusions.OrderingEdge;

/** A group: members assigned in order (each colocated with the one before), pseudo actions. */
public final class GroupVariant implements Variant {

  @Override
  public String assign(Rsc rsc, Work work, String prefer) {
    if (!rsc.unassigned) {
      return rsc.assigned;
    }
    if (rsc.assigning || rsc.children.isEmpty()) {
      rsc.unassigned = rsc.children.isEmpty() ? false : rsc.unassigned;
      return null;
    }
    rsc.assigning = true;
    rsc.origRole = rsc.children.get(0).origRole;
    String first = null;
    boolean firstDone = false;
    for (Rsc m : rsc.children) {
      String n = m.variant.assign(m, work, prefer);
      if (!firstDone) {
        first = n;
        firstDone = true;
      }
    }
    rsc.nextRole = rsc.children.get(0).nextRole;
    rsc.assigned = first;
    rsc.assigning = false;
    rsc.unassigned = false;
    return first;
  }

  @Override
  public void createActions(Rsc rsc, Work work, ActionGraph graph) {
    for (Rsc m : rsc.children) {
      m.variant.createActions(m, work, graph);
    }
    graph.pseudoAction(rsc, "start");
    graph.pseudoAction(rsc, "running");
    graph.pseudoAction(rsc, "stop");
    graph.pseudoAction(rsc, "stopped");
  }

  @Override
  public void internalOrderings(Rsc rsc, Work work, ActionGraph graph) {
    String why = "implicit: group " + rsc.id;
    graph.order(rsc, "stop", rsc, "stopped", OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, why, rsc.id);
    graph.order(rsc, "stopped", rsc, "start", OrderingEdge.ORDERED, why, rsc.id);
    graph.order(rsc, "start", rsc, "running", OrderingEdge.UNRUNNABLE_FIRST_BLOCKS, why, rsc.id);
    for (Rsc m : rsc.children) {
      m.variant.internalOrderings(m, work, graph);
      graph.order(rsc, "stop", m, "stop", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(m, "stop", rsc, "stopped", OrderingEdge.ORDERED | OrderingEdge.IMPLIES_THEN, why, rsc.id);
      graph.order(rsc, "start", m, "start", OrderingEdge.ORDERED, why, rsc.id);
      graph.order(m, "start", rsc, "running",
          OrderingEdge.UNRUNNABLE_FIRST_BLOCKS | OrderingEdge.IMPLIES_THEN, why, rsc.id);
    }
  }

  @Override
  public String colocationNode(Rsc rsc) {
    return rsc.children.isEmpty() ? null : rsc.children.get(0).assigned;
  }
}
