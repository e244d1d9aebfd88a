package org.zcrm.cib.store.edit;

import static org.zcrm.cib.store.edit.EditSupport.refused;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;

/** zcrm property set/list and node add/delete/attribute. */
public final class ClusterEdits {
  /** The cluster_property_set pcs and Pacemaker's own tools write to. */
  public static final String BOOTSTRAP = "cib-bootstrap-options";

  private ClusterEdits() {}

  /** NAME=VALUE into cib-bootstrap-options; an empty VALUE removes NAME. */
  public static ConfigState setProperty(ConfigState config, String assignment) {
    Map<String, String> p = EditSupport.pairs(List.of(assignment), "cluster property");
    Element crm = config.find(ObjectKind.CRM_CONFIG, "").map(ConfigObject::element)
        .orElseGet(() -> EditSupport.newDocument().createElement("crm_config"));
    Element set = null;
    for (Element s : CibXml.children(crm, "cluster_property_set")) {
      if (s.getAttribute("id").equals(BOOTSTRAP)) {
        set = s;
      }
    }
    if (set == null) {
      set = crm.getOwnerDocument().createElement("cluster_property_set");
      set.setAttribute("id", BOOTSTRAP);
      crm.insertBefore(set, crm.getFirstChild());
    }
    Element s = set;
    p.forEach((k, v) -> EditSupport.nvpair(s, k, v));
    return config.with(ConfigObject.of(ObjectKind.CRM_CONFIG, crm));
  }

  /** Every cluster property set in crm_config, name -> value (later sets override earlier, as listed). */
  public static SortedMap<String, String> properties(ConfigState config) {
    SortedMap<String, String> out = new TreeMap<>();
    config.find(ObjectKind.CRM_CONFIG, "").ifPresent(o -> {
      for (Element s : CibXml.children(o.element(), "cluster_property_set")) {
        out.putAll(EditSupport.nvpairs(s));
      }
    });
    return out;
  }

  /** A node with id and uname NAME. */
  public static ConfigState addNode(ConfigState config, String name) {
    if (findNode(config, name).isPresent()) {
      throw refused("Node '" + name + "' is already in the configuration.");
    }
    if (name == null || !name.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw refused("'" + name + "' is not a usable node name; use letters, digits, '.', '-' or '_'.");
    }
    Element n = EditSupport.newDocument().createElement("node");
    n.setAttribute("id", name);
    n.setAttribute("uname", name);
    return config.with(ConfigObject.of(ObjectKind.NODE, n));
  }

  public static ConfigState deleteNode(ConfigState config, String name) {
    ConfigObject n = findNode(config, name).orElseThrow(() -> refused("Node '" + name + "' is not in the configuration."));
    return config.without(ObjectKind.NODE, n.id());
  }

  /** Permanent node attributes k=v (empty v removes); set id nodes-ID as pcs makes it. */
  public static ConfigState nodeAttributes(ConfigState config, String name, List<String> assignments) {
    ConfigObject n = findNode(config, name).orElseThrow(() -> refused(
        "Node '" + name + "' is not in the configuration; add it first (zcrm node add " + name + ")."));
    Map<String, String> attrs = EditSupport.pairs(assignments, "node attribute");
    if (attrs.isEmpty()) {
      throw refused("Give at least one NAME=VALUE for node '" + name + "'.");
    }
    Element e = n.element();
    Element set = EditSupport.set(e, "instance_attributes", "nodes-" + n.id());
    attrs.forEach((k, v) -> EditSupport.nvpair(set, k, v));
    return config.with(ConfigObject.of(ObjectKind.NODE, e));
  }

  /** A node by its uname or id. */
  public static Optional<ConfigObject> findNode(ConfigState config, String name) {
    Optional<ConfigObject> byId = config.find(ObjectKind.NODE, name);
    if (byId.isPresent()) {
      return byId;
    }
    return config.objects(ObjectKind.NODE).stream().filter(o -> name.equals(o.element().getAttribute("uname"))).findFirst();
  }
}
