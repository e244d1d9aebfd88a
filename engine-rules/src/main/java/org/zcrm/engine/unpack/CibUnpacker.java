package org.zcrm.engine.unpack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.ColocationFact;
import org.zcrm.engine.facts.LocationFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.OpFact;
import org.zcrm.engine.facts.OrderFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;

/** Reads a CIB document into {@link UnpackedCib} facts. Pure: no I/O, no clock. */
public final class CibUnpacker {
  private final Document doc;
  private final Element root;
  private final IdIndex ids;
  private final Instant now;
  private final RuleEvaluator rules;
  private final NvPairs nv;

  private CibUnpacker(Document doc, Instant now) {
    this.doc = doc;
    this.root = doc.getDocumentElement();
    this.ids = new IdIndex(doc);
    this.now = now;
    this.rules = new RuleEvaluator(ids, now);
    this.nv = new NvPairs(ids, rules);
  }

  /** The execution-date recorded in a CIB, if any. */
  public static Instant executionDate(Document doc) {
    String v = Xml.attr(doc.getDocumentElement(), "execution-date");
    if (v == null) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static UnpackedCib unpack(Document doc, Instant now) {
    return new CibUnpacker(doc, now).unpack();
  }

  private Element config(String name) {
    return Xml.child(Xml.child(root, "configuration"), name);
  }

  private UnpackedCib unpack() {
    Map<String, String> opts = nv.collect(config("crm_config"), "cluster_property_set", null);
    Element resourcesEl = config("resources");
    boolean haveFencingDevice = hasFencingDevice(resourcesEl);
    boolean fencing = Xml.bool(opts.getOrDefault("fencing-enabled",
        opts.getOrDefault("stonith-enabled", "true")), true);
    ClusterFact cluster = new ClusterFact(
        fencing,
        Xml.bool(opts.get("symmetric-cluster"), true),
        opts.getOrDefault("no-quorum-policy", "stop").toLowerCase(java.util.Locale.ROOT),
        Xml.bool(Xml.attr(root, "have-quorum"), false),
        Xml.bool(opts.get("maintenance-mode"), false),
        Xml.bool(opts.get("stop-all-resources"), false),
        Xml.bool(opts.get("start-failure-is-fatal"), true),
        haveFencingDevice,
        Xml.bool(opts.get("startup-fencing"), true),
        opts.getOrDefault("placement-strategy", "default").toLowerCase(java.util.Locale.ROOT),
        Xml.bool(opts.getOrDefault("stop-removed-resources", opts.get("stop-orphan-resources")), true));

    Map<String, Map<String, String>> nodeAttrs = new TreeMap<>();
    List<NodeFact> nodes = unpackNodes(nodeAttrs);

    Map<String, String> rscDefaults = nv.collect(config("rsc_defaults"), "meta_attributes", null);
    Map<String, String> opDefaults = nv.collect(config("op_defaults"), "meta_attributes", null);
    ResourceReader rr = new ResourceReader(nv, rscDefaults, opDefaults, cluster);
    rr.setNodeCount(nodes.size());
    for (Element e : Xml.children(resourcesEl)) {
      rr.read(e, null);
    }
    List<HistoryOp> history = new ArrayList<>();
    Element status = Xml.child(root, "status");
    for (Element ns : Xml.children(status, "node_state")) {
      String node = nodeName(ns);
      Element lrm = Xml.child(ns, "lrm");
      for (Element lr : Xml.children(Xml.child(lrm, "lrm_resources"), "lrm_resource")) {
        String rid = Xml.attr(lr, "id");
        for (Element op : Xml.children(lr, "lrm_rsc_op")) {
          history.add(historyOp(rid, node, op));
        }
        rr.noteHistoryResource(rid, lr);
      }
    }
    ConstraintReader cr = new ConstraintReader(ids, rules, rr, nodes, nodeAttrs);
    cr.read(config("constraints"));
    List<org.zcrm.engine.facts.TicketFact> tickets = new ArrayList<>();
    for (Element t : Xml.children(Xml.child(status, "tickets"), "ticket_state")) {
      tickets.add(new org.zcrm.engine.facts.TicketFact(Xml.attr(t, "id", ""),
          Xml.isTrue(Xml.attr(t, "granted")), Xml.isTrue(Xml.attr(t, "standby"))));
    }
    return new UnpackedCib(now, cluster, nodes, nodeAttrs, rr.resources(), rr.ops(),
        cr.locations(), cr.colocations(), cr.orders(), tickets, cr.tickets(), history, rr.params(),
        capacities(), rr.utilization());
  }

  private static boolean hasFencingDevice(Element resources) {
    for (Element e : Xml.children(resources)) {
      if (e.getTagName().equals("primitive")) {
        if ("stonith".equals(Xml.attr(e, "class"))) {
          return true;
        }
      } else if (hasFencingDevice(e)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Map<String, Integer>> capacities() {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Element n : Xml.children(config("nodes"), "node")) {
      Map<String, Integer> cap = new TreeMap<>();
      nv.collect(n, "utilization", null).forEach((k, v) -> cap.put(k, (int) Xml.parseLong(v, 0)));
      out.put(Xml.attr(n, "uname", Xml.attr(n, "id")), cap);
    }
    return out;
  }

  private String nodeName(Element nodeState) {
    String uname = Xml.attr(nodeState, "uname");
    if (uname != null) {
      return uname;
    }
    String id = Xml.attr(nodeState, "id");
    for (Element n : Xml.children(config("nodes"), "node")) {
      if (id != null && id.equals(Xml.attr(n, "id"))) {
        return Xml.attr(n, "uname", id);
      }
    }
    return id;
  }

  private List<NodeFact> unpackNodes(Map<String, Map<String, String>> nodeAttrs) {
    Map<String, Element> states = new LinkedHashMap<>();
    for (Element ns : Xml.children(Xml.child(root, "status"), "node_state")) {
      states.put(Xml.attr(ns, "id"), ns);
    }
    List<NodeFact> out = new ArrayList<>();
    for (Element n : Xml.children(config("nodes"), "node")) {
      String id = Xml.attr(n, "id");
      String name = Xml.attr(n, "uname", id);
      String type = Xml.attr(n, "type", "member");
      Map<String, String> attrs = new TreeMap<>();
      attrs.putAll(nv.collect(n, "instance_attributes", null));
      Element ns = states.get(id);
      if (ns == null) {
        for (Element s : states.values()) {
          if (name.equals(Xml.attr(s, "uname"))) {
            ns = s;
          }
        }
      }
      if (ns != null) {
        Element ta = Xml.child(ns, "transient_attributes");
        attrs.putAll(nv.collect(ta, "instance_attributes", null));
      }
      attrs.put("#uname", name);
      attrs.put("#id", id);
      attrs.put("#kind", type.equals("remote") ? "remote" : "cluster");
      attrs.put("#is_dc", id != null && id.equals(Xml.attr(root, "dc-uuid")) ? "true" : "false");
      nodeAttrs.put(name, attrs);
      boolean hasStatus = ns != null;
      long member = hasStatus ? memberTime(Xml.attr(ns, "in_ccm")) : -1;
      long online = hasStatus ? onlineTime(Xml.attr(ns, "crmd")) : 0;
      String shutdown = attrs.get("shutdown");
      boolean shutdownReq = shutdown != null && !shutdown.equals("0") && !shutdown.isBlank()
          && !shutdown.equalsIgnoreCase("false");
      String term = attrs.get("terminate");
      boolean termReq = term != null && (Xml.isTrue(term) || Xml.parseLong(term, 0) > 0);
      out.add(new NodeFact(name, id, hasStatus, member, online,
          hasStatus ? Xml.attr(ns, "join") : null,
          hasStatus ? Xml.attr(ns, "expected") : null,
          shutdownReq, termReq,
          Xml.isTrue(attrs.get("standby")),
          Xml.isTrue(attrs.get("maintenance")),
          type.equals("remote")));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
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
    long l = Xml.parseLong(t, -1);
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
    long l = Xml.parseLong(v, 0);
    return Math.max(0, l);
  }

  /** One pass over the operation's attributes (history is most of a large CIB). */
  private static HistoryOp historyOp(String rsc, String node, Element op) {
    String task = "";
    String id = "";
    String interval = null;
    String rc = null;
    String status = null;
    String callId = null;
    String change = null;
    String lastRun = null;
    String key = null;
    String magic = null;
    String digest = null;
    String restartDigest = null;
    org.w3c.dom.NamedNodeMap attrs = op.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      org.w3c.dom.Node a = attrs.item(i);
      String v = a.getNodeValue();
      switch (a.getNodeName()) {
        case "operation" -> task = v;
        case "id" -> id = v;
        case "interval" -> interval = v;
        case "rc-code" -> rc = v;
        case "op-status" -> status = v;
        case "call-id" -> callId = v;
        case "last-rc-change" -> change = v;
        case "last-run" -> lastRun = v;
        case "transition-key" -> key = v;
        case "transition-magic" -> magic = v;
        case "op-digest" -> digest = v;
        case "op-restart-digest" -> restartDigest = v;
        default -> { }
      }
    }
    int target = -1;
    if (key != null) {
      target = targetRc(key);
    } else if (magic != null) {
      int semi = magic.indexOf(';');
      if (semi >= 0) {
        target = targetRc(magic.substring(semi + 1));
      }
    }
    return new HistoryOp(rsc, node, id, task, Xml.parseLong(interval, 0),
        (int) Xml.parseLong(rc, 0), (int) Xml.parseLong(status, 0),
        (int) Xml.parseLong(callId, 0), Xml.parseLong(change, Xml.parseLong(lastRun, 0)), target,
        digest, restartDigest);
  }

  /** The expected rc is the third field of a transition key (action:transition:rc:uuid). */
  private static int targetRc(String key) {
    int a = key.indexOf(':');
    int b = a < 0 ? -1 : key.indexOf(':', a + 1);
    int c = b < 0 ? -1 : key.indexOf(':', b + 1);
    if (b < 0) {
      return -1;
    }
    return (int) Xml.parseLong(c < 0 ? key.substring(b + 1) : key.substring(b + 1, c), -1);
  }

  /** Reads a role attribute. */
  static Role role(String v) {
    return Role.parse(v);
  }

  static int score(String v) {
    return Scores.parse(v, 0);
  }

  Document document() {
    return doc;
  }
}
