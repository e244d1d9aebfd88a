package org.zcrm.engine.output;

import java.util.ArrayList;
import java.util.List;
import org.zcrm.engine.actions.Action;
import org.zcrm.engine.actions.ActionGraph;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.facts.Role;

/**
 * The "Transition Summary" lines, worded and padded as Pacemaker's crm_simulate prints them
 * (Start, Stop, Move, Recover, Restart, Reload, Fence, with "due to ..." and "blocked").
 */
public final class SummaryWriter {
  private int rscWidth = 5;
  private int detailWidth = 5;
  private final List<String> lines = new ArrayList<>();

  public static List<String> summarize(Work work, ActionGraph graph) {
    SummaryWriter w = new SummaryWriter();
    for (Action f : graph.fencing().values()) {
      w.lines.add("Fence (" + fenceAction(work, f) + ") " + f.node
          + (f.guestContainer == null ? "" : " (resource: " + f.guestContainer + ")")
          + " '" + f.reason + "'");
    }
    for (Rsc r : work.rscs.values()) {
      if (r.isPrimitive()) {
        w.resource(r, graph);
      }
    }
    return List.copyOf(w.lines);
  }

  /**
   * A guest's fencing is a label for its container's recovery: "reboot" when the container starts
   * again, "off" when it only stops (as Pacemaker labels it); other nodes are rebooted.
   */
  private static String fenceAction(Work work, Action fence) {
    if (fence.guestContainer == null) {
      return "reboot";
    }
    Rsc container = work.rsc(fence.guestContainer);
    return container != null && container.assigned != null ? "reboot" : "off";
  }

  private static Action find(ActionGraph g, Rsc r, String task, String node) {
    for (Action a : g.find(r, task)) {
      if (node == null || node.equals(a.node)) {
        return a;
      }
    }
    return null;
  }

  private void resource(Rsc r, ActionGraph g) {
    String current = r.currentNode();
    String next = r.assigned;
    if (!r.managed || (current == null && next == null)) {
      return;
    }
    Role orig = current == null ? Role.STOPPED : r.origRole;
    Role nextRole = next == null ? Role.STOPPED : (r.nextRole == null ? Role.STARTED : r.nextRole);
    if (nextRole == Role.STOPPED && next != null) {
      nextRole = Role.STARTED;
    }
    boolean moving = current != null && next != null && !current.equals(next);
    Action start = next == null ? null : find(g, r, "start", next);
    String startNode = (start == null || !start.runnable) ? null : current;
    Action stop = startNode == null ? find(g, r, "stop", null) : find(g, r, "stop", startNode);
    if (stop != null && stop.node == null) {
      stop = null;
    }
    Action promote = next == null ? null : find(g, r, "promote", next);
    Action demote = next == null ? null : find(g, r, "demote", null);
    if (demote != null && demote.node == null) {
      demote = null;
    }
    if (orig == nextRole) {
      if (r.reload && !(moving && stop != null && stop.migratable && start != null
          && start.migratable && stop.runnable)) {
        item("Reload", r, orig, nextRole, current, next, start, null);
        return;
      }
      if (start == null || start.optional) {
        if (demote != null && promote != null && !demote.optional && !promote.optional) {
          item("Re-promote", r, orig, nextRole, current, next, promote, demote);
        }
        return;
      }
      if (!start.runnable) {
        Action reasonOp = (stop == null || stop.reason == null) ? start : stop;
        item("Stop", r, orig, nextRole, current, null, stop == null ? start : stop, reasonOp);
      } else if (moving && stop != null && stop.migratable && start.migratable && stop.runnable) {
        item("Migrate", r, orig, nextRole, current, next, start, null);
      } else if (moving) {
        item(r.failed() ? "Recover" : "Move", r, orig, nextRole, current, next, stop, null);
      } else if (r.failed()) {
        item("Recover", r, orig, nextRole, current, null, stop, null);
      } else {
        item("Restart", r, orig, nextRole, current, next, start, null);
      }
      return;
    }
    if (stop != null && (nextRole == Role.STOPPED || (start != null && !start.runnable))) {
      for (String node : r.current) {
        Action stopOp = find(g, r, "stop", node);
        Action reasonOp = start;
        if (stopOp != null && stopOp.reason != null) {
          reasonOp = stopOp;
        }
        item("Stop", r, orig, nextRole, node, null, stopOp == null ? stop : stopOp, reasonOp);
      }
    } else if (stop != null && r.failed()) {
      item("Recover", r, orig, nextRole, current, next, stop, start);
    } else if (moving) {
      item("Move", r, orig, nextRole, current, next, stop, null);
    } else if (r.reload) {
      item("Reload", r, orig, nextRole, current, next, start, null);
    } else if (stop != null && !stop.optional) {
      item("Restart", r, orig, nextRole, current, next, start, null);
    } else if (orig == Role.PROMOTED) {
      item("Demote", r, orig, nextRole, current, next, demote == null ? start : demote, null);
    } else if (nextRole == Role.PROMOTED) {
      item("Promote", r, orig, nextRole, current, next, promote == null ? start : promote, null);
    } else if (orig == Role.STOPPED && nextRole.compareTo(Role.STOPPED) > 0) {
      item("Start", r, orig, nextRole, current, next, start, null);
    }
  }

  private void item(String change, Rsc r, Role orig, Role nextRole, String origin,
      String destination, Action action, Action source) {
    if (action == null) {
      return;
    }
    if (source == null) {
      source = action;
    }
    int len = r.id.length();
    if (len > rscWidth) {
      rscWidth = len + 2;
    }
    boolean needRole = orig.compareTo(Role.STARTED) > 0 || nextRole.compareTo(Role.UNPROMOTED) > 0;
    boolean sameHost = origin != null && origin.equals(destination);
    boolean sameRole = orig == nextRole;
    String details;
    if (needRole && origin == null) {
      details = orig.text() + " -> " + nextRole.text() + " " + destination;
    } else if (origin == null) {
      details = destination;
    } else if (needRole && destination == null) {
      details = orig.text() + " " + origin;
    } else if (destination == null) {
      details = origin;
    } else if (needRole && sameRole && sameHost) {
      details = orig.text() + " " + origin;
    } else if (sameRole && sameHost) {
      details = origin;
    } else if (needRole && sameRole) {
      details = origin + " -> " + destination + " " + orig.text();
    } else if (sameRole) {
      details = origin + " -> " + destination;
    } else if (sameHost) {
      details = orig.text() + " -> " + nextRole.text() + " " + origin;
    } else {
      details = orig.text() + " " + origin + " -> " + nextRole.text() + " " + destination;
    }
    if (details.length() > detailWidth) {
      detailWidth = details.length();
    }
    String reason = null;
    if (source.reason != null && !action.runnable) {
      reason = "due to " + source.reason + " (blocked)";
    } else if (source.reason != null) {
      reason = "due to " + source.reason;
    } else if (!action.runnable) {
      reason = "blocked";
    }
    lines.add(String.format("%-8s   %-" + rscWidth + "s   ( %" + detailWidth + "s )%s%s", change,
        r.id, details, reason == null ? "" : "  ", reason == null ? "" : reason));
  }
}
