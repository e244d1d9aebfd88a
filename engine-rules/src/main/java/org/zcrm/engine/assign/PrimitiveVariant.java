package org.zcrm.engine.assign;

import org.zcrm.engine.Scores;
import org.zcrm.engine.actions.Action;
import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.actions.MonitorActions;
import org.zcrm.engine.conclusions.ColocationEdge;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.facts.Role;

/** A primitive: assigned to its best allowed node after colocations; start/stop actions. */
public final class PrimitiveVariant implements Variant {
  public static final String REASON_NODE_AVAILABILITY = "node availability";
  public static final String REASON_DEFINITION_CHANGE = "resource definition change";
  public static final String RELOAD = "reload-agent";

  @Override
  public String assign(Rsc rsc, Work work, String prefer) {
    if (!rsc.unassigned) {
      return rsc.assigned;
    }
    if (rsc.assigning) {
      return null;
    }
    rsc.assigning = true;
    for (ColocationEdge c : rsc.thisWith) {
      if (Colocations.mandatory(c)) {
        Colocations.applyThisWith(work, c, rsc);
      }
    }
    for (ColocationEdge c : rsc.withThis) {
      if (Colocations.mandatory(c)) {
        Colocations.addDependentScores(work, c, rsc);
      }
    }
    for (ColocationEdge c : rsc.thisWith) {
      if (!Colocations.mandatory(c)) {
        Colocations.applyThisWith(work, c, rsc);
      }
    }
    for (ColocationEdge c : rsc.withThis) {
      if (!Colocations.mandatory(c)) {
        Colocations.addDependentScores(work, c, rsc);
      }
    }
    if (rsc.nextRole == Role.STOPPED) {
      work.addScore(rsc, null, -Scores.INFINITY);
    }
    if (!rsc.managed) {
      assignTo(rsc, work, rsc.currentNode(), true);
    } else {
      assignBest(rsc, work, prefer);
    }
    rsc.assigning = false;
    return rsc.assigned;
  }

  private void assignBest(Rsc rsc, Work work, String prefer) {
    String mostCapable = Utilization.banInsufficientCapacity(work, rsc);
    if (prefer == null) {
      prefer = mostCapable;
    }
    String best = work.bestAllowed(rsc.allowed, rsc.currentNode());
    String chosen = null;
    if (prefer != null && best != null) {
      Integer ps = rsc.allowed.get(prefer);
      if (ps != null && ps >= rsc.allowed.get(best) && work.availableWithScore(rsc.allowed, prefer)) {
        chosen = prefer;
      }
    }
    if (chosen == null && best != null) {
      chosen = best;
      int bestScore = rsc.allowed.get(best);
      String running = rsc.currentNode();
      // stay where it runs when that ties with the best: in the sorted order the running node
      // would come among the available nodes with the best score
      if (bestScore > 0 && work.available(best) && running != null
          && work.availableWithScore(rsc.allowed, running)
          && rsc.allowed.get(running) == bestScore) {
        chosen = running;
      }
    }
    assignTo(rsc, work, chosen, false);
  }

  static void assignTo(Rsc rsc, Work work, String node, boolean force) {
    rsc.unassigned = false;
    if (node == null || (!force && !work.availableWithScore(rsc.allowed, node))) {
      rsc.assigned = null;
      if (rsc.nextRole == null || rsc.nextRole != Role.STOPPED) {
        rsc.nextRole = Role.STOPPED;
        if (rsc.stopReason == null) {
          rsc.stopReason = REASON_NODE_AVAILABILITY;
        }
      }
      return;
    }
    rsc.assigned = node;
    if (rsc.nextRole == null) {
      rsc.nextRole = Role.STARTED;
    }
    work.load.merge(node, 1, Integer::sum);
    Utilization.consume(work, rsc, node);
  }

  @Override
  public void createActions(Rsc rsc, Work work, ActionGraph graph) {
    String next = rsc.assigned;
    boolean multiple = rsc.current.size() > 1;
    boolean migrate = rsc.fact.allowMigrate() && rsc.managed && !rsc.failed() && !multiple
        && rsc.current.size() == 1 && next != null && !next.equals(rsc.currentNode())
        && !work.unclean.contains(rsc.currentNode()) && !work.unclean.contains(next)
        && rsc.origRole == Role.STARTED;
    boolean stopOnNext = false;
    for (String c : rsc.current) {
      boolean required = next == null || !next.equals(c) || rsc.failedOn.contains(c) || multiple
          || rsc.definitionRestart;
      Action stop = graph.resourceAction(rsc, "stop", c, !required);
      if (next == null) {
        stop.setReason(REASON_NODE_AVAILABILITY, true);
      }
      if (!rsc.managed) {
        stop.runnable = false;
      }
      graph.placeStop(stop, c, work);
      stop.migratable = migrate && !stop.pseudo;
      if (c.equals(next) && required) {
        stopOnNext = true;
      }
    }
    if (rsc.current.isEmpty()) {
      Action stop = graph.resourceAction(rsc, "stop", null, true);
      stop.runnable = false;
    }
    boolean startRequired = next != null && (!rsc.current.contains(next) || stopOnNext);
    if (rsc.promotable()) {
      roleActions(rsc, work, graph, next, startRequired);
    }
    if (next != null) {
      boolean required = !rsc.current.contains(next) || stopOnNext;
      Action start = graph.resourceAction(rsc, "start", next, !required);
      if (rsc.definitionReason != null) {
        start.setReason(rsc.definitionReason, true);
      }
      if (!rsc.managed || rsc.blocked || !work.available(next)) {
        start.runnable = false;
      }
      if (rsc.startBlocked != null) {
        start.runnable = false;
        start.setReason(rsc.startBlocked, true);
      }
      graph.placeStart(start, work);
      start.migratable = migrate;
      scheduleReloads(rsc, graph);
    } else {
      Action start = graph.resourceAction(rsc, "start", null, true);
      start.runnable = false;
    }
    MonitorActions.createRecurring(rsc, work, graph);
  }

  /**
   * Pacemaker's schedule_reload: reload-agent where the definition changed in parameters the agent
   * can reload, unless the resource is unmanaged or failed; a required stop or demote cancels it
   * ({@link org.zcrm.engine.actions.ActionPhase}).
   */
  private static void scheduleReloads(Rsc rsc, ActionGraph graph) {
    if (rsc.reloadOn.isEmpty() || !rsc.managed || rsc.failed()) {
      return;
    }
    for (String node : rsc.reloadOn) {
      if (rsc.current.contains(node)) {
        Action reload = graph.resourceAction(rsc, RELOAD, node, false);
        reload.setReason(REASON_DEFINITION_CHANGE, false);
        rsc.reload = true;
      }
    }
  }

  private static void roleActions(Rsc rsc, Work work, ActionGraph graph, String next,
      boolean startRequired) {
    String cur = rsc.currentNode();
    if (rsc.origRole == Role.PROMOTED && cur != null) {
      boolean needed = rsc.nextRole != Role.PROMOTED || next == null || !next.equals(cur)
          || rsc.failedOn.contains(cur);
      Action d = graph.resourceAction(rsc, "demote", cur, !needed);
      if (!rsc.managed) {
        d.runnable = false;
      }
      graph.placeStop(d, cur, work); // like a stop: implied by fencing its node, impossible on an unclean one
    } else {
      Action d = graph.resourceAction(rsc, "demote", null, true);
      d.runnable = false;
    }
    if (rsc.nextRole == Role.PROMOTED && next != null) {
      boolean needed = rsc.origRole != Role.PROMOTED || !next.equals(cur) || startRequired;
      Action p = graph.resourceAction(rsc, "promote", next, !needed);
      if (!rsc.managed || !work.available(next)) {
        p.runnable = false;
      }
    } else {
      Action p = graph.resourceAction(rsc, "promote", null, true);
      p.runnable = false;
    }
  }

  @Override
  public void internalOrderings(Rsc rsc, Work work, ActionGraph graph) {
    if (!rsc.managed) {
      return;
    }
    graph.order(rsc, "stop", rsc, "start",
        OrderingEdge.ORDERED | OrderingEdge.IMPLIES_THEN | ActionGraph.INTERMEDIATE_STOP,
        "implicit: stop before start", rsc.id);
    if (rsc.promotable()) {
      graph.order(rsc, "demote", rsc, "stop", OrderingEdge.ORDERED | OrderingEdge.IMPLIES_FIRST,
          "implicit: demote before stop", rsc.id);
      graph.order(rsc, "start", rsc, "promote",
          OrderingEdge.ORDERED | OrderingEdge.UNRUNNABLE_FIRST_BLOCKS | OrderingEdge.IMPLIES_THEN,
          "implicit: start before promote", rsc.id);
      graph.order(rsc, "demote", rsc, "promote", OrderingEdge.ORDERED, "implicit: demote before promote", rsc.id);
    }
  }
}
