package org.zcrm.cib.model.validate;

import static org.zcrm.cib.model.validate.ValidationContext.q;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.resource.Bundle;
import org.zcrm.cib.model.resource.Clone;
import org.zcrm.cib.model.resource.Group;
import org.zcrm.cib.model.resource.Op;
import org.zcrm.cib.model.resource.Operations;
import org.zcrm.cib.model.resource.PortMapping;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.StorageMapping;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.resource.Resources;
import org.zcrm.cib.model.resource.Template;
import org.zcrm.cib.model.value.PcmkBool;
import org.zcrm.cib.model.value.PcmkDuration;

/**
 * Resources: agent class, provider and type; what groups, clones and bundles may hold; template
 * references; target-role; and each resource's operations.
 */
final class ResourceCheck {
  private ResourceCheck() {}

  static void run(ValidationContext ctx) {
    Resources rs = ctx.config == null ? null : ctx.config.resources();
    if (rs == null) {
      return;
    }
    for (Resource r : rs.childrenOf(Resource.class)) {
      check(ctx, r, null);
    }
  }

  private static void check(ValidationContext ctx, Resource r, Resource parent) {
    if (r instanceof Template t) {
      checkAgent(ctx, t, t.getResourceClass(), t.getProvider(), t.getType());
      checkOps(ctx, t, t.operations());
    } else if (r instanceof Primitive p) {
      checkPrimitive(ctx, p);
    } else if (r instanceof Group g) {
      checkGroup(ctx, g);
    } else if (r instanceof Clone c) {
      checkClone(ctx, c);
    } else if (r instanceof Bundle b) {
      checkBundle(ctx, b);
    }
    checkTargetRole(ctx, r, parent);
    String container = NvSet.firstValue(r.metaAttributes(), "container");
    if (container != null && !ctx.resources.containsKey(container)) {
      ctx.error(r, "meta-attribute container " + q(container) + " is not a resource");
    }
    for (Resource c : r.childResources()) {
      check(ctx, c, r);
    }
  }

  private static void checkPrimitive(ValidationContext ctx, Primitive p) {
    if (!p.childResources().isEmpty()) {
      ctx.error(p, "a primitive cannot hold other resources (found <"
          + p.childResources().get(0).elementName() + ">)");
    }
    String template = p.getTemplate();
    if (template != null) {
      if (!ctx.templates.containsKey(template)) {
        ctx.error(p, "template " + q(template) + " does not exist");
      }
      if (p.getResourceClass() != null || p.getType() != null) {
        checkAgentValues(ctx, p, p.getResourceClass(), p.getProvider());
      }
    } else {
      checkAgent(ctx, p, p.getResourceClass(), p.getProvider(), p.getType());
    }
    checkOps(ctx, p, p.operations());
  }

  private static void checkAgent(ValidationContext ctx, Resource r, String cls, String provider, String type) {
    if (cls == null) {
      ctx.error(r, "has no class (the agent standard: ocf, lsb, systemd, stonith, service, ...)");
    }
    if (type == null) {
      ctx.error(r, "has no type (the agent name)");
    }
    checkAgentValues(ctx, r, cls, provider);
  }

  private static void checkAgentValues(ValidationContext ctx, Resource r, String cls, String provider) {
    if (cls == null) {
      return;
    }
    if (!Vocabulary.RESOURCE_CLASSES.contains(cls)) {
      ctx.error(r, "unknown resource class " + q(cls) + " (known: "
          + Vocabulary.list(Vocabulary.RESOURCE_CLASSES) + ")");
    } else if (cls.equals("ocf") && provider == null) {
      ctx.error(r, "an ocf resource needs a provider (e.g. provider=\"heartbeat\")");
    }
  }

  private static void checkGroup(ValidationContext ctx, Group g) {
    List<Resource> members = g.childResources();
    if (members.isEmpty()) {
      ctx.error(g, "group has no members");
    }
    for (Resource m : members) {
      if (!(m instanceof Primitive)) {
        ctx.error(g, "a group can hold only primitives, but holds <" + m.elementName() + " id="
            + q(m.getId()) + ">");
      }
    }
  }

  private static void checkClone(ValidationContext ctx, Clone c) {
    List<Resource> children = c.childResources();
    if (children.isEmpty()) {
      ctx.error(c, "has nothing to clone (needs one primitive or group)");
    } else if (children.size() > 1) {
      ctx.error(c, "can clone only one resource, but holds " + children.size());
    }
    for (Resource child : children) {
      if (!(child instanceof Primitive) && !(child instanceof Group)) {
        ctx.error(c, "can clone only a primitive or a group, not <" + child.elementName() + " id="
            + q(child.getId()) + ">");
      }
    }
  }

  private static void checkBundle(ValidationContext ctx, Bundle b) {
    if (b.runtime() == null) {
      ctx.error(b, "has no container runtime (<docker>, <podman> or <rkt>)");
    }
    if (b.network() != null) {
      for (PortMapping m : b.network().portMappings()) {
        if (m.getPort() == null && m.getRange() == null) {
          ctx.error(m, "port-mapping needs a port or a range");
        }
      }
    }
    if (b.storage() != null) {
      for (StorageMapping m : b.storage().mappings()) {
        if (m.getSourceDir() == null && m.getSourceDirRoot() == null || m.getTargetDir() == null) {
          ctx.error(m, "storage-mapping needs source-dir (or source-dir-root) and target-dir");
        }
      }
    }
    List<Resource> children = b.childResources();
    if (children.size() > 1) {
      ctx.error(b, "can hold only one primitive, but holds " + children.size() + " resources");
    }
    for (Resource child : children) {
      if (!(child instanceof Primitive)) {
        ctx.error(b, "can hold only a primitive, not <" + child.elementName() + " id="
            + q(child.getId()) + ">");
      }
    }
  }

  private static void checkTargetRole(ValidationContext ctx, Resource r, Resource parent) {
    String role = NvSet.firstValue(r.metaAttributes(), "target-role");
    if (role == null) {
      return;
    }
    if (role.equalsIgnoreCase("#default")) {
      ctx.warn(r, "target-role \"#default\" is deprecated; leave target-role unset instead");
    } else if (!Vocabulary.in(Vocabulary.ROLES, role)) {
      ctx.error(r, "invalid target-role " + q(role) + " (use Stopped, Started, Promoted or Unpromoted)");
    } else if (Vocabulary.in(Vocabulary.PROMOTED_ROLES, role) && !promotable(r, parent)) {
      ctx.warn(r, "target-role " + q(role) + " only makes sense for promotable clones; ignored");
    }
  }

  private static boolean promotable(Resource r, Resource parent) {
    if (r instanceof Clone c && c.isPromotable()) {
      return true;
    }
    if (r instanceof Bundle) {
      return true;
    }
    return parent != null && (parent instanceof Clone c && c.isPromotable() || parent instanceof Bundle
        || parent instanceof Group);
  }

  private static void checkOps(ValidationContext ctx, Resource r, Operations ops) {
    if (ops == null) {
      return;
    }
    Map<String, Op> seen = new HashMap<>();
    for (Op op : ops.ops()) {
      if (op.getName() == null) {
        ctx.error(op, "operation has no name (monitor, start, stop, ...)");
        continue;
      }
      long intervalMs = 0;
      if (op.getInterval() == null) {
        ctx.error(op, "operation has no interval (use interval=\"0\" for a non-recurring one)");
      } else {
        OptionalLong iv = PcmkDuration.parseMs(op.getInterval());
        if (iv.isEmpty()) {
          ctx.error(op, "interval " + q(op.getInterval())
              + " is not a time span (e.g. 10s, 1min, 500ms, PT10S)");
        } else {
          intervalMs = iv.getAsLong();
        }
      }
      if (intervalMs > 0 && Vocabulary.NON_RECURRING.contains(op.getName())) {
        ctx.warn(op, "a " + op.getName() + " action cannot be recurring; ignored");
      }
      warnSpan(ctx, op, "timeout", op.getTimeout());
      warnSpan(ctx, op, "start-delay", op.getStartDelay());
      if (op.getRole() != null && !Vocabulary.in(Vocabulary.ROLES, op.getRole())) {
        ctx.warn(op, "invalid role " + q(op.getRole()) + "; ignored");
      }
      if (op.getOnFail() != null) {
        String onFail = op.getOnFail().toLowerCase(Locale.ROOT);
        if (!Vocabulary.ON_FAIL.contains(onFail)) {
          ctx.warn(op, "invalid on-fail " + q(op.getOnFail()) + "; the default is used");
        } else if (op.getName().equals("stop") && (onFail.equals("stop") || onFail.equals("ignore")
            || onFail.equals("standby") || onFail.equals("demote"))) {
          ctx.warn(op, "on-fail " + q(op.getOnFail()) + " is not allowed for stop; the default is used");
        }
      }
      if (op.getEnabled() != null && !PcmkBool.isBoolean(op.getEnabled())) {
        ctx.warn(op, "enabled " + q(op.getEnabled()) + " is not a boolean");
      }
      String key = op.getName() + "_" + intervalMs;
      Op first = seen.putIfAbsent(key, op);
      if (first != null) {
        ctx.warn(op, "duplicates operation " + q(first.getId()) + " of " + q(r.getId())
            + " (same name and interval); Pacemaker ignores the duplicate");
      }
    }
  }

  private static void warnSpan(ValidationContext ctx, Op op, String attr, String value) {
    if (value != null && !PcmkDuration.isValid(value)) {
      ctx.warn(op, attr + " " + q(value) + " is not a time span; the default is used");
    }
  }
}
