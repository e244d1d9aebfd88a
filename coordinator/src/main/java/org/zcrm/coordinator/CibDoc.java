package org.zcrm.coordinator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.zcrm.fence.device.PcmkDuration;

/**
 * Reads what the coordinator needs from a Pacemaker CIB document: cluster options, the definition
 * of each primitive (agent, parameters, meta attributes, operations), and the configured nodes.
 * Rules inside nvpair sets are not evaluated here (the engine does that for placement); the first
 * value of a name wins, as in Pacemaker's unpacking of unconditional sets.
 */
public final class CibDoc {
  /** Pacemaker's default operation timeout. */
  public static final Duration DEFAULT_OP_TIMEOUT = Duration.ofSeconds(20);

  /** One operation from a primitive's operations section. */
  public record OpDef(String name, long intervalMs, Duration timeout, Map<String, String> meta) {}

  /** One primitive as the executor needs it. */
  public record ResourceDef(String id, String standard, String provider, String type,
      Map<String, String> params, Map<String, String> meta, List<OpDef> ops) {

    public boolean isFenceDevice() {
      return "stonith".equals(standard);
    }

    public String agent() {
      return standard + (provider == null ? "" : ":" + provider) + ":" + type;
    }

    /** The timeout of a one-shot operation: its op entry, else op_defaults (in meta), else 20 s. */
    public Duration timeout(String op) {
      for (OpDef o : ops) {
        if (o.name().equals(op) && o.intervalMs() == 0) {
          return o.timeout();
        }
      }
      if (op.equals("monitor")) {
        for (OpDef o : ops) {
          if (o.name().equals("monitor")) {
            return o.timeout();
          }
        }
      }
      return Optional.ofNullable(meta.get("#op-timeout")).flatMap(PcmkDuration::parse).orElse(DEFAULT_OP_TIMEOUT);
    }
  }

  private final Element cib;

  public CibDoc(Element cib) {
    this.cib = cib;
  }

  public Element root() {
    return cib;
  }

  public Element configuration() {
    return child(cib, "configuration");
  }

  /** crm_config cluster options. */
  public Map<String, String> clusterOptions() {
    return nvpairs(child(configuration(), "crm_config"), "cluster_property_set");
  }

  public String option(String name, String fallback) {
    return clusterOptions().getOrDefault(name, fallback);
  }

  public Optional<Duration> durationOption(String name) {
    String v = clusterOptions().get(name);
    return v == null ? Optional.empty() : PcmkDuration.parse(v);
  }

  public boolean fencingEnabled() {
    Map<String, String> o = clusterOptions();
    return truth(o.getOrDefault("fencing-enabled", o.getOrDefault("stonith-enabled", "true")));
  }

  /** Configured node names (uname, else id) with their ids. */
  public Map<String, String> nodes() {
    Map<String, String> out = new TreeMap<>();
    for (Element n : children(child(configuration(), "nodes"), "node")) {
      String id = n.getAttribute("id");
      String uname = n.hasAttribute("uname") ? n.getAttribute("uname") : id;
      out.put(uname, id);
    }
    return out;
  }

  /** Every primitive (inside groups and clones too), fence devices included, by id. */
  public Map<String, ResourceDef> primitives() {
    Map<String, String> rscDefaults = nvpairs(child(configuration(), "rsc_defaults"), "meta_attributes");
    Map<String, String> opDefaults = nvpairs(child(configuration(), "op_defaults"), "meta_attributes");
    Map<String, ResourceDef> out = new TreeMap<>();
    collect(child(configuration(), "resources"), new LinkedHashMap<>(rscDefaults), opDefaults, out);
    return out;
  }

  /**
   * The primitives a configured resource consists of (itself, or those inside a group, clone or
   * bundle), in configuration order; empty when no resource has that id.
   */
  public Optional<List<String>> primitivesUnder(String id) {
    Element e = find(child(configuration(), "resources"), id);
    if (e == null) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    addPrimitives(e, out);
    return Optional.of(out);
  }

  private static Element find(Element parent, String id) {
    for (Element e : children(parent, null)) {
      if (id.equals(e.getAttribute("id")) && !e.getTagName().endsWith("_attributes")
          && !e.getTagName().equals("operations")) {
        return e;
      }
      Element inner = switch (e.getTagName()) {
        case "group", "clone", "master", "bundle" -> find(e, id);
        default -> null;
      };
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static void addPrimitives(Element e, List<String> out) {
    if (e.getTagName().equals("primitive")) {
      out.add(e.getAttribute("id"));
      return;
    }
    for (Element c : children(e, null)) {
      if (List.of("primitive", "group", "clone", "master", "bundle").contains(c.getTagName())) {
        addPrimitives(c, out);
      }
    }
  }

  private void collect(Element parent, Map<String, String> inheritedMeta, Map<String, String> opDefaults,
      Map<String, ResourceDef> out) {
    for (Element e : children(parent, null)) {
      Map<String, String> meta = new LinkedHashMap<>(inheritedMeta);
      meta.putAll(nvpairs(e, "meta_attributes"));
      switch (e.getTagName()) {
        case "group", "clone", "master" -> collect(e, meta, opDefaults, out);
        case "primitive" -> {
          Map<String, String> m = new TreeMap<>(meta);
          if (opDefaults.containsKey("timeout")) {
            m.put("#op-timeout", opDefaults.get("timeout"));
          }
          out.put(e.getAttribute("id"), new ResourceDef(e.getAttribute("id"), e.getAttribute("class"),
              e.hasAttribute("provider") ? e.getAttribute("provider") : null, e.getAttribute("type"),
              nvpairs(e, "instance_attributes"), m, ops(e, opDefaults)));
        }
        default -> {
        }
      }
    }
  }

  private static List<OpDef> ops(Element primitive, Map<String, String> opDefaults) {
    List<OpDef> out = new ArrayList<>();
    Duration defTimeout = Optional.ofNullable(opDefaults.get("timeout")).flatMap(PcmkDuration::parse)
        .orElse(DEFAULT_OP_TIMEOUT);
    for (Element op : children(child(primitive, "operations"), "op")) {
      long interval = PcmkDuration.parse(op.getAttribute("interval").isEmpty() ? "0" : op.getAttribute("interval"))
          .map(Duration::toMillis).orElse(0L);
      Duration timeout = op.hasAttribute("timeout")
          ? PcmkDuration.parse(op.getAttribute("timeout")).orElse(defTimeout) : defTimeout;
      Map<String, String> meta = new TreeMap<>();
      for (String a : List.of("role", "on-fail", "enabled")) {
        if (op.hasAttribute(a)) {
          meta.put(a, op.getAttribute(a));
        }
      }
      if ("false".equals(meta.get("enabled"))) {
        continue;
      }
      out.add(new OpDef(op.getAttribute("name"), interval, timeout, meta));
    }
    return out;
  }

  /** name -> value of the nvpairs in the given child sets of an element (first value wins). */
  public static Map<String, String> nvpairs(Element parent, String setName) {
    Map<String, String> out = new TreeMap<>();
    for (Element set : children(parent, setName)) {
      for (Element nv : children(set, "nvpair")) {
        out.putIfAbsent(nv.getAttribute("name"), nv.getAttribute("value"));
      }
    }
    return out;
  }

  static boolean truth(String v) {
    String t = v == null ? "" : v.trim().toLowerCase(java.util.Locale.ROOT);
    return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("1") || t.equals("y");
  }

  public static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** Element children, all or of one name. */
  public static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
        out.add(e);
      }
    }
    return out;
  }
}
