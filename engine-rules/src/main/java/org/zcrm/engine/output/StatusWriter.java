package org.zcrm.engine.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zcrm.engine.Conclusions;
import org.zcrm.engine.assign.Rsc;
import org.zcrm.engine.assign.Work;
import org.zcrm.engine.conclusions.NodeStatus;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.unpack.UnpackedCib;

/** The cluster status blocks, in the shape crm_simulate prints them. */
public final class StatusWriter {
  private StatusWriter() {}

  public static List<String> current(UnpackedCib facts, Work work, Conclusions c) {
    return block(facts, work, c, false);
  }

  public static List<String> revised(UnpackedCib facts, Work work, Conclusions c) {
    return block(facts, work, c, true);
  }

  private static List<String> block(UnpackedCib facts, Work work, Conclusions c, boolean after) {
    Map<String, NodeStatus.State> state = new TreeMap<>();
    for (NodeStatus s : c.nodeStatus()) {
      state.put(s.node(), s.state());
    }
    List<String> online = new ArrayList<>();
    List<String> offline = new ArrayList<>();
    List<String> out = new ArrayList<>();
    out.add("  * Node List:");
    for (NodeFact n : facts.nodes()) {
      NodeStatus.State s = state.getOrDefault(n.name(), NodeStatus.State.OFFLINE);
      boolean fenced = c.fencing().stream().anyMatch(f -> f.node().equals(n.name()));
      if (after && fenced) {
        offline.add(n.name());
      } else if (s == NodeStatus.State.UNCLEAN) {
        out.add("    * Node " + n.name() + ": UNCLEAN (" + (n.member() > 0 ? "online" : "offline") + ")");
      } else if (n.standby() && s == NodeStatus.State.ONLINE) {
        out.add("    * Node " + n.name() + ": standby");
      } else if (s == NodeStatus.State.ONLINE || s == NodeStatus.State.SHUTDOWN) {
        online.add(n.name());
      } else if (s == NodeStatus.State.PENDING) {
        out.add("    * Node " + n.name() + ": pending");
      } else {
        offline.add(n.name());
      }
    }
    if (!online.isEmpty()) {
      out.add("    * Online: [ " + String.join(" ", online) + " ]");
    }
    if (!offline.isEmpty()) {
      out.add("    * OFFLINE: [ " + String.join(" ", offline) + " ]");
    }
    out.add("");
    out.add("  * Full List of Resources:");
    for (Rsc r : work.rscs.values()) {
      if (r.parent == null) {
        resource(out, r, "    ", after);
      }
    }
    return List.copyOf(out);
  }

  private static void resource(List<String> out, Rsc r, String indent, boolean after) {
    switch (r.fact.kind()) {
      case GROUP -> {
        out.add(indent + "* Resource Group: " + r.id + ":");
        for (Rsc m : r.children) {
          resource(out, m, indent + "  ", after);
        }
      }
      case CLONE -> {
        out.add(indent + "* Clone Set: " + r.id + ":");
        for (Rsc m : r.children) {
          resource(out, m, indent + "  ", after);
        }
      }
      default -> {
        String where;
        if (after) {
          where = r.assigned == null ? "Stopped" : "Started " + r.assigned;
        } else {
          where = r.current.isEmpty() ? "Stopped"
              : (r.failed() ? "FAILED " : "Started ") + String.join(" ", r.current);
        }
        out.add(indent + "* " + r.id + "\t(" + r.fact.agent() + "):\t " + where
            + (r.managed ? "" : " (unmanaged)"));
      }
    }
  }
}
