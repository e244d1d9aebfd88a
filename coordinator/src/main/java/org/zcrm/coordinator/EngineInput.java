package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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
 *   <li>member: its own node_state (pending until it has probed, then member);</li>
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
 */
public record EngineInput(Document document, CibDoc cib, Set<String> lost, Map<String, Instant> restarting,
    Map<String, String> nodeIds, boolean fencingEnabled, boolean watchdog, Map<String, Instant> awaited,
    boolean holdForUnseen) {

  public static final String RESTART_UNTIL = "zcrm-restart-until";

  /** dc-deadtime when the cluster options do not set it (Pacemaker's default). */
  public static final Duration DC_DEADTIME = Duration.ofSeconds(20);

  /** The CIB as a DC would see it that has seen every configured node (no startup wait). */
  public static EngineInput build(CibSnapshot snap, Set<String> members, Instant now, String dcNode) {
    return build(snap, members, now, dcNode, null, null);
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
   */
  public static EngineInput build(CibSnapshot snap, Set<String> members, Instant now, String dcNode,
      Set<String> seen, Instant electedAt) {
    Document doc = snap.toDocument(CibSnapshot.Section.ALL);
    Element root = doc.getDocumentElement();
    CibDoc cib = new CibDoc(root);
    Map<String, String> nodes = cib.nodes();
    boolean fencing = cib.fencingEnabled();
    boolean watchdog = watchdogMode(cib);
    if (watchdog) {
      disableFencingForEngine(root);
    }
    root.setAttribute("have-quorum", "1");
    root.setAttribute("dc-uuid", nodes.getOrDefault(dcNode, dcNode));
    Element status = CibDoc.child(root, "status");
    Set<String> lost = new TreeSet<>();
    Map<String, Instant> restarting = new TreeMap<>();
    Instant startupDeadline = electedAt == null ? null
        : electedAt.plus(cib.durationOption("dc-deadtime").orElse(DC_DEADTIME));
    boolean waitForUnseen = startupDeadline != null && now.isBefore(startupDeadline);
    Map<String, Instant> awaited = new TreeMap<>();
    boolean hold = false;
    for (Map.Entry<String, String> n : nodes.entrySet()) {
      String name = n.getKey();
      Element ns = null;
      for (Element e : CibDoc.children(status, "node_state")) {
        if (n.getValue().equals(e.getAttribute("id")) || name.equals(e.getAttribute("uname"))) {
          ns = e;
        }
      }
      if (members.contains(name)) {
        if (ns == null) {
          ns = doc.createElement("node_state");
          ns.setAttribute("id", n.getValue());
          ns.setAttribute("uname", name);
          status.appendChild(ns);
          set(ns, StatusXml.Membership.JOINING);
        }
        ns.removeAttribute(RESTART_UNTIL);
        continue;
      }
      if (waitForUnseen && !seen.contains(name) && (ns == null || !"down".equals(ns.getAttribute("expected")))) {
        awaited.put(name, startupDeadline);
        if (ns == null) {
          hold |= fencing && !"false".equalsIgnoreCase(cib.option("startup-fencing", "true").trim());
        } else {
          ns.removeAttribute(RESTART_UNTIL);
        }
        continue;
      }
      if (ns == null || "down".equals(ns.getAttribute("expected"))) {
        continue;
      }
      String until = ns.getAttribute(RESTART_UNTIL);
      if (!until.isEmpty()) {
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
      ns.removeAttribute(RESTART_UNTIL);
      lost.add(name);
      if (!watchdog) {
        set(ns, StatusXml.Membership.LOST);
      }
    }
    return new EngineInput(doc, cib, lost, restarting, nodes, fencing, watchdog, awaited, hold);
  }

  /**
   * This document as the engine's input: the CIB model read (by the streaming reader) from the
   * adapted document. Built on each call; the DC builds it once per transition.
   */
  public org.zcrm.engine.CibSnapshot engineSnapshot() {
    return snapshotOf(document);
  }

  /** The engine's view of a CIB document (a stored transition input, say). */
  public static org.zcrm.engine.CibSnapshot snapshotOf(org.w3c.dom.Document cib) {
    return new org.zcrm.engine.CibSnapshot(CibCodec.readString(CibXml.toXml(cib.getDocumentElement())));
  }

  /** Fencing enabled, no fence device configured, and stonith-watchdog-timeout set. */
  public static boolean watchdogMode(CibDoc cib) {
    return cib.fencingEnabled() && cib.primitives().values().stream().noneMatch(CibDoc.ResourceDef::isFenceDevice)
        && cib.durationOption("stonith-watchdog-timeout").filter(d -> !d.isZero()).isPresent();
  }

  private static void disableFencingForEngine(Element root) {
    Element crm = CibDoc.child(CibDoc.child(root, "configuration"), "crm_config");
    for (Element set : CibDoc.children(crm, "cluster_property_set")) {
      for (Element nv : CibDoc.children(set, "nvpair")) {
        String n = nv.getAttribute("name");
        if (n.equals("stonith-enabled") || n.equals("fencing-enabled")) {
          nv.setAttribute("value", "false");
        }
      }
    }
  }

  private static void set(Element ns, StatusXml.Membership m) {
    ns.setAttribute("in_ccm", m.inCcm);
    ns.setAttribute("crmd", m.crmd);
    ns.setAttribute("join", m.join);
    ns.setAttribute("expected", m.expected);
  }
}
