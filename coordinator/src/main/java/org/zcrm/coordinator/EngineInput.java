package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.nv.ClusterPropertySet;
import org.zcrm.cib.model.nv.NvPair;
import org.zcrm.cib.model.status.NodeState;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibXml;

/**
 * The CIB document the DC gives the engine ({@code fencingEnabled} and {@code watchdog} are the
 * configuration's, before the watchdog adaptation below): the store's snapshot with each node's node_state
 * brought in line with membership, as Pacemaker's DC updates node_state from Corosync. A node
 * writes its own node_state while it is a member; the DC sees who is a member (members/):
 *
 * <ul>
 *   <li>member: its own node_state (a joining node registers with an empty history, which the engine
 *       then probes);</li>
 *   <li>not a member, marked down (left cleanly or fenced): as written;</li>
 *   <li>not a member, restarting its daemon (zcrm-restart-until in the future): as written, and
 *       nothing is sent to it until it is back;</li>
 *   <li>not a member otherwise: lost (in_ccm=false, crmd=offline, join=down, expected=member),
 *       which the engine's node-state rules call unclean.</li>
 * </ul>
 *
 * <p>Watchdog fencing (fencing enabled, no fence device, stonith-watchdog-timeout set): the engine
 * is given fencing-enabled=false, and a lost node is shown as it last was (frozen, nothing sent to
 * it) until the DC records it as self-fenced once the watchdog timeout has passed; from then on it
 * is down and its resources are recovered.
 *
 * <p>The engine's input is the typed model read once from the store's text (no DOM of the status, no
 * second serialisation); the DOM and the XML text are made only when asked for (the transition
 * record, the command line).
 */
public final class EngineInput {

  public static final String RESTART_UNTIL = "zcrm-restart-until";

  /** dc-deadtime when the cluster options do not set it (Pacemaker's default). */
  public static final Duration DC_DEADTIME = Duration.ofSeconds(20);

  private static final QName RESTART_UNTIL_NAME = new QName(RESTART_UNTIL);

  private final Cib model;
  private final CibDoc cib;
  private final Set<String> lost;
  private final Map<String, Instant> restarting;
  private final Map<String, String> nodeIds;
  private final boolean fencingEnabled;
  private final boolean watchdog;
  private final Map<String, Instant> awaited;
  private final boolean holdForUnseen;
  private String xml;

  private EngineInput(Cib model, CibDoc cib, Set<String> lost, Map<String, Instant> restarting,
      Map<String, String> nodeIds, boolean fencingEnabled, boolean watchdog, Map<String, Instant> awaited,
      boolean holdForUnseen) {
    this.model = model;
    this.cib = cib;
    this.lost = Set.copyOf(lost);
    this.restarting = Map.copyOf(restarting);
    this.nodeIds = Map.copyOf(nodeIds);
    this.fencingEnabled = fencingEnabled;
    this.watchdog = watchdog;
    this.awaited = java.util.Collections.unmodifiableMap(new TreeMap<>(awaited));
    this.holdForUnseen = holdForUnseen;
  }

  /** The CIB as a DC would see it that has seen every configured node (no startup wait). */
  public static EngineInput build(CibSnapshot snap, Set<String> members, Instant now, String dcNode) {
    return build(snap, members, now, dcNode, null, null, null);
  }

  /**
   * As the DC sees it: {@code seen} are the nodes its daemon has seen as members, {@code electedAt}
   * when it became DC (both null: every node counts as seen). Until dc-deadtime has passed since
   * the election, a configured node that was never seen is not treated as lost (it may still be
   * starting: Pacemaker's DC waits dc-deadtime before startup fencing). Such nodes are in {@code
   * awaited}, with the time the wait ends. One with a node_state (left from before) is kept as
   * written, its resources where it last said, and nothing is sent to it, like a node restarting
   * its daemon. One without any status could be running anything: with fencing and startup-fencing
   * on, {@code holdForUnseen} then says that nothing may be scheduled until it joins or the wait
   * ends (and it is fenced), as no Pacemaker DC acts before dc-deadtime.
   *
   * @param config the configuration of {@code snap} read before (the DC keeps it while the
   *     configuration does not change), or null to read it here
   */
  public static EngineInput build(CibSnapshot snap, Set<String> members, Instant now, String dcNode,
      Set<String> seen, Instant electedAt, CibDoc config) {
    CibDoc cib = config != null ? config : configOf(snap);
    Cib model = snap.toCib();
    Map<String, String> nodes = cib.nodes();
    boolean fencing = cib.fencingEnabled();
    boolean watchdog = watchdogMode(cib);
    if (watchdog) {
      disableFencingForEngine(model);
    }
    model.setHaveQuorum("1");
    model.setDcUuid(nodes.getOrDefault(dcNode, dcNode));
    Set<String> lost = new TreeSet<>();
    Map<String, Instant> restarting = new TreeMap<>();
    Instant startupDeadline = electedAt == null ? null
        : electedAt.plus(cib.durationOption("dc-deadtime").orElse(DC_DEADTIME));
    boolean waitForUnseen = startupDeadline != null && now.isBefore(startupDeadline);
    Map<String, Instant> awaited = new TreeMap<>();
    boolean hold = false;
    for (Map.Entry<String, String> n : nodes.entrySet()) {
      String name = n.getKey();
      NodeState ns = null;
      for (NodeState e : model.status().nodeStates()) {
        if (n.getValue().equals(e.getId()) || name.equals(e.getUname())) {
          ns = e;
        }
      }
      if (members.contains(name)) {
        if (ns == null) {
          ns = model.status().add(new NodeState().setId(n.getValue()).setUname(name));
          set(ns, StatusXml.Membership.JOINING);
        }
        ns.otherAttributes().remove(RESTART_UNTIL_NAME);
        continue;
      }
      if (waitForUnseen && !seen.contains(name) && (ns == null || !"down".equals(ns.getExpected()))) {
        awaited.put(name, startupDeadline);
        if (ns == null) {
          hold |= fencing && !"false".equalsIgnoreCase(cib.option("startup-fencing", "true").trim());
        } else {
          ns.otherAttributes().remove(RESTART_UNTIL_NAME);
        }
        continue;
      }
      if (ns == null || "down".equals(ns.getExpected())) {
        continue;
      }
      String until = ns.otherAttribute(RESTART_UNTIL);
      if (until != null && !until.isEmpty()) {
        try {
          Instant u = Instant.ofEpochSecond(Long.parseLong(until));
          if (u.isAfter(now)) {
            restarting.put(name, u);
            continue;
          }
        } catch (NumberFormatException e) {
          // treat as lost
        }
      }
      ns.otherAttributes().remove(RESTART_UNTIL_NAME);
      lost.add(name);
      if (!watchdog) {
        set(ns, StatusXml.Membership.LOST);
      }
    }
    return new EngineInput(model, cib, lost, restarting, nodes, fencing, watchdog, awaited, hold);
  }

  /** The configuration part of a snapshot, as the DC reads options and definitions from it. */
  public static CibDoc configOf(CibSnapshot snap) {
    return new CibDoc(snap.toDocument(CibSnapshot.Section.CONFIGURATION).getDocumentElement());
  }

  /** The adapted CIB as the engine's input (the model itself; the engine does not change it). */
  public org.zcrm.engine.CibSnapshot engineSnapshot() {
    return new org.zcrm.engine.CibSnapshot(model);
  }

  /** The adapted CIB as text (made once, on first use). */
  public synchronized String xml() {
    if (xml == null) {
      xml = CibCodec.writeString(model);
    }
    return xml;
  }

  /** The adapted CIB as a new DOM document (for the command line; the DC does not need one). */
  public Document document() {
    try {
      return CibXml.parse(xml()).getOwnerDocument();
    } catch (CibXml.CibXmlException e) {
      throw new IllegalStateException("cannot read back the engine input", e);
    }
  }

  /** The engine's view of a CIB document (a stored transition input, say). */
  public static org.zcrm.engine.CibSnapshot snapshotOf(Document cib) {
    return new org.zcrm.engine.CibSnapshot(CibCodec.readString(CibXml.toXml(cib.getDocumentElement())));
  }

  /** The configuration's options and definitions (as written; the watchdog adaptation is not in it). */
  public CibDoc cib() {
    return cib;
  }

  public Set<String> lost() {
    return lost;
  }

  public Map<String, Instant> restarting() {
    return restarting;
  }

  public Map<String, String> nodeIds() {
    return nodeIds;
  }

  public boolean fencingEnabled() {
    return fencingEnabled;
  }

  public boolean watchdog() {
    return watchdog;
  }

  public Map<String, Instant> awaited() {
    return awaited;
  }

  public boolean holdForUnseen() {
    return holdForUnseen;
  }

  /** Fencing enabled, no fence device configured, and stonith-watchdog-timeout set. */
  public static boolean watchdogMode(CibDoc cib) {
    return cib.fencingEnabled() && cib.primitives().values().stream().noneMatch(CibDoc.ResourceDef::isFenceDevice)
        && cib.durationOption("stonith-watchdog-timeout").filter(d -> !d.isZero()).isPresent();
  }

  private static void disableFencingForEngine(Cib model) {
    if (model.configuration() == null || model.configuration().crmConfig() == null) {
      return;
    }
    for (ClusterPropertySet set : model.configuration().crmConfig().propertySets()) {
      for (NvPair nv : set.nvpairs()) {
        if ("stonith-enabled".equals(nv.getName()) || "fencing-enabled".equals(nv.getName())) {
          nv.setValue("false");
        }
      }
    }
  }

  private static void set(NodeState ns, StatusXml.Membership m) {
    ns.setInCcm(m.inCcm);
    ns.setCrmd(m.crmd);
    ns.setJoin(m.join);
    ns.setExpected(m.expected);
  }
}
