package org.zcrm.cib.model.validate;

import static org.zcrm.cib.model.validate.ValidationContext.q;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.zcrm.cib.model.Alert;
import org.zcrm.cib.model.AlertRecipient;
import org.zcrm.cib.model.Node;
import org.zcrm.cib.model.fencing.FencingLevel;
import org.zcrm.cib.model.nv.ClusterPropertySet;
import org.zcrm.cib.model.nv.NvPair;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.cib.model.status.NodeState;
import org.zcrm.cib.model.value.PcmkBool;
import org.zcrm.cib.model.value.PcmkDuration;
import org.zcrm.cib.model.value.PcmkInt;
import org.zcrm.cib.model.value.Score;

/** Nodes, cluster options, fencing topology, alerts, attribute-set scores, and the status section. */
final class ClusterCheck {
  private static final Set<String> BOOLEAN_OPTIONS = Set.of("stonith-enabled", "fencing-enabled",
      "symmetric-cluster", "maintenance-mode", "stop-all-resources", "stop-orphan-resources",
      "stop-orphan-actions", "start-failure-is-fatal", "startup-fencing", "concurrent-fencing",
      "enable-startup-probes", "shutdown-lock");
  private static final Set<String> SPAN_OPTIONS = Set.of("cluster-recheck-interval", "stonith-timeout",
      "fencing-timeout", "dc-deadtime", "election-timeout", "shutdown-escalation", "join-integration-timeout",
      "join-finalization-timeout", "transition-delay", "shutdown-lock-limit", "priority-fencing-delay");
  private static final Map<String, Set<String>> ENUM_OPTIONS = Map.of(
      "no-quorum-policy", Set.of("stop", "freeze", "ignore", "demote", "suicide", "fence"),
      "placement-strategy", Set.of("default", "utilization", "minimal", "balanced"),
      "stonith-action", Set.of("reboot", "off", "poweroff"),
      "fencing-action", Set.of("reboot", "off", "poweroff"),
      "node-health-strategy", Set.of("none", "migrate-on-red", "only-green", "progressive", "custom"));

  private ClusterCheck() {}

  static void run(ValidationContext ctx) {
    if (ctx.config != null) {
      checkNodes(ctx);
      checkOptions(ctx);
      checkFencing(ctx);
      checkAlerts(ctx);
      ValidationContext.walk(ctx.config, (parent, e) -> {
        if (e instanceof NvSet s && s.getScore() != null) {
          ConstraintCheck.checkScore(ctx, s, "score", s.getScore(), false);
        }
      });
    }
    checkStatus(ctx);
  }

  private static void checkNodes(ValidationContext ctx) {
    Map<String, Node> byName = new HashMap<>();
    for (Node n : ctx.config.nodeList()) {
      if (n.getType() != null && !Vocabulary.in(Vocabulary.NODE_TYPES, n.getType())) {
        ctx.error(n, "unrecognized node type " + q(n.getType()) + " (use member, remote or ping)");
      }
      if (n.getUname() == null) {
        ctx.error(n, "has no uname (the node name)");
      } else {
        Node first = byName.putIfAbsent(n.getUname(), n);
        if (first != null) {
          ctx.warn(n, "more than one node entry has the name " + q(n.getUname()));
        }
      }
      if (n.getScore() != null && !Score.isValid(n.getScore())) {
        ctx.warn(n, "score " + q(n.getScore()) + " is not a score; 0 is used");
      }
    }
  }

  private static void checkOptions(ValidationContext ctx) {
    if (ctx.config.crmConfig() == null) {
      return;
    }
    for (ClusterPropertySet set : ctx.config.crmConfig().propertySets()) {
      for (NvPair p : set.nvpairs()) {
        String name = p.getName();
        String v = p.getValue();
        if (name == null || v == null) {
          continue;
        }
        if (BOOLEAN_OPTIONS.contains(name) && !PcmkBool.isBoolean(v)) {
          ctx.warn(p, "cluster option " + name + "=" + q(v) + " is not a boolean; the default is used");
        } else if (SPAN_OPTIONS.contains(name) && !PcmkDuration.isValid(v)) {
          ctx.warn(p, "cluster option " + name + "=" + q(v) + " is not a time span; the default is used");
        } else if (ENUM_OPTIONS.containsKey(name) && !Vocabulary.in(ENUM_OPTIONS.get(name), v)) {
          ctx.warn(p, "cluster option " + name + "=" + q(v) + " is not one of "
              + Vocabulary.list(ENUM_OPTIONS.get(name)) + "; the default is used");
        }
      }
    }
  }

  private static void checkFencing(ValidationContext ctx) {
    String enabled = ctx.config.option("fencing-enabled");
    if (enabled == null) {
      enabled = ctx.config.option("stonith-enabled");
    }
    boolean fencing = PcmkBool.parse(enabled, true);
    boolean haveDevice = false;
    for (Resource r : ctx.resources.values()) {
      if (r instanceof Primitive p && "stonith".equals(p.getResourceClass())) {
        haveDevice = true;
        break;
      }
    }
    if (fencing && !haveDevice && ctx.config.resources() != null
        && !ctx.resources.isEmpty()) {
      ctx.warn(ctx.config.crmConfig() != null ? ctx.config.crmConfig() : ctx.config,
          "fencing is enabled but no fencing device is configured: Pacemaker reports this as an error"
              + " and will not start resources in a real cluster; configure a stonith resource or set"
              + " fencing-enabled=false");
    }
    if (ctx.config.fencingTopology() == null) {
      return;
    }
    for (FencingLevel l : ctx.config.fencingTopology().levels()) {
      int index = PcmkInt.parse(l.getIndex(), -1);
      if (l.getIndex() == null || index < 1 || index > 9) {
        ctx.error(l, "index " + q(String.valueOf(l.getIndex())) + " must be an integer from 1 to 9");
      }
      int targets = (l.getTarget() != null ? 1 : 0) + (l.getTargetPattern() != null ? 1 : 0)
          + (l.getTargetAttribute() != null ? 1 : 0);
      if (targets != 1) {
        ctx.error(l, "needs exactly one of target, target-pattern or target-attribute");
      } else if (l.getTargetAttribute() != null && l.getTargetValue() == null) {
        ctx.error(l, "target-attribute needs a target-value");
      }
      if (l.deviceIds().isEmpty()) {
        ctx.error(l, "has no devices");
      }
      for (String dev : l.deviceIds()) {
        Resource r = ctx.resources.get(dev);
        if (!(r instanceof Primitive p) || !"stonith".equals(p.getResourceClass())) {
          ctx.warn(l, "device " + q(dev) + " is not a configured fencing (stonith) resource");
        }
      }
    }
  }

  private static void checkAlerts(ValidationContext ctx) {
    if (ctx.config.alerts() == null) {
      return;
    }
    for (Alert a : ctx.config.alerts().all()) {
      if (a.getPath() == null) {
        ctx.error(a, "has no path (the alert agent to run)");
      }
      for (AlertRecipient r : a.recipients()) {
        if (r.getValue() == null) {
          ctx.error(r, "has no value (where the alert goes)");
        }
      }
    }
  }

  private static void checkStatus(ValidationContext ctx) {
    if (ctx.cib.status() == null) {
      return;
    }
    for (NodeState ns : ctx.cib.status().nodeStates()) {
      if (ns.getId() == null) {
        ctx.warn(ns, "node_state of " + q(String.valueOf(ns.getUname())) + " has no id; Pacemaker ignores it");
      }
      for (LrmResource r : ns.lrmResources()) {
        if (r.getId() == null) {
          ctx.error(r, "resource history without id on node " + q(String.valueOf(ns.getUname())));
        }
      }
    }
  }
}
