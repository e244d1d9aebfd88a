package org.zcrm.cli.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;

/** Injects one fault and undoes it (restarts what it killed) before returning. */
final class FaultInjector {
  private static final Logger LOG = LogManager.getLogger();

  private final LocalCluster c;
  private final Ledger ledger;
  private final Random rng;
  private int extras;
  private final List<String> extraIds = new ArrayList<>();

  FaultInjector(LocalCluster c, Ledger ledger, Random rng) {
    this.c = c;
    this.ledger = ledger;
    this.rng = rng;
  }

  /** Loads the configuration; its placements are the first ledger entries. */
  void load() throws InterruptedException {
    String conf = CampaignConfig.configuration(c.names, c.run.toString(), c.audit.toString());
    Element root = xml(conf);
    retrying("load the configuration", s -> {
      ConfigState out = s;
      for (Element section : CibXml.children(root)) {
        ObjectKind kind = ObjectKind.bySection(section.getTagName()).orElseThrow();
        if (kind.isCollection()) {
          for (Element e : CibXml.children(section)) {
            out = out.with(ConfigObject.of(kind, e));
          }
        } else {
          out = out.with(ConfigObject.of(kind, section));
        }
      }
      return out;
    });
    for (Element section : CibXml.children(root)) {
      for (Element e : CibXml.children(section)) {
        if (e.getTagName().equals("rsc_location")) {
          String id = e.getAttribute("id");
          ledger.acknowledged("load " + id, "string(//rsc_location[@id='" + id + "']/@node)", e.getAttribute("node"));
        }
      }
    }
    ledger.acknowledged("load the resources", "count(//primitive[@class='ocf' and not(starts-with(@id, 'extra-'))])",
        Integer.toString(CampaignConfig.PRIMITIVES.size() + 1));
  }

  private Duration session() {
    return c.session;
  }

  private long jitter(Duration base, double spread) {
    return base.toMillis() + (long) (rng.nextDouble() * spread * base.toMillis());
  }

  private String pickNode() {
    return c.names.get(rng.nextInt(c.names.size()));
  }

  /** Injects f; returns what it hit. */
  String inject(Fault f) throws Exception {
    LOG.info("Injecting fault fault={}", f.label());
    return switch (f) {
      case KILL_NODE -> {
        String dc = c.dcInfo().map(d -> d[0]).orElse("");
        List<String> others = c.names.stream().filter(n -> !n.equals(dc)).toList();
        String v = others.get(rng.nextInt(others.size()));
        crashAndRestart(v);
        yield v;
      }
      case KILL_DC -> {
        String v = c.dcInfo().map(d -> d[0]).orElse(pickNode());
        crashAndRestart(v);
        yield v;
      }
      case FREEZE_NODE -> {
        String v = pickNode();
        c.freeze(v);
        Thread.sleep(jitter(session().multipliedBy(3).dividedBy(2), 1.0));
        c.thaw(v);
        Thread.sleep(500);
        if (!c.alive(v)) {
          c.startNode(v);
          yield v + " (fenced while frozen, restarted)";
        }
        yield v;
      }
      case KILL_ZK_SERVER -> {
        int i = rng.nextInt(3);
        c.killZk(i);
        Thread.sleep(jitter(session(), 1.0));
        c.startZk(i);
        yield "zk" + (i + 1);
      }
      case ZK_QUORUM_LOSS -> {
        int keep = rng.nextInt(3);
        for (int i = 0; i < 3; i++) {
          if (i != keep) {
            c.killZk(i);
          }
        }
        Thread.sleep(jitter(session().multipliedBy(3).dividedBy(2), 1.0));
        for (int i = 0; i < 3; i++) {
          if (i != keep) {
            c.startZk(i);
          }
        }
        yield "all but zk" + (keep + 1);
      }
      case MONITOR_FAILS -> {
        String[] r = loseOne();
        yield r == null ? "nothing running" : r[0] + " on " + r[1];
      }
      case START_HANGS -> startHangs();
      case CONFIG_RACE -> configRace();
    };
  }

  private void crashAndRestart(String v) throws Exception {
    c.crash(v);
    Thread.sleep(jitter(session(), 2.0) - session().toMillis() / 2);
    c.startNode(v);
  }

  /** Removes the state file of a running primitive (its service died); returns {resource, node}. */
  private String[] loseOne() throws Exception {
    SortedMap<String, SortedSet<String>> active =
        OverlapAudit.check(AuditTrail.read(c.audit), CampaignConfig.CLONES).active();
    List<String[]> candidates = new ArrayList<>();
    active.forEach((r, nodes) -> nodes.forEach(n -> {
      if (!CampaignConfig.CLONES.contains(r)) {
        candidates.add(new String[] {r, n});
      }
    }));
    if (candidates.isEmpty()) {
      return null;
    }
    String[] pick = candidates.get(rng.nextInt(candidates.size()));
    Path state = c.run.resolve(pick[1] + "-rsctmp").resolve("zcrm-Dummy").resolve(pick[0] + ".state");
    if (Files.deleteIfExists(state)) {
      c.appendAudit(AuditTrail.lostLine(pick[1], pick[0], c.mono()));
    }
    // the failure is for the resource's monitor to find (every 2 s): give it the time to run
    Thread.sleep(3000);
    return pick;
  }

  private String startHangs() throws Exception {
    SortedMap<String, SortedSet<String>> active =
        OverlapAudit.check(AuditTrail.read(c.audit), CampaignConfig.CLONES).active();
    List<String> running = CampaignConfig.PRIMITIVES.stream().filter(active::containsKey).toList();
    if (running.isEmpty()) {
      return "nothing running";
    }
    String r = running.get(rng.nextInt(running.size()));
    setParam(r, "hang", "start");
    Path state = c.run.resolve(active.get(r).first() + "-rsctmp").resolve("zcrm-Dummy").resolve(r + ".state");
    if (Files.deleteIfExists(state)) {
      c.appendAudit(AuditTrail.lostLine(active.get(r).first(), r, c.mono()));
    }
    Thread.sleep(8000);
    setParam(r, "hang", null);
    return r + " on " + active.get(r).first();
  }

  /** Sets (or with null removes) one instance attribute of a primitive, and records it in the ledger. */
  private void setParam(String rsc, String name, String value) throws InterruptedException {
    String nvId = rsc + "-" + name;
    retrying("set " + name + " of " + rsc, s -> {
      ConfigObject top = s.objects(ObjectKind.RESOURCE).stream()
          .filter(o -> o.id().equals(rsc) || o.xml().contains("id=\"" + rsc + "\"")).findFirst().orElseThrow();
      Element e = top.element();
      Element prim = rsc.equals(top.id()) ? e : find(e, rsc);
      Element ia = CibXml.children(prim).stream().filter(x -> x.getTagName().equals("instance_attributes"))
          .findFirst().orElseThrow();
      for (Element nv : CibXml.children(ia)) {
        if (nv.getAttribute("name").equals(name)) {
          ia.removeChild(nv);
        }
      }
      if (value != null) {
        Element nv = ia.getOwnerDocument().createElement("nvpair");
        nv.setAttribute("id", nvId);
        nv.setAttribute("name", name);
        nv.setAttribute("value", value);
        ia.appendChild(nv);
      }
      return s.with(ConfigObject.of(ObjectKind.RESOURCE, e));
    });
    ledger.acknowledged("set " + name + "=" + value + " on " + rsc,
        "string(//primitive[@id='" + rsc + "']/instance_attributes/nvpair[@name='" + name + "']/@value)",
        value == null ? "" : value);
  }

  private static Element xml(String text) {
    try {
      return CibXml.parse(text);
    } catch (CibXml.CibXmlException e) {
      throw new IllegalStateException("the campaign made bad XML: " + text, e);
    }
  }

  private static Element find(Element e, String id) {
    for (Element k : CibXml.children(e)) {
      if (id.equals(k.getAttribute("id")) && k.getTagName().equals("primitive")) {
        return k;
      }
      Element in = find(k, id);
      if (in != null) {
        return in;
      }
    }
    return null;
  }

  /**
   * Two configuration changes made at the same moment from two threads, while the cluster runs the
   * transition the first change of the round started: a placement moved, and a resource added (or
   * an older added one deleted).
   */
  private String configRace() throws Exception {
    String[] p = CampaignConfig.PLACEMENTS.get(rng.nextInt(CampaignConfig.PLACEMENTS.size()));
    String node = pickNode();
    move(p[0], p[1], node);
    Thread.sleep(100 + rng.nextInt(400));
    String[] q = CampaignConfig.PLACEMENTS.get(rng.nextInt(CampaignConfig.PLACEMENTS.size()));
    String node2 = pickNode();
    boolean add = extraIds.size() < 3 || rng.nextBoolean();
    String extra = add ? "extra-" + (++extras) : extraIds.remove(rng.nextInt(extraIds.size()));
    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> uncheck(() -> move(q[0], q[1], node2)));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> uncheck(() -> addOrDelete(extra, add)));
    a.join();
    b.join();
    if (add) {
      extraIds.add(extra);
    }
    return p[1] + "->" + node + ", " + q[1] + "->" + node2 + ", " + (add ? "+" : "-") + extra;
  }

  private void move(String id, String rsc, String node) throws InterruptedException {
    retrying("move " + rsc, s -> s.with(ConfigObject.of(ObjectKind.CONSTRAINT,
        xml(CampaignConfig.location(id, rsc, node, 50)))));
    ledger.acknowledged("move " + rsc + " to " + node, "string(//rsc_location[@id='" + id + "']/@node)", node);
  }

  private void addOrDelete(String id, boolean add) throws InterruptedException {
    if (add) {
      retrying("add " + id, s -> s.with(ConfigObject.of(ObjectKind.RESOURCE,
          xml(CampaignConfig.dummy(id, c.audit.toString(), "")))));
    } else {
      retrying("delete " + id, s -> s.without(ObjectKind.RESOURCE, id));
    }
    ledger.acknowledged((add ? "add " : "delete ") + id, "count(//primitive[@id='" + id + "'])", add ? "1" : "0");
  }

  interface Step {
    void run() throws Exception;
  }

  private static void uncheck(Step s) {
    try {
      s.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes one change, retrying while ZooKeeper is unreachable (a fault may be under way); the
   * change is acknowledged only when the store says it is written.
   */
  private void retrying(String what, UnaryOperator<ConfigState> edit) throws InterruptedException {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 30; attempt++) {
      try {
        c.store().update("campaign: " + what, edit);
        return;
      } catch (RuntimeException e) {
        last = e;
        LOG.warn("Configuration change failed; retrying what={} error={}", what, e.toString());
        Thread.sleep(1000);
      }
    }
    throw new IllegalStateException("could not " + what, last);
  }
}
