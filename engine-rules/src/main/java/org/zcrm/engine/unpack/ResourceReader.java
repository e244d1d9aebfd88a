package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.resource.Clone;
import org.zcrm.cib.model.resource.Group;
import org.zcrm.cib.model.resource.Master;
import org.zcrm.cib.model.resource.Op;
import org.zcrm.cib.model.resource.Operations;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Template;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.OpFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.ResourceMetaFact;
import org.zcrm.engine.facts.Role;

/** Reads the resources section into resource facts, expanding clone instances. */
final class ResourceReader {
  private final NvPairs nv;
  private final List<MetaAttributes> rscDefaultSets;
  /** rsc_defaults evaluated per agent (rsc_expression rules), by "class:provider:type". */
  private final Map<String, Map<String, String>> rscDefaults = new HashMap<>();
  private final Map<String, Resource> elements = new HashMap<>();
  private final Map<String, String> opDefaults;
  private final ClusterFact cluster;
  private final List<ResourceFact> resources = new ArrayList<>();
  private final Map<String, Template> templates = new HashMap<>();
  private final Map<String, List<String>> templateUsers = new HashMap<>();
  /** Primitive id (and each clone instance id) -> the template it is made from. */
  private final Map<String, Template> templateOf = new HashMap<>();
  private final Map<String, ResourceFact> byId = new HashMap<>();
  private final List<OpFact> ops = new ArrayList<>();
  private final Map<String, Map<String, String>> params = new TreeMap<>();
  private final Map<String, Map<String, Integer>> utilization = new TreeMap<>();
  private final List<ResourceMetaFact> meta = new ArrayList<>();
  private final Map<String, LrmResource> orphanEntries = new LinkedHashMap<>();
  private int nodeCount = 0;

  ResourceReader(NvPairs nv, List<MetaAttributes> rscDefaultSets, Map<String, String> opDefaults,
      ClusterFact cluster) {
    this.nv = nv;
    this.rscDefaultSets = rscDefaultSets;
    this.opDefaults = opDefaults;
    this.cluster = cluster;
  }

  void setNodeCount(int n) {
    this.nodeCount = n;
  }

  List<ResourceFact> resources() {
    List<ResourceFact> all = new ArrayList<>(resources);
    for (Map.Entry<String, LrmResource> e : orphanEntries.entrySet()) {
      String id = e.getKey();
      if (known(id)) {
        continue;
      }
      LrmResource lr = e.getValue();
      String agent = agent(lr.getResourceClass(), lr.getProvider(), lr.getType());
      all.add(new ResourceFact(id, ResourceFact.Kind.PRIMITIVE, null, List.of(), agent,
          "stonith".equals(lr.getResourceClass()), Role.STOPPED, !cluster.maintenanceMode(), 0, 0,
          Scores.INFINITY, 0, "stop_start", true, false, null, null));
    }
    return all;
  }

  List<OpFact> ops() {
    return ops;
  }

  Map<String, Map<String, String>> params() {
    return params;
  }

  Map<String, Map<String, Integer>> utilization() {
    return utilization;
  }

  /** The primitives at or under a resource, in configuration order. */
  List<String> primitivesUnder(String id) {
    List<String> out = new ArrayList<>();
    ResourceFact f = byId.get(id);
    if (f == null) {
      return out;
    }
    if (f.kind() == ResourceFact.Kind.PRIMITIVE) {
      out.add(id);
    }
    for (String c : f.children()) {
      out.addAll(primitivesUnder(c));
    }
    return out;
  }

  ResourceFact get(String id) {
    return byId.get(id);
  }

  /**
   * The configured resource's own id string when {@code id} names one, else {@code id}: history
   * entries then carry the same instances as the configuration, so the many lookups by id that
   * follow compare references rather than characters.
   */
  String sameId(String id) {
    ResourceFact f = id == null ? null : byId.get(id);
    return f == null ? id : f.id();
  }

  boolean known(String id) {
    if (byId.containsKey(id)) {
      return true;
    }
    int colon = id.lastIndexOf(':');
    return colon > 0 && byId.containsKey(id.substring(0, colon));
  }

  /** Each resource's configuration element, by resource id (clone instance ids included). */
  Map<String, Resource> elements() {
    return elements;
  }

  /** Primitive id -> the rsc_template it is made from. */
  Map<String, Template> templateOf() {
    return templateOf;
  }

  /** The first history entry (lrm_resource) seen for each history id. */
  Map<String, LrmResource> historyEntries() {
    return orphanEntries;
  }

  /** Rule input for a resource's meta attributes: its agent, for rsc_expression. */
  private static Map<String, String> ruleInput(Resource e) {
    Map<String, String> in = new HashMap<>(4);
    Primitive p = e instanceof Primitive prim ? prim : null;
    in.put(RuleEvaluator.RSC_CLASS, p == null ? null : p.getResourceClass());
    in.put(RuleEvaluator.RSC_PROVIDER, p == null ? null : p.getProvider());
    in.put(RuleEvaluator.RSC_TYPE, p == null ? null : p.getType());
    return in;
  }

  private Map<String, String> defaultsFor(Resource e, Map<String, String> ruleInput) {
    String key = ruleInput.get(RuleEvaluator.RSC_CLASS) + ":" + ruleInput.get(RuleEvaluator.RSC_PROVIDER)
        + ":" + ruleInput.get(RuleEvaluator.RSC_TYPE);
    return rscDefaults.computeIfAbsent(key, k -> nv.collect(rscDefaultSets, ruleInput));
  }

  void noteHistoryResource(String id, LrmResource lrmResource) {
    orphanEntries.putIfAbsent(id, lrmResource);
  }

  static String agent(String cls, String provider, String type) {
    StringBuilder sb = new StringBuilder();
    sb.append(cls == null ? "ocf" : cls).append(':');
    if (provider != null) {
      sb.append(provider).append(':');
    }
    sb.append(type == null ? "" : type);
    return sb.toString();
  }

  /** Notes a resource template, for the primitives that name it. */
  void noteTemplate(Template t) {
    if (t.getId() != null) {
      templates.put(t.getId(), t);
    }
  }

  /** The primitives made from a template, in configuration order; empty if none or unknown. */
  List<String> templateUsers(String template) {
    return templateUsers.getOrDefault(template, List.of());
  }

  /**
   * Reads one top-level resource; templates are noted beforehand ({@link #noteTemplate}) and
   * bundles are not supported yet, so both are skipped here.
   */
  void read(Resource e) {
    read(e, null, Map.of(), null);
  }

  private void read(Resource e, String parent, Map<String, String> parentMeta, String suffix) {
    String baseId = e.getId();
    String id = suffix == null ? baseId : baseId + suffix;
    elements.put(id, e);
    Map<String, String> ruleInput = ruleInput(e);
    Map<String, String> meta = new LinkedHashMap<>(nv.collect(e.metaAttributes(), ruleInput));
    Template template = e instanceof Primitive pt && pt.getTemplate() != null
        ? templates.get(pt.getTemplate()) : null;
    if (template != null) {
      nv.collect(template.metaAttributes(), ruleInput).forEach(meta::putIfAbsent);
      templateUsers.computeIfAbsent(template.getId(), k -> new ArrayList<>()).add(id);
      templateOf.put(id, template);
      templateOf.put(baseId, template);
    }
    for (Map.Entry<String, String> pm : parentMeta.entrySet()) {
      meta.putIfAbsent(pm.getKey(), pm.getValue());
    }
    Map<String, String> withDefaults = new LinkedHashMap<>(meta);
    for (Map.Entry<String, String> d : defaultsFor(e, ruleInput).entrySet()) {
      withDefaults.putIfAbsent(d.getKey(), d.getValue());
    }
    if (e instanceof Primitive p) {
      String cls = p.getResourceClass();
      String provider = p.getProvider();
      String type = p.getType();
      Map<String, String> own = new LinkedHashMap<>(nv.collect(p.instanceAttributes(), null));
      Map<String, String> useText = new LinkedHashMap<>(nv.collect(p.utilization(), null));
      if (template != null) {
        cls = Values.or(cls, template.getResourceClass());
        provider = Values.or(provider, template.getProvider());
        type = Values.or(type, template.getType());
        nv.collect(template.instanceAttributes(), null).forEach(own::putIfAbsent);
        nv.collect(template.utilization(), null).forEach(useText::putIfAbsent);
      }
      if (RemoteNodes.isConnection(p)) {
        connectionDefaults(withDefaults, own);
      }
      add(fact(id, ResourceFact.Kind.PRIMITIVE, parent, List.of(),
          agent(cls, provider, type), "stonith".equals(cls), withDefaults, null));
      params.put(id, own);
      Map<String, Integer> use = new TreeMap<>();
      useText.forEach((k, v) -> use.put(k, (int) Values.parseLong(v, 0)));
      if (!use.isEmpty()) {
        utilization.put(id, use);
      }
      readOps(id, p.operations(), template == null ? null : template.operations());
    } else if (e instanceof Group g) {
      List<Primitive> members = g.primitives();
      List<String> kids = new ArrayList<>();
      for (Primitive c : members) {
        kids.add(c.getId() + (suffix == null ? "" : suffix));
      }
      add(fact(id, ResourceFact.Kind.GROUP, parent, kids, null, false, withDefaults, null));
      for (Primitive c : members) {
        read(c, id, meta, suffix);
      }
    } else if (e instanceof Clone c) {
      readClone(c, id, parent, meta, withDefaults);
    }
  }

  /**
   * A remote node's connection may migrate unless told otherwise (a guest's may not), and its
   * reconnect_interval is also its failure timeout, as Pacemaker unpacks them.
   */
  private static void connectionDefaults(Map<String, String> meta, Map<String, String> params) {
    if (meta.containsKey("container")) {
      return;
    }
    meta.putIfAbsent("allow-migrate", "true");
    String reconnect = params.get("reconnect_interval");
    if (reconnect != null && durationMillis(reconnect) > 0) {
      meta.put("failure-timeout", reconnect);
    }
  }

  private void readClone(Clone e, String id, String parent, Map<String, String> meta,
      Map<String, String> withDefaults) {
    Resource child = null;
    for (Resource c : e.childResources()) {
      if (c instanceof Primitive || c instanceof Group) {
        child = c; // the last one, as Pacemaker's unpack does
      }
    }
    if (child == null) {
      return;
    }
    boolean promotable = e instanceof Master || Values.isTrue(withDefaults.get("promotable"));
    int max = (int) Values.parseLong(withDefaults.get("clone-max"), Math.max(nodeCount, 1));
    int nodeMax = (int) Values.parseLong(withDefaults.get("clone-node-max"), 1);
    ResourceFact.CloneMeta cm = new ResourceFact.CloneMeta(max, nodeMax,
        Values.isTrue(withDefaults.get("interleave")), Values.isTrue(withDefaults.get("ordered")),
        Values.isTrue(withDefaults.get("globally-unique")) && supportsUnique(child), promotable,
        (int) Values.parseLong(withDefaults.get("promoted-max"),
            Values.parseLong(withDefaults.get("master-max"), 1)),
        (int) Values.parseLong(withDefaults.get("promoted-node-max"),
            Values.parseLong(withDefaults.get("master-node-max"), 1)),
        withDefaults.get("clone-min") == null ? null
            : (int) Math.max(0, Values.parseLong(withDefaults.get("clone-min"), 0)));
    List<String> kids = new ArrayList<>();
    String childId = child.getId();
    for (int i = 0; i < max; i++) {
      kids.add(childId + ":" + i);
    }
    Map<String, String> cloneDefaults = new LinkedHashMap<>(withDefaults);
    cloneDefaults.putIfAbsent("resource-stickiness", "1");
    add(fact(id, ResourceFact.Kind.CLONE, parent, kids, null, false, cloneDefaults, cm));
    Map<String, String> childMeta = new LinkedHashMap<>(meta);
    childMeta.putIfAbsent("resource-stickiness", cloneDefaults.get("resource-stickiness"));
    for (int i = 0; i < max; i++) {
      read(child, id, childMeta, ":" + i);
    }
  }

  /**
   * Only OCF and fencing agents can be unique clone instances: Pacemaker makes a clone of
   * anything else anonymous whatever its globally-unique says.
   */
  private static boolean supportsUnique(Resource child) {
    List<Primitive> prims = child instanceof Group g ? g.primitives()
        : child instanceof Primitive p ? List.of(p) : List.of();
    for (Primitive p : prims) {
      String cls = p.getResourceClass();
      if (cls == null || !(cls.equalsIgnoreCase("ocf") || cls.equalsIgnoreCase("stonith"))) {
        return false;
      }
    }
    return true;
  }

  private void add(ResourceFact f) {
    resources.add(f);
    byId.put(f.id(), f);
  }

  /** The effective meta attributes of each resource (its own, inherited, rsc_defaults), sorted. */
  List<ResourceMetaFact> meta() {
    return meta;
  }

  private ResourceFact fact(String id, ResourceFact.Kind kind, String parent, List<String> kids,
      String agent, boolean fencing, Map<String, String> meta, ResourceFact.CloneMeta cm) {
    for (Map.Entry<String, String> m : new TreeMap<>(meta).entrySet()) {
      this.meta.add(new ResourceMetaFact(id, m.getKey(), m.getValue()));
    }
    boolean managed = Values.bool(meta.get("is-managed"), true);
    if (Values.isTrue(meta.get("maintenance")) || cluster.maintenanceMode()) {
      managed = false;
    }
    int stickiness = Scores.parse(meta.getOrDefault("resource-stickiness",
        meta.get("stickiness")), 0);
    int threshold = Scores.parse(meta.get("migration-threshold"), Scores.INFINITY);
    if (threshold < 0) {
      threshold = Scores.INFINITY;
    }
    return new ResourceFact(id, kind, parent, List.copyOf(kids), agent, fencing,
        Role.parse(meta.get("target-role")), managed, stickiness,
        Scores.parse(meta.get("priority"), 0), threshold,
        durationSeconds(meta.get("failure-timeout")),
        meta.getOrDefault("multiple-active", "stop_start"), false,
        Values.isTrue(meta.get("allow-migrate")),
        meta.get("requires") == null ? null : meta.get("requires").toLowerCase(Locale.ROOT), cm);
  }

  /** A primitive's operations, then those of its template that it does not redefine. */
  private void readOps(String id, Operations own, Operations fromTemplate) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    readOps(id, own, seen);
    readOps(id, fromTemplate, seen);
  }

  private void readOps(String id, Operations opsEl, java.util.Set<String> seen) {
    if (opsEl == null) {
      return;
    }
    for (Op op : opsEl.ops()) {
      String name = Values.or(op.getName(), "");
      long interval = durationMillis(Values.or(op.getInterval(), "0"));
      if (!seen.add(name + "/" + interval)) {
        continue;
      }
      Map<String, String> opMeta = nv.collect(op.metaAttributes(), null);
      String onFail = Values.or(op.getOnFail(), opMeta.get("on-fail"));
      if (onFail == null) {
        onFail = opDefaults.get("on-fail");
      }
      String enabled = Values.or(op.getEnabled(), opMeta.getOrDefault("enabled", "true"));
      ops.add(new OpFact(id, name, interval, Role.parse(op.getRole()),
          onFail == null ? null : onFail.toLowerCase(Locale.ROOT), Values.bool(enabled, true),
          Values.or(op.getId(), "")));
    }
  }

  /** Pacemaker durations: plain seconds, units (ms, s, m, h), or ISO 8601 (PT1M). */
  static long durationMillis(String v) {
    if (v == null || v.isBlank()) {
      return 0;
    }
    String s = v.trim().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("p")) {
        return isoMillis(s.toUpperCase(Locale.ROOT));
      }
      String num = s.replaceAll("[a-z]+$", "");
      String unit = s.substring(num.length());
      double d = Double.parseDouble(num);
      switch (unit) {
        case "ms": case "msec": return (long) d;
        case "us": case "usec": return (long) (d / 1000);
        case "m": case "min": return (long) (d * 60_000);
        case "h": case "hr": return (long) (d * 3_600_000);
        default: return (long) (d * 1000);
      }
    } catch (RuntimeException ex) {
      return 0;
    }
  }

  /**
   * ISO 8601 durations as Pacemaker reads them: the time part may come without its "T" when no
   * date unit precedes it (P40S), months count 30 days and years 365.
   */
  private static long isoMillis(String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?T?(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?")
        .matcher(s);
    if (!s.contains("T") && !s.matches("P(\\d+[YWD])*\\d*[YMWD]?")) {
      s = "PT" + s.substring(1);
      m = m.reset(s);
    }
    if (!m.matches()) {
      return java.time.Duration.parse(s).toMillis();
    }
    double secs = 0;
    long[] unit = {365L * 86400, 30L * 86400, 7L * 86400, 86400, 3600, 60};
    for (int i = 0; i < 6; i++) {
      if (m.group(i + 1) != null) {
        secs += Long.parseLong(m.group(i + 1)) * unit[i];
      }
    }
    if (m.group(7) != null) {
      secs += Double.parseDouble(m.group(7));
    }
    return (long) (secs * 1000);
  }

  static long durationSeconds(String v) {
    return durationMillis(v) / 1000;
  }
}
