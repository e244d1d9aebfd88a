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
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    List<String> out = new ArrayList<>();
    out.add("  * Node List:");
    for (NodeFact n : facts.nodes()) {
      NodeStatus.State s = state.getOrDefault(n.name(), NodeStatus.State.OFFLINE);
      boolean fenced = c.fencing().stream().anyMatch(f -> f.node().equals(n.name()));
      var remote = work.remoteNodes.get(n.name());
      String kind = remote == null ? "" : remote.guest() ? "Guest" : "Remote";
      String label = remote == null ? "Node" : kind + "Node";
      if (remote != null && after) {
        // a remote node is up after the transition when its connection is
        Rsc conn = work.rsc(remote.connection());
        boolean up = conn != null && conn.assigned != null
            && conn.nextRole != org.zcrm.engine.facts.Role.STOPPED;
        s = up ? NodeStatus.State.ONLINE : NodeStatus.State.OFFLINE;
      }
      if (remote != null && remote.guest() && !after && s == NodeStatus.State.UNCLEAN) {
        continue; // crm_simulate lists a guest being recovered nowhere
      }
      if (remote != null && !remote.guest() && !after && fenced) {
        s = NodeStatus.State.UNCLEAN;
      }
      if (after && fenced && remote == null) {
        lists.computeIfAbsent(kind + "OFFLINE", k -> new ArrayList<>()).add(n.name());
      } else if (s == NodeStatus.State.UNCLEAN) {
        out.add("    * " + label + " " + n.name() + ": UNCLEAN (" + (n.member() > 0 ? "online" : "offline") + ")");
      } else if (n.standby() && s == NodeStatus.State.ONLINE) {
        out.add("    * " + label + " " + n.name() + ": standby");
      } else if (s == NodeStatus.State.ONLINE || s == NodeStatus.State.SHUTDOWN) {
        lists.computeIfAbsent(kind + "Online", k -> new ArrayList<>()).add(n.name());
      } else if (s == NodeStatus.State.PENDING) {
        out.add("    * " + label + " " + n.name() + ": pending");
      } else {
        lists.computeIfAbsent(kind + "OFFLINE", k -> new ArrayList<>()).add(n.name());
      }
    }
    for (String k : List.of("Online", "OFFLINE", "RemoteOnline", "RemoteOFFLINE", "GuestOnline",
        "GuestOFFLINE")) {
      List<String> names = lists.get(k);
      if (names != null) {
        out.add("    * " + k + ": [ " + String.join(" ", names) + " ]");
      }
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
