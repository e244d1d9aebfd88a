package org.zcrm.cli.status;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link ClusterState} as crm_mon-like text, JSON or XML. The JSON keys ({@code dc},
 * {@code nodes[].name/state}, {@code resources[].id/agent/running_on/role/failed}, ...) are an
 * interface scripts depend on: add keys, never rename or remove them.
 */
public final class StatusFormat {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

  private StatusFormat() {}

  public static String text(ClusterState s) {
    StringBuilder sb = new StringBuilder();
    sb.append("Cluster Summary:\n");
    sb.append("  * Cluster: ").append(s.cluster()).append(" (ZooKeeper ").append(s.zkConnect()).append(")\n");
    sb.append("  * Current DC: ").append(s.dc().map(d -> d + " (epoch " + s.dcEpoch() + ")").orElse("NONE"))
        .append(s.quorum() ? " - partition with quorum" : " - partition WITHOUT quorum").append('\n');
    sb.append("  * Last updated: ").append(TIME.format(s.readAt())).append('\n');
    sb.append("  * Configuration generation: ").append(s.generation()).append(", status updates ")
        .append(s.numUpdates()).append('\n');
    long online = s.nodes().stream().filter(ClusterState.NodeView::member).count();
    sb.append("  * ").append(s.nodes().size()).append(" nodes configured (").append(online).append(" online), ")
        .append(s.resources().size()).append(" resource instances configured\n");
    if (!s.rules().isEmpty()) {
      sb.append("  * Policy rules: ").append(String.join(", ", s.rules())).append('\n');
    }
    s.rulesError().ifPresent(e -> sb.append("  * ERROR policy rules not in use, the DC runs the shipped rules: ")
        .append(e).append("\n    Fix or remove the rule file with 'zcrm rules add' / 'zcrm rules remove'.\n"));
    sb.append("\nNode List:\n");
    for (ClusterState.NodeView n : s.nodes()) {
      sb.append("  * Node ").append(n.name()).append(": ").append(nodeWord(n)).append(n.dc() ? " (DC)" : "")
          .append('\n');
    }
    sb.append("\nFull List of Resources:\n");
    if (s.resources().isEmpty()) {
      sb.append("  * No resources\n");
    }
    String parent = null;
    for (ClusterState.ResourceView r : s.resources()) {
      String indent = "  ";
      if (r.parent() != null) {
        if (!r.parent().equals(parent)) {
          sb.append("  * ").append(r.parent()).append(":\n");
        }
        indent = "    ";
      }
      parent = r.parent();
      sb.append(indent).append("* ").append(r.id()).append("\t(").append(r.agent()).append("):\t")
          .append(resourceWord(r)).append('\n');
    }
    if (!s.failCounts().isEmpty()) {
      sb.append("\nFail counts:\n");
      for (ClusterState.FailCount f : s.failCounts()) {
        sb.append("  * ").append(f.resource()).append(" on ").append(f.node()).append(": fail-count=")
            .append(f.count()).append('\n');
      }
      sb.append("  (forget them with 'zcrm resource cleanup RSC [--node NODE]')\n");
    }
    if (!s.failedActions().isEmpty()) {
      sb.append("\nFailed Resource Actions:\n");
      for (ClusterState.FailedAction f : s.failedActions()) {
        sb.append("  * ").append(f.resource()).append('_').append(f.task()).append('_').append(f.intervalMs())
            .append(" on ").append(f.node()).append(" returned ").append(f.rc())
            .append(f.exitReason() == null ? "" : " '" + f.exitReason() + "'").append('\n');
      }
    }
    if (!s.pending().isEmpty()) {
      sb.append("\nPending Actions:\n");
      for (ClusterState.PendingAction p : s.pending()) {
        sb.append("  * ").append(p.task()).append(p.intervalMs() > 0 ? " (" + p.intervalMs() + "ms)" : "")
            .append(' ').append(p.resource()).append(" on ").append(p.node()).append('\n');
      }
    }
    if (!s.fencing().isEmpty()) {
      sb.append("\nFencing History:\n");
      for (ClusterState.FenceEvent f : s.fencing()) {
        sb.append("  * ").append(f.action()).append(" of ").append(f.target()).append(' ')
            .append(f.state().equals("success") ? "successful" : f.state())
            .append(f.delegate() == null ? "" : ": delegate=" + f.delegate())
            .append(f.completed() == null ? "" : ", completed='" + TIME.format(f.completed()) + "'")
            .append(f.reason() == null ? "" : " (" + f.reason() + ")").append('\n');
      }
    }
    if (!s.cliConstraints().isEmpty()) {
      sb.append("\nNotice: constraints written by 'zcrm resource move/ban' are still in place: ")
          .append(String.join(", ", s.cliConstraints()))
          .append(".\n  They keep pinning or banning resources; remove them with 'zcrm resource clear RSC'.\n");
    }
    if (!s.problems().isEmpty()) {
      sb.append("\nConfiguration problems:\n");
      s.problems().forEach(p -> sb.append("  * ").append(p).append('\n'));
    }
    return sb.toString();
  }

  private static String nodeWord(ClusterState.NodeView n) {
    return switch (n.state()) {
      case UNCLEAN -> "UNCLEAN (offline)";
      case OFFLINE -> "OFFLINE";
      default -> n.state().word();
    };
  }

  private static String resourceWord(ClusterState.ResourceView r) {
    StringBuilder sb = new StringBuilder(r.role());
    if (!r.runningOn().isEmpty()) {
      sb.append(' ').append(String.join(" ", r.runningOn()));
    }
    if (r.failed()) {
      sb.append(" FAILED");
    }
    if (!r.managed()) {
      sb.append(" (unmanaged)");
    }
    if ("Stopped".equals(r.targetRole()) && r.runningOn().isEmpty()) {
      sb.append(" (disabled)");
    }
    return sb.toString();
  }

  /** The stable JSON form. */
  public static String json(ClusterState s) {
    return Json.write(tree(s));
  }

  static Map<String, Object> tree(ClusterState s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cluster", s.cluster());
    m.put("dc", s.dc().orElse(null));
    m.put("dc_epoch", s.dcEpoch());
    m.put("quorum", s.quorum());
    m.put("generation", s.generation());
    m.put("num_updates", s.numUpdates());
    m.put("last_updated", TIME.format(s.readAt()));
    List<Object> nodes = new ArrayList<>();
    for (ClusterState.NodeView n : s.nodes()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", n.name());
      o.put("state", n.state().word());
      o.put("online", n.member());
      o.put("dc", n.dc());
      o.put("standby", n.standby());
      o.put("maintenance", n.maintenance());
      nodes.add(o);
    }
    m.put("nodes", nodes);
    List<Object> rscs = new ArrayList<>();
    for (ClusterState.ResourceView r : s.resources()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", r.id());
      o.put("agent", r.agent());
      o.put("parent", r.parent());
      o.put("running_on", new ArrayList<Object>(r.runningOn()));
      o.put("role", r.role());
      o.put("failed", r.failed());
      o.put("managed", r.managed());
      o.put("target_role", r.targetRole());
      rscs.add(o);
    }
    m.put("resources", rscs);
    m.put("failed_actions", s.failedActions().stream().map(f -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("resource", f.resource());
      o.put("node", f.node());
      o.put("task", f.task());
      o.put("interval_ms", f.intervalMs());
      o.put("rc", f.rc());
      o.put("exit_reason", f.exitReason());
      return (Object) o;
    }).collect(Collectors.toList()));
    m.put("fail_counts", s.failCounts().stream().map(f -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("resource", f.resource());
      o.put("node", f.node());
      o.put("count", f.count());
      return (Object) o;
    }).collect(Collectors.toList()));
    m.put("fencing_history", s.fencing().stream().map(f -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("target", f.target());
      o.put("action", f.action());
      o.put("state", f.state());
      o.put("delegate", f.delegate());
      o.put("completed", f.completed() == null ? null : TIME.format(f.completed()));
      o.put("reason", f.reason());
      return (Object) o;
    }).collect(Collectors.toList()));
    m.put("pending_actions", s.pending().stream().map(p -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("node", p.node());
      o.put("resource", p.resource());
      o.put("task", p.task());
      o.put("interval_ms", p.intervalMs());
      return (Object) o;
    }).collect(Collectors.toList()));
    m.put("cli_constraints", new ArrayList<Object>(s.cliConstraints()));
    m.put("rules", new ArrayList<Object>(s.rules()));
    m.put("rules_error", s.rulesError().orElse(null));
    m.put("problems", new ArrayList<Object>(s.problems()));
    return m;
  }

  /** crm_mon --output-as xml in spirit: the same content as the JSON, as elements and attributes. */
  public static String xml(ClusterState s) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<zcrm-status>\n");
    sb.append("  <summary cluster=\"").append(esc(s.cluster())).append("\" dc=\"").append(esc(s.dc().orElse("")))
        .append("\" dc-epoch=\"").append(s.dcEpoch()).append("\" quorum=\"").append(s.quorum())
        .append("\" generation=\"").append(esc(s.generation())).append("\" num_updates=\"").append(s.numUpdates())
        .append("\" last-updated=\"").append(TIME.format(s.readAt())).append("\"/>\n  <nodes>\n");
    for (ClusterState.NodeView n : s.nodes()) {
      sb.append("    <node name=\"").append(esc(n.name())).append("\" state=\"").append(n.state().word())
          .append("\" online=\"").append(n.member()).append("\" is_dc=\"").append(n.dc()).append("\" standby=\"")
          .append(n.standby()).append("\" maintenance=\"").append(n.maintenance()).append("\"/>\n");
    }
    sb.append("  </nodes>\n  <resources>\n");
    for (ClusterState.ResourceView r : s.resources()) {
      sb.append("    <resource id=\"").append(esc(r.id())).append("\" agent=\"").append(esc(r.agent()))
          .append(r.parent() == null ? "" : "\" parent=\"" + esc(r.parent())).append("\" role=\"").append(r.role())
          .append("\" failed=\"").append(r.failed()).append("\" managed=\"").append(r.managed()).append('"');
      if (r.runningOn().isEmpty()) {
        sb.append("/>\n");
      } else {
        sb.append(">\n");
        r.runningOn().forEach(n -> sb.append("      <node name=\"").append(esc(n)).append("\"/>\n"));
        sb.append("    </resource>\n");
      }
    }
    sb.append("  </resources>\n  <failures>\n");
    for (ClusterState.FailedAction f : s.failedActions()) {
      sb.append("    <failure resource=\"").append(esc(f.resource())).append("\" node=\"").append(esc(f.node()))
          .append("\" task=\"").append(esc(f.task())).append("\" interval=\"").append(f.intervalMs())
          .append("\" rc=\"").append(f.rc()).append("\" exitreason=\"").append(esc(f.exitReason() == null ? ""
              : f.exitReason())).append("\"/>\n");
    }
    sb.append("  </failures>\n  <fence_history>\n");
    for (ClusterState.FenceEvent f : s.fencing()) {
      sb.append("    <fence_event target=\"").append(esc(f.target())).append("\" action=\"").append(f.action())
          .append("\" status=\"").append(f.state()).append("\" delegate=\"").append(esc(f.delegate() == null ? ""
              : f.delegate())).append("\"/>\n");
    }
    sb.append("  </fence_history>\n");
    s.rulesError().ifPresent(e -> sb.append("  <rules_error message=\"").append(esc(e)).append("\"/>\n"));
    for (String c : s.cliConstraints()) {
      sb.append("  <cli_constraint id=\"").append(esc(c)).append("\"/>\n");
    }
    return sb.append("</zcrm-status>\n").toString();
  }

  private static String esc(String v) {
    return v == null ? "" : v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
