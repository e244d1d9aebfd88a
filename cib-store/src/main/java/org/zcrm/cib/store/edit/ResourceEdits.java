package org.zcrm.cib.store.edit;

import static org.zcrm.cib.store.edit.EditSupport.refused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;

/** zcrm resource create / update / delete, as pcs does them. */
public final class ResourceEdits {
  private ResourceEdits() {}

  /** What to create or change; lists hold NAME=VALUE words, ops hold "NAME k=v ..." strings. */
  public record Spec(String id, String agent, List<String> params, List<String> meta, List<String> ops, String group) {
    public Spec {
      params = List.copyOf(params);
      meta = List.copyOf(meta);
      ops = List.copyOf(ops);
    }
  }

  /** A new primitive (in group {@code spec.group()} when given: appended, the group made if needed). */
  public static ConfigState create(ConfigState config, Spec spec) {
    String id = spec.id();
    if (id == null || !id.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
      throw refused("'" + id + "' is not a usable resource id; start with a letter or '_', then letters, digits, '.', '-' or '_'.");
    }
    if (EditSupport.allIds(config).contains(id)) {
      throw refused("Id '" + id + "' is already used in the configuration; pick another resource id.");
    }
    Document doc = EditSupport.newDocument();
    Element p = doc.createElement("primitive");
    p.setAttribute("id", id);
    agent(p, spec.agent());
    applyAttributes(p, spec);
    List<String> ops = new ArrayList<>(spec.ops());
    if (ops.stream().noneMatch(o -> o.trim().startsWith("monitor"))) {
      ops.add("monitor interval=60s");
    }
    Element operations = doc.createElement("operations");
    for (String op : ops) {
      operations.appendChild(op(doc, id, op));
    }
    p.appendChild(operations);
    if (spec.group() == null || spec.group().isBlank()) {
      return config.with(ConfigObject.of(ObjectKind.RESOURCE, p));
    }
    String g = spec.group();
    Optional<ConfigObject> existing = config.find(ObjectKind.RESOURCE, g);
    Element group;
    if (existing.isPresent()) {
      group = existing.get().element();
      if (!group.getTagName().equals("group")) {
        throw refused("Resource '" + g + "' is a " + group.getTagName() + ", not a group; give another --group.");
      }
    } else {
      if (EditSupport.allIds(config).contains(g)) {
        throw refused("Id '" + g + "' is already used inside another resource; pick another group name.");
      }
      group = doc.createElement("group");
      group.setAttribute("id", g);
    }
    group.appendChild(group.getOwnerDocument().importNode(p, true));
    return config.with(ConfigObject.of(ObjectKind.RESOURCE, group));
  }

  /** Changes parameters, meta attributes and operations of an existing primitive (or a group/clone's meta). */
  public static ConfigState update(ConfigState config, Spec spec) {
    ConfigObject top = EditSupport.topLevelOf(config, spec.id()).orElseThrow(() -> refused(
        "Resource '" + spec.id() + "' does not exist; see 'zcrm cib query' for the resources there are."));
    Element root = top.element();
    Element rsc = EditSupport.findById(root, spec.id()).orElseThrow();
    if (!spec.params().isEmpty() && !rsc.getTagName().equals("primitive")) {
      throw refused("Resource '" + spec.id() + "' is a " + rsc.getTagName() + "; only primitives take parameters (use --meta).");
    }
    if (spec.agent() != null && !spec.agent().isBlank()) {
      agent(rsc, spec.agent());
    }
    applyAttributes(rsc, spec);
    if (!spec.ops().isEmpty()) {
      if (!rsc.getTagName().equals("primitive")) {
        throw refused("Resource '" + spec.id() + "' is a " + rsc.getTagName() + "; only primitives have operations.");
      }
      List<Element> existing = CibXml.children(rsc, "operations");
      Element operations = existing.isEmpty() ? rsc.getOwnerDocument().createElement("operations") : existing.get(0);
      rsc.appendChild(operations);
      for (String op : spec.ops()) {
        Element e = op(rsc.getOwnerDocument(), spec.id(), op);
        for (Element old : CibXml.children(operations, "op")) {
          if (old.getAttribute("name").equals(e.getAttribute("name"))) {
            operations.removeChild(old);
          }
        }
        operations.appendChild(e);
      }
    }
    return config.with(ConfigObject.of(ObjectKind.RESOURCE, root));
  }

  /** The result of a delete, with the constraints that went with the resource. */
  public record Deleted(ConfigState config, List<String> removedConstraints) {}

  /**
   * Deletes a resource and every constraint that names it. A primitive inside a group leaves the
   * group (an emptied group goes too); a primitive inside a clone or bundle deletes that whole clone.
   */
  public static Deleted delete(ConfigState config, String id) {
    ConfigObject top = EditSupport.topLevelOf(config, id).orElseThrow(() -> refused(
        "Resource '" + id + "' does not exist; nothing was deleted."));
    ConfigState next;
    List<String> gone = new ArrayList<>(List.of(id));
    Element root = top.element();
    if (top.id().equals(id) || !root.getTagName().equals("group")) {
      next = config.without(ObjectKind.RESOURCE, top.id());
      gone.add(top.id());
    } else {
      Element member = EditSupport.findById(root, id).orElseThrow();
      member.getParentNode().removeChild(member);
      if (CibXml.children(root, "primitive").isEmpty()) {
        next = config.without(ObjectKind.RESOURCE, top.id());
        gone.add(top.id());
      } else {
        next = config.with(ConfigObject.of(ObjectKind.RESOURCE, root));
      }
    }
    List<String> removed = new ArrayList<>();
    for (ConfigObject c : config.objects(ObjectKind.CONSTRAINT)) {
      if (ConstraintEdits.references(c.element(), gone)) {
        next = next.without(ObjectKind.CONSTRAINT, c.id());
        removed.add(c.id());
      }
    }
    return new Deleted(next, removed);
  }

  private static void agent(Element p, String agent) {
    String[] parts = agent == null ? new String[0] : agent.split(":");
    if (parts.length == 3 && parts[0].equals("ocf")) {
      p.setAttribute("class", "ocf");
      p.setAttribute("provider", parts[1]);
      p.setAttribute("type", parts[2]);
    } else if (parts.length == 2 && !parts[0].equals("ocf")) {
      p.setAttribute("class", parts[0]);
      p.removeAttribute("provider");
      p.setAttribute("type", parts[1]);
    } else {
      throw refused("Agent '" + agent + "' should be CLASS:PROVIDER:TYPE for OCF (ocf:heartbeat:IPaddr2) or CLASS:TYPE"
          + " (lsb:cron, systemd:httpd, stonith:fence_ipmilan).");
    }
  }

  private static void applyAttributes(Element rsc, ResourceEdits.Spec spec) {
    String id = rsc.getAttribute("id");
    Map<String, String> params = EditSupport.pairs(spec.params(), "resource parameter");
    if (!params.isEmpty()) {
      Element set = EditSupport.set(rsc, "instance_attributes", id + "-instance_attributes");
      params.forEach((k, v) -> EditSupport.nvpair(set, k, v));
    }
    Map<String, String> meta = EditSupport.pairs(spec.meta(), "meta attribute");
    if (!meta.isEmpty()) {
      Element set = EditSupport.set(rsc, "meta_attributes", id + "-meta_attributes");
      meta.forEach((k, v) -> EditSupport.nvpair(set, k, v));
    }
    // keep Pacemaker's usual child order: attributes before operations
    for (Element ops : CibXml.children(rsc, "operations")) {
      rsc.appendChild(ops);
    }
  }

  /** An op element from "monitor interval=10s timeout=20s"; id RSC-NAME-interval-INTERVAL as pcs makes it. */
  static Element op(Document doc, String rsc, String text) {
    String[] words = text.trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty() || words[0].contains("=")) {
      throw refused("Operation '" + text + "' must start with its name, e.g. \"monitor interval=10s timeout=20s\".");
    }
    Map<String, String> attrs = EditSupport.pairs(List.of(words).subList(1, words.length), "operation option");
    String interval = attrs.getOrDefault("interval", "0s");
    Element op = doc.createElement("op");
    op.setAttribute("id", attrs.getOrDefault("id", rsc + "-" + words[0] + "-interval-" + interval));
    op.setAttribute("name", words[0]);
    op.setAttribute("interval", interval);
    attrs.forEach((k, v) -> {
      if (!k.equals("id") && !k.equals("interval")) {
        op.setAttribute(k, v);
      }
    });
    return op;
  }
}
