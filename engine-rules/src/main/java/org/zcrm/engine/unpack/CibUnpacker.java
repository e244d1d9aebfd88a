package org.zcrm.engine.unpack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Configuration;
import org.zcrm.cib.model.Node;
import org.zcrm.cib.model.nv.ClusterPropertySet;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.resource.Resources;
import org.zcrm.cib.model.status.Lrm;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.cib.model.status.LrmResources;
import org.zcrm.cib.model.status.LrmRscOp;
import org.zcrm.cib.model.status.NodeState;
import org.zcrm.cib.model.status.Status;
import org.zcrm.cib.model.status.TicketState;
import org.zcrm.cib.model.status.Tickets;
import org.zcrm.cib.model.status.TransientAttributes;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.TicketFact;

/** Reads the CIB model into {@link UnpackedCib} facts. Pure: no I/O, no clock. */
public final class CibUnpacker {
  private final Cib cib;
  private final Configuration config;
  private final Status status;
  private final Instant now;
  private final ModelIds ids;
  private final RuleEvaluator rules;
  private final NvPairs nv;

  private CibUnpacker(Cib cib, Instant now) {
    this.cib = cib;
    this.config = cib.configuration();
    this.status = cib.status();
    this.now = now;
    ModelIds ids = new ModelIds(cib);
    this.rules = new RuleEvaluator(ids, now);
    this.nv = new NvPairs(ids, rules);
    this.ids = ids;
  }

  public static UnpackedCib unpack(Cib cib, Instant now) {
    return new CibUnpacker(cib, now).unpack();
  }

  /**
   * The Pacemaker Remote and guest nodes a CIB defines (by connection resources, remote-node meta
   * attributes, or connections still in the status), sorted.
   */
  public static java.util.SortedSet<String> remoteNodeNames(Cib cib) {
    Configuration config = cib.configuration();
    RemoteNodes remote = RemoteNodes.scan(config == null ? null : config.resources());
    remote.addOrphans(cib.status() == null ? List.of() : cib.status().nodeStates(),
        remote.configuredIds());
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (RemoteNodes.Found f : remote.nodes()) {
      out.add(f.node());
    }
    return out;
  }

  private static <T> List<T> sets(CibElement parent, Class<T> type) {
    return parent == null ? List.of() : parent.childrenOf(type);
  }

  private List<NodeState> nodeStates() {
    return status == null ? List.of() : status.nodeStates();
  }

  private List<Node> configuredNodes() {
    return config == null ? List.of() : config.nodeList();
  }

  private UnpackedCib unpack() {
    Map<String, String> opts = nv.collect(
        sets(config == null ? null : config.crmConfig(), ClusterPropertySet.class), null);
    Resources resourcesEl = config == null ? null : config.resources();
    boolean haveFencingDevice = resourcesEl != null && hasFencingDevice(resourcesEl);
    boolean fencing = Values.bool(opts.getOrDefault("fencing-enabled",
        opts.getOrDefault("stonith-enabled", "true")), true);
    ClusterFact cluster = new ClusterFact(
        fencing,
        Values.bool(opts.get("symmetric-cluster"), true),
        opts.getOrDefault("no-quorum-policy", "stop").toLowerCase(Locale.ROOT),
        Values.bool(cib.getHaveQuorum(), false),
        Values.bool(opts.get("maintenance-mode"), false),
        Values.bool(opts.get("stop-all-resources"), false),
        Values.bool(opts.get("start-failure-is-fatal"), true),
        haveFencingDevice,
        Values.bool(opts.get("startup-fencing"), true),
        opts.getOrDefault("placement-strategy", "default").toLowerCase(Locale.ROOT),
        Values.bool(opts.getOrDefault("stop-removed-resources", opts.get("stop-orphan-resources")), true));

    Map<String, Map<String, String>> nodeAttrs = new TreeMap<>();
    RemoteNodes remote = RemoteNodes.scan(resourcesEl);
    remote.addOrphans(nodeStates(), remote.configuredIds());
    List<NodeFact> nodes = unpackNodes(nodeAttrs, remote);
    List<RemoteNodeFact> remoteNodes = remoteNodeFacts(remote, resourcesEl);

    List<MetaAttributes> rscDefaults =
        sets(config == null ? null : config.rscDefaults(), MetaAttributes.class);
    List<MetaAttributes> opDefaultSets =
        sets(config == null ? null : config.opDefaults(), MetaAttributes.class);
    Map<String, String> opDefaults = nv.collect(opDefaultSets, null);
    ResourceReader rr = new ResourceReader(nv, rscDefaults, opDefaults, cluster);
    rr.setNodeCount(nodes.size());
    if (resourcesEl != null) {
      for (Resource r : resourcesEl.childrenOf(Resource.class)) {
        if (r instanceof org.zcrm.cib.model.resource.Template t) {
          rr.noteTemplate(t);
        }
      }
      for (Resource r : resourcesEl.childrenOf(Resource.class)) {
        rr.read(r);
      }
      for (Primitive guestConnection : remote.guestConnections()) {
        rr.read(guestConnection);
      }
    }
    List<HistoryRun> history = new ArrayList<>();
    Map<String, String> nodeNames = new HashMap<>();
    for (NodeFact n : nodes) {
      nodeNames.put(n.name(), n.name());
    }
    for (NodeState ns : nodeStates()) {
      String node = nodeName(ns);
      node = nodeNames.getOrDefault(node, node); // the configured name's instance (see sameId)
      Lrm lrm = ns.lrm();
      LrmResources lrs = lrm == null ? null : lrm.resources();
      if (lrs == null || !lrs.hasChildren()) {
        continue;
      }
      for (Object child : lrs.children()) {
        if (child instanceof LrmResource lr) {
          String rid = rr.sameId(lr.getId());
          if (lr.hasChildren()) {
            history.add(new HistoryRun(rid, node, historyOps(rid, node, lr.children())));
          }
          rr.noteHistoryResource(rid, lr);
        }
      }
    }
    ConstraintReader cr = new ConstraintReader(ids, rules, rr, nodes, nodeAttrs);
    cr.setTags(tags());
    cr.read(config == null ? null : config.constraints());
    List<TicketFact> tickets = new ArrayList<>();
    Tickets ticketStates = status == null ? null : status.tickets();
    if (ticketStates != null) {
      for (TicketState t : ticketStates.all()) {
        tickets.add(new TicketFact(Values.or(t.getId(), ""), Values.isTrue(t.getGranted()),
            Values.isTrue(t.getStandby())));
      }
    }
    List<org.zcrm.engine.facts.ResourceFact> resources = rr.resources();
    OperationResolver operations = new OperationResolver(nv, resources, rr.meta(), rr.elements(), rr.templateOf(),
        rr.historyEntries(), opDefaultSets, nodeAttrs);
    return new UnpackedCib(now, cluster, nodes, nodeAttrs, resources, rr.meta(), rr.ops(),
        cr.locations(), cr.colocations(), cr.orders(), tickets, cr.tickets(), history, rr.params(),
        capacities(), rr.utilization(), operations, remoteNodes,
        new org.zcrm.engine.facts.MonitorOptionsFact(
            Values.bool(opts.get("enable-startup-probes"), true),
            Values.bool(opts.getOrDefault("cancel-removed-actions",
                opts.get("stop-orphan-actions")), true)),
        cr.discovery(),
        cib.getCrmFeatureSet(),
        NodeHealth.of(opts, nodeAttrs));
  }

  /** Whether a fencing device is configured anywhere under the resources section. */
  private static boolean hasFencingDevice(CibElement parent) {
    for (CibElement e : parent.elementChildren()) {
      if (e instanceof Primitive p) {
        if ("stonith".equals(p.getResourceClass())) {
          return true;
        }
      } else if (e.hasChildren() && hasFencingDevice(e)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Map<String, Integer>> capacities() {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Node n : configuredNodes()) {
      Map<String, Integer> cap = new TreeMap<>();
      nv.collect(n.utilization(), null).forEach((k, v) -> cap.put(k, (int) Values.parseLong(v, 0)));
      out.put(Values.or(n.getUname(), n.getId()), cap);
    }
    // utilization among a node's transient attributes adds what the configuration leaves out
    for (NodeState ns : nodeStates()) {
      TransientAttributes ta = ns.transientAttributes();
      Map<String, Integer> cap = ta == null ? null : out.get(nodeName(ns));
      if (cap != null) {
        nv.collect(ta.utilization(), null)
            .forEach((k, v) -> cap.putIfAbsent(k, (int) Values.parseLong(v, 0)));
      }
    }
    return out;
  }

  private String nodeName(NodeState nodeState) {
    String uname = nodeState.getUname();
    if (uname != null) {
      return uname;
    }
    String id = nodeState.getId();
    for (Node n : configuredNodes()) {
      if (id != null && id.equals(n.getId())) {
        return Values.or(n.getUname(), id);
      }
    }
    return id;
  }

  private List<NodeFact> unpackNodes(Map<String, Map<String, String>> nodeAttrs,
      RemoteNodes remote) {
    Map<String, NodeState> states = new LinkedHashMap<>();
    for (NodeState ns : nodeStates()) {
      states.put(ns.getId(), ns);
    }
    Map<String, String> guests = new TreeMap<>();
    for (RemoteNodes.Found f : remote.nodes()) {
      if (f.container() != null) {
        guests.put(f.node(), f.container());
      }
    }
    List<NodeFact> out = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    List<Node> configured = new ArrayList<>(configuredNodes());
    for (Node n : configuredNodes()) {
      names.add(Values.or(n.getUname(), n.getId()));
    }
    for (RemoteNodes.Found f : remote.nodes()) {
      if (names.add(f.node())) {
        Node implicit = new Node();
        implicit.setId(f.node());
        implicit.setUname(f.node());
        implicit.setType("remote");
        configured.add(implicit);
      }
    }
    for (Node n : configured) {
      String id = n.getId();
      String name = Values.or(n.getUname(), id);
      String type = Values.or(n.getType(), "member");
      Map<String, String> attrs = new TreeMap<>();
      attrs.putAll(nv.collect(n.instanceAttributes(), null));
      NodeState ns = states.get(id);
      if (ns == null) {
        for (NodeState s : states.values()) {
          if (name.equals(s.getUname())) {
            ns = s;
          }
        }
      }
      if (ns != null) {
        TransientAttributes ta = ns.transientAttributes();
        if (ta != null) {
          attrs.putAll(nv.collect(ta.instanceAttributes(), null));
        }
      }
      attrs.put("#uname", name);
      attrs.put("#id", id);
      attrs.put("#kind", guests.containsKey(name) ? "container"
          : type.equals("remote") ? "remote" : "cluster");
      attrs.put("#is_dc", id != null && id.equals(cib.getDcUuid()) ? "true" : "false");
      nodeAttrs.put(name, attrs);
      boolean hasStatus = ns != null;
      long member = hasStatus ? memberTime(ns.getInCcm()) : -1;
      long online = hasStatus ? onlineTime(ns.getCrmd()) : 0;
      String shutdown = attrs.get("shutdown");
      boolean shutdownReq = shutdown != null && !shutdown.equals("0") && !shutdown.isBlank()
          && !shutdown.equalsIgnoreCase("false");
      String term = attrs.get("terminate");
      boolean termReq = term != null && (Values.isTrue(term) || Values.parseLong(term, 0) > 0);
      out.add(new NodeFact(name, id, hasStatus, member, online,
          hasStatus ? ns.getJoin() : null,
          hasStatus ? ns.getExpected() : null,
          shutdownReq, termReq,
          Values.isTrue(attrs.get("standby")),
          Values.isTrue(attrs.get("maintenance")),
          type.equals("remote")));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** Each remote and guest node with its connection's reconnect interval and fenced mark. */
  private List<RemoteNodeFact> remoteNodeFacts(RemoteNodes remote, Resources resourcesEl) {
    Map<String, Long> reconnect = new TreeMap<>();
    if (resourcesEl != null) {
      for (Resource r : resourcesEl.childrenOf(Resource.class)) {
        if (r instanceof Primitive p && RemoteNodes.isConnection(p) && p.getId() != null) {
          String v = nv.collect(p.instanceAttributes(), null).get("reconnect_interval");
          reconnect.put(p.getId(), ResourceReader.durationSeconds(v));
        }
      }
    }
    List<RemoteNodeFact> out = new ArrayList<>();
    for (RemoteNodes.Found f : remote.nodes()) {
      boolean fenced = false;
      for (NodeState ns : nodeStates()) {
        if (f.node().equals(ns.getUname()) || (ns.getUname() == null && f.node().equals(ns.getId()))) {
          fenced = Values.parseLong(ns.getNodeFenced(), 0) > 0;
        }
      }
      out.add(new RemoteNodeFact(f.node(), f.connection(), f.container(),
          reconnect.getOrDefault(f.connection(), 0L), fenced));
    }
    return out;
  }

  private long memberTime(String v) {
    if (v == null) {
      return -1;
    }
    String t = v.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("true") || t.equals("yes") || t.equals("on")) {
      return Math.max(1, now.getEpochSecond());
    }
    if (t.equals("false") || t.equals("no") || t.equals("off")) {
      return 0;
    }
    long l = Values.parseLong(t, -1);
    if (l == 1) {
      return Math.max(1, now.getEpochSecond());
    }
    return l;
  }

  private static long onlineTime(String v) {
    if (v == null || v.equalsIgnoreCase("offline")) {
      return 0;
    }
    if (v.equalsIgnoreCase("online")) {
      return 1;
    }
    long l = Values.parseLong(v, 0);
    return Math.max(0, l);
  }

  private static List<HistoryOp> historyOps(String rsc, String node, List<Object> children) {
    if (children.size() == 1) { // most entries: one probe or one start
      return children.get(0) instanceof LrmRscOp op ? List.of(historyOp(rsc, node, op)) : List.of();
    }
    HistoryOp[] ops = new HistoryOp[children.size()];
    int n = 0;
    for (Object o : children) {
      if (o instanceof LrmRscOp op) {
        ops[n++] = historyOp(rsc, node, op);
      }
    }
    return n == 0 ? List.of() : Arrays.asList(n == ops.length ? ops : Arrays.copyOf(ops, n));
  }

  /** One lrm_rsc_op entry (history is most of a large CIB). */
  private static HistoryOp historyOp(String rsc, String node, LrmRscOp op) {
    String key = op.getTransitionKey();
    String magic = op.getTransitionMagic();
    int target = -1;
    if (key != null) {
      target = targetRc(key);
    } else if (magic != null) {
      int semi = magic.indexOf(';');
      if (semi >= 0) {
        target = targetRc(magic.substring(semi + 1));
      }
    }
    return new HistoryOp(rsc, node, Values.or(op.getId(), ""), Values.or(op.getOperation(), ""),
        Values.parseLong(op.getInterval(), 0), (int) Values.parseLong(op.getRcCode(), 0),
        (int) Values.parseLong(op.getOpStatus(), 0), (int) Values.parseLong(op.getCallId(), 0),
        Values.parseLong(op.getLastRcChange(), Values.parseLong(op.getLastRun(), 0)), target,
        HistoryOp.Digests.of(op.getOpDigest(), op.getOpForceRestart(), op.getOpRestartDigest(),
            op.getOpSecureParams(), op.getOpSecureDigest(), op.getCrmFeatureSet()));
  }

  /** The expected rc is the third field of a transition key (action:transition:rc:uuid). */
  private static int targetRc(String key) {
    int a = key.indexOf(':');
    int b = a < 0 ? -1 : key.indexOf(':', a + 1);
    int c = b < 0 ? -1 : key.indexOf(':', b + 1);
    if (b < 0) {
      return -1;
    }
    return (int) Values.parseLong(key, b + 1, c < 0 ? key.length() : c, -1);
  }

  /** Tag id -> the ids of its obj_refs, in order. */
  private Map<String, List<String>> tags() {
    Map<String, List<String>> out = new TreeMap<>();
    org.zcrm.cib.model.Tags t = config == null ? null : config.tags();
    if (t == null) {
      return out;
    }
    for (org.zcrm.cib.model.Tag tag : t.all()) {
      List<String> refs = new ArrayList<>();
      for (org.zcrm.cib.model.ObjRef r : tag.refs()) {
        if (r.getId() != null) {
          refs.add(r.getId());
        }
      }
      if (tag.getId() != null) {
        out.put(tag.getId(), refs);
      }
    }
    return out;
  }
}
