package org.zcrm.engine.unpack;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.resource.Op;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Template;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.engine.Transition;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.ResourceMetaFact;

/**
 * Resolves what a node's executor needs to run one resource action: the agent, the instance
 * parameters evaluated for the node and "now", the resource's and the operation's meta attributes,
 * the timeout and interval, the way Pacemaker's scheduler fills a graph action's attributes
 * (pe_rsc_params, pcmk__unpack_action_meta, the variants' add_graph_meta).
 */
public final class OperationResolver {
  /** Pacemaker's default action timeout. */
  public static final long DEFAULT_TIMEOUT_MS = 20_000;
  private static final SortedMap<String, String> EMPTY =
      java.util.Collections.unmodifiableSortedMap(new TreeMap<>());

  private final NvPairs nv;
  private final Map<String, ResourceFact> facts = new HashMap<>();
  private final Map<String, Resource> elements;
  /** Primitive id -> the rsc_template it is made from (its parameters and operations apply too). */
  private final Map<String, Template> templates;
  private final Map<String, LrmResource> historyEntries;
  private final List<MetaAttributes> opDefaults;
  private final Map<String, Map<String, String>> nodeAttrs;
  private final Map<String, SortedMap<String, String>> rscMeta = new HashMap<>();
  private final Map<String, SortedMap<String, String>> paramCache = new HashMap<>();
  private final Map<String, Resolved> baseCache = new HashMap<>();

  OperationResolver(NvPairs nv, List<ResourceFact> resources, List<ResourceMetaFact> meta,
      Map<String, Resource> elements, Map<String, Template> templates, Map<String, LrmResource> historyEntries,
      List<MetaAttributes> opDefaults, Map<String, Map<String, String>> nodeAttrs) {
    this.nv = nv;
    for (ResourceFact f : resources) {
      facts.put(f.id(), f);
    }
    for (ResourceMetaFact m : meta) {
      rscMeta.computeIfAbsent(m.rsc(), k -> new TreeMap<>()).put(m.name(), m.value());
    }
    this.elements = elements;
    this.templates = templates;
    this.historyEntries = historyEntries;
    this.opDefaults = opDefaults;
    this.nodeAttrs = nodeAttrs;
  }

  /**
   * The operation of one action of a primitive (a clone instance id such as {@code rsc:0} too), or
   * null when {@code rsc} is not a primitive.
   *
   * @param task the action's task; for {@code cancel} the operation cancelled is a monitor
   * @param node the node the action runs on (null: parameters evaluated for no node)
   */
  public Transition.Operation resolve(String rsc, String task, long intervalMs, String node) {
    ResourceFact f = facts.get(rsc);
    if (f == null || !f.isPrimitive()) {
      return null;
    }
    Primitive prim = elements.get(rsc) instanceof Primitive p ? p : null;
    Resolved base = base(f, prim, rsc, task, intervalMs, node);
    TreeMap<String, String> meta = new TreeMap<>(base.meta());
    if (node != null) {
      meta.put("on_node", node);
      Map<String, String> attrs = nodeAttrs.get(node);
      String uuid = attrs == null ? null : attrs.get("#id");
      meta.put("on_node_uuid", uuid == null ? node : uuid);
    }
    return new Transition.Operation(base.agent(), intervalMs, base.timeoutMs(),
        actionParameters(rsc, prim, task, intervalMs, node),
        java.util.Collections.unmodifiableSortedMap(meta));
  }

  /**
   * What an action's digest covers, without building its meta: the parameters it is sent with,
   * its timeout (0 for one-off operations, whose digests leave it out), and whether its operation
   * has instance attributes of its own (null when {@code rsc} is not a primitive).
   */
  public DigestInput digestInput(String rsc, String task, long intervalMs, String node) {
    ResourceFact f = facts.get(rsc);
    if (f == null || !f.isPrimitive()) {
      return null;
    }
    Primitive prim = elements.get(rsc) instanceof Primitive p ? p : null;
    // digests leave a one-off operation's timeout out: it is not worked out for them
    long timeout = intervalMs == 0 ? 0 : base(f, prim, rsc, task, intervalMs, node).timeoutMs();
    boolean own = !actionParams(prim, task, intervalMs, node).isEmpty();
    return new DigestInput(actionParameters(rsc, prim, task, intervalMs, node), timeout, own);
  }

  /**
   * See {@link #digestInput}.
   *
   * @param ownParams whether the operation's {@code <op>} has instance attributes of its own
   */
  public record DigestInput(SortedMap<String, String> params, long timeoutMs, boolean ownParams) {}

  /**
   * The node-independent part of an action, worked out once per resource, task and interval
   * (fencing devices' timeouts may depend on the node: pcmk_monitor_timeout is a parameter).
   */
  private Resolved base(ResourceFact f, Primitive prim, String rsc, String task, long intervalMs,
      String node) {
    boolean perNode = prim != null && "stonith".equals(prim.getResourceClass());
    String cacheKey = rsc + "\u0000" + task + "\u0000" + intervalMs;
    Resolved base = perNode ? null : baseCache.get(cacheKey);
    if (base == null) {
      base = resolveBase(f, prim, rsc, task, intervalMs, node);
      if (!perNode) {
        baseCache.put(cacheKey, base);
      }
    }
    return base;
  }

  /** The resource's parameters with the operation's own instance attributes first. */
  private SortedMap<String, String> actionParameters(String rsc, Primitive prim, String task,
      long intervalMs, String node) {
    SortedMap<String, String> params = params(rsc, prim, node);
    Map<String, String> own = actionParams(prim, task.equals("cancel") ? "monitor" : task,
        intervalMs, node);
    if (own.isEmpty()) {
      return params;
    }
    // the operation's own instance attributes come first, as in Pacemaker's graph actions
    TreeMap<String, String> merged = new TreeMap<>(own);
    params.forEach(merged::putIfAbsent);
    return java.util.Collections.unmodifiableSortedMap(merged);
  }

  /**
   * The resource's instance attributes evaluated for the node (its own, then its template's and
   * its ancestors'), without any operation's; empty for orphans and non-primitives.
   */
  public SortedMap<String, String> resourceParams(String rsc, String node) {
    Resource el = elements.get(rsc);
    ResourceFact f = facts.get(rsc);
    if (f == null || !f.isPrimitive() || !(el instanceof Primitive prim)) {
      return EMPTY;
    }
    return params(rsc, prim, node);
  }

  /**
   * The instance attributes of the {@code <op>} configured for this task and interval (disabled
   * ones too), evaluated for the node: Pacemaker's pcmk__unpack_action_rsc_params.
   */
  public Map<String, String> actionParams(String rsc, String task, long intervalMs, String node) {
    return elements.get(rsc) instanceof Primitive prim && facts.containsKey(rsc)
        ? actionParams(prim, task, intervalMs, node) : Map.of();
  }

  private Map<String, String> actionParams(Primitive prim, String task, long intervalMs,
      String node) {
    if (prim == null) {
      return Map.of();
    }
    Op config = findConfig(prim, task, intervalMs);
    if (config == null || config.instanceAttributes().isEmpty()) {
      return Map.of();
    }
    Map<String, String> attrs = node == null ? Map.of() : nodeAttrs.getOrDefault(node, Map.of());
    return nv.collect(config.instanceAttributes(), attrs);
  }

  /** The node-independent part of an operation. */
  private record Resolved(String agent, long timeoutMs, SortedMap<String, String> meta) {}

  private Resolved resolveBase(ResourceFact f, Primitive prim, String rsc, String task,
      long intervalMs, String node) {
    String opName = task.equals("cancel") ? "monitor" : task;
    TreeMap<String, String> meta = new TreeMap<>();
    rscMeta.getOrDefault(rsc, new TreeMap<>()).forEach((k, v) -> meta.put(metaName(k), v));
    addCloneMeta(f, meta);
    Map<String, String> opMeta = operationMeta(prim, f, opName, intervalMs, node);
    long timeout = timeoutMs(opMeta.get("timeout"));
    opMeta.put("timeout", Long.toString(timeout));
    opMeta.forEach((k, v) -> meta.put(metaName(k), v));
    if (task.equals("monitor") && intervalMs == 0) {
      meta.put("op_target_rc", "7");
    }
    if (task.equals("cancel")) {
      meta.put("operation", opName);
    }
    String agent = prim != null ? f.agent() : orphanAgent(rsc, f); // the fact's has the template's parts
    return new Resolved(agent, timeout, meta);
  }

  /** CRM_meta_ names without the prefix: dashes become underscores, as crm_meta_name does. */
  static String metaName(String name) {
    return name.replace('-', '_');
  }

  private String orphanAgent(String rsc, ResourceFact f) {
    LrmResource lr = historyEntries.get(rsc);
    if (lr == null && rsc.contains(":")) {
      lr = historyEntries.get(rsc.substring(0, rsc.lastIndexOf(':')));
    }
    if (lr != null) {
      return ResourceReader.agent(lr.getResourceClass(), lr.getProvider(), lr.getType());
    }
    return f.agent();
  }

  /** The meta Pacemaker's clone adds to its instances' actions. */
  private void addCloneMeta(ResourceFact f, Map<String, String> meta) {
    ResourceFact clone = f;
    while (clone != null && clone.kind() != ResourceFact.Kind.CLONE) {
      clone = clone.parent() == null ? null : facts.get(clone.parent());
    }
    if (clone == null || clone.cloneMeta() == null) {
      return;
    }
    ResourceFact.CloneMeta cm = clone.cloneMeta();
    int colon = f.id().lastIndexOf(':');
    if (colon > 0) {
      meta.put("clone", f.id().substring(colon + 1));
    }
    meta.put("clone_max", Integer.toString(cm.max()));
    meta.put("clone_node_max", Integer.toString(cm.nodeMax()));
    meta.put("globally_unique", Boolean.toString(cm.globallyUnique()));
    Map<String, String> cloneMeta = rscMeta.getOrDefault(clone.id(), new TreeMap<>());
    meta.put("notify", Boolean.toString(Values.isTrue(cloneMeta.get("notify"))));
    if (cm.promotable()) {
      meta.put("promoted_max", Integer.toString(cm.promotedMax()));
      meta.put("promoted_node_max", Integer.toString(cm.promotedNodeMax()));
      meta.put("master_max", Integer.toString(cm.promotedMax()));
      meta.put("master_node_max", Integer.toString(cm.promotedNodeMax()));
    }
  }

  /** Instance attributes of the primitive, then of its ancestors, evaluated for the node. */
  private SortedMap<String, String> params(String rsc, Primitive prim, String node) {
    if (prim == null) {
      return EMPTY; // orphans: the history records no parameter values
    }
    String cacheKey = rsc + "\u0000" + (node == null ? "" : node);
    SortedMap<String, String> cached = paramCache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    Map<String, String> attrs = node == null ? Map.of() : nodeAttrs.getOrDefault(node, Map.of());
    TreeMap<String, String> out = new TreeMap<>();
    for (String id = rsc; id != null; ) {
      Resource el = elements.get(id);
      if (el != null) {
        nv.collect(el.instanceAttributes(), attrs).forEach(out::putIfAbsent);
      }
      Template t = templates.get(id);
      if (t != null) {
        nv.collect(t.instanceAttributes(), attrs).forEach(out::putIfAbsent);
      }
      ResourceFact f = facts.get(id);
      id = f == null ? null : f.parent();
    }
    SortedMap<String, String> frozen = java.util.Collections.unmodifiableSortedMap(out);
    paramCache.put(cacheKey, frozen);
    return frozen;
  }

  /**
   * The operation's meta: its {@code <op>} meta_attributes, then the {@code <op>} XML attributes
   * over them, a probe's timeout from the most frequent monitor, then op_defaults where unset;
   * interval normalised to milliseconds (absent when 0).
   */
  private Map<String, String> operationMeta(Primitive prim, ResourceFact f, String opName,
      long intervalMs, String node) {
    Map<String, String> ruleInput = new HashMap<>();
    if (prim != null) {
      ruleInput.put(RuleEvaluator.RSC_CLASS, prim.getResourceClass());
      ruleInput.put(RuleEvaluator.RSC_PROVIDER, prim.getProvider());
      ruleInput.put(RuleEvaluator.RSC_TYPE, prim.getType());
    }
    ruleInput.put(RuleEvaluator.OP_NAME, opName);
    ruleInput.put(RuleEvaluator.OP_INTERVAL, Long.toString(intervalMs));
    Map<String, String> meta = new LinkedHashMap<>();
    Op config = prim == null ? null : findConfig(prim, opName, intervalMs);
    if (config != null) {
      meta.putAll(nv.collect(config.metaAttributes(), ruleInput));
      meta.putAll(xmlAttributes(config));
    }
    if (opName.equals("monitor") && intervalMs == 0 && !meta.containsKey("timeout")
        && prim != null) {
      Op frequent = mostFrequentMonitor(prim);
      if (frequent != null && frequent.getTimeout() != null) {
        meta.put("timeout", frequent.getTimeout());
      }
    }
    nv.collect(opDefaults, ruleInput).forEach(meta::putIfAbsent);
    meta.remove("id");
    if (intervalMs > 0) {
      meta.put("interval", Long.toString(intervalMs));
    } else {
      meta.remove("interval");
    }
    if (prim != null && "stonith".equals(prim.getResourceClass())
        && (opName.equals("start") || (opName.equals("monitor") && intervalMs == 0))) {
      String t = params(f.id(), prim, node).get("pcmk_monitor_timeout");
      if (t != null) {
        meta.put("timeout", t);
      }
    }
    String delay = meta.get("start-delay");
    if (delay != null) {
      meta.put("start-delay", Long.toString(Math.max(0, ResourceReader.durationMillis(delay))));
    }
    return meta;
  }

  /** The primitive's operations, then those of its template that it does not redefine. */
  private List<Op> ops(Primitive prim) {
    Template t = prim.getTemplate() == null ? null : templates.get(prim.getId());
    if (t == null || t.operations() == null) {
      return prim.ops();
    }
    List<Op> out = new java.util.ArrayList<>(prim.ops());
    for (Op op : t.operations().ops()) {
      boolean redefined = prim.ops().stream().anyMatch(o -> java.util.Objects.equals(o.getName(), op.getName())
          && java.util.Objects.equals(ResourceReader.durationMillis(Values.or(o.getInterval(), "0")),
              ResourceReader.durationMillis(Values.or(op.getInterval(), "0"))));
      if (!redefined) {
        out.add(op);
      }
    }
    return out;
  }

  /** The {@code <op>} with this name and interval (migrate_to/from fall back to "migrate"). */
  private Op findConfig(Primitive prim, String name, long intervalMs) {
    Op op = exactConfig(prim, name, intervalMs);
    if (op == null && (name.equals("migrate_to") || name.equals("migrate_from"))) {
      op = exactConfig(prim, "migrate", 0);
    }
    return op;
  }

  private Op exactConfig(Primitive prim, String name, long intervalMs) {
    for (Op op : ops(prim)) {
      if (name.equals(op.getName())
          && ResourceReader.durationMillis(Values.or(op.getInterval(), "0")) == intervalMs) {
        return op;
      }
    }
    return null;
  }

  /** The enabled recurring monitor with the shortest interval, whose timeout a probe inherits. */
  private Op mostFrequentMonitor(Primitive prim) {
    Op best = null;
    long bestMs = Long.MAX_VALUE;
    for (Op op : ops(prim)) {
      long ms = ResourceReader.durationMillis(Values.or(op.getInterval(), "0"));
      if (!"monitor".equals(op.getName()) || ms <= 0 || !Values.bool(op.getEnabled(), true)) {
        continue;
      }
      if (ms < bestMs) {
        bestMs = ms;
        best = op;
      }
    }
    return best;
  }

  /** Every XML attribute of an {@code <op>} element, by name. */
  private static Map<String, String> xmlAttributes(Op op) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "id", op.getId());
    put(out, "name", op.getName());
    put(out, "interval", op.getInterval());
    put(out, "description", op.getDescription());
    put(out, "start-delay", op.getStartDelay());
    put(out, "interval-origin", op.getIntervalOrigin());
    put(out, "timeout", op.getTimeout());
    put(out, "enabled", op.getEnabled());
    put(out, "record-pending", op.getRecordPending());
    put(out, "role", op.getRole());
    put(out, "requires", op.getRequires());
    put(out, "on-fail", op.getOnFail());
    if (op.hasOtherAttributes()) {
      for (Map.Entry<QName, String> e : op.otherAttributes().entrySet()) {
        put(out, e.getKey().getLocalPart(), e.getValue());
      }
    }
    return out;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** Positive milliseconds, else Pacemaker's default. */
  static long timeoutMs(String spec) {
    long ms = spec == null ? 0 : ResourceReader.durationMillis(spec);
    return ms <= 0 ? DEFAULT_TIMEOUT_MS : ms;
  }
}
