package org.zcrm.cli.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.StoreException;
import org.zcrm.coordinator.ActionPayload;
import org.zcrm.coordinator.Dc;
import org.zcrm.coordinator.DcSession;
import org.zcrm.coordinator.EngineInput;
import org.zcrm.engine.facts.ActiveFact;
import org.zcrm.engine.facts.FailCountFact;
import org.zcrm.engine.facts.FailedOpFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.unpack.CibUnpacker;
import org.zcrm.engine.unpack.HistoryInterpreter;
import org.zcrm.engine.unpack.UnpackedCib;
import org.zcrm.fence.FenceHistoryXml;
import org.zcrm.fence.FenceResult;

/**
 * Reads a {@link ClusterState} from the store: the CIB snapshot, membership (members/), the DC
 * (dc/info, valid only while that node is a member), fencing history and the DC's pending actions.
 * Resource placement comes from the operation history, interpreted by the engine's own history
 * reader (no rules run), so `zcrm status` says what the engine would consider running.
 */
public final class ClusterStateReader {
  private static final Logger LOG = LogManager.getLogger();
  /** Constraints that `zcrm resource move/ban` write (the names crm_resource uses). */
  public static final String CLI_PREFER = "cli-prefer-";
  public static final String CLI_BAN = "cli-ban-";
  private static final int FENCE_HISTORY_SHOWN = 10;

  private ClusterStateReader() {}

  /** Everything at once; {@code now} decides rule and failure-timeout evaluation. */
  public static ClusterState read(CibStore store, Instant now) {
    CuratorFramework client = store.connection().client();
    CibPaths paths = store.paths();
    CibSnapshot snap = store.snapshot();
    Set<String> members = new TreeSet<>(children(client, paths.members()));
    Map<String, String> dcInfo = dcInfo(client, paths);
    Optional<String> dc = Optional.ofNullable(dcInfo.get("node")).filter(members::contains);
    long dcEpoch = parseLong(dcInfo.getOrDefault("epoch", "0"));
    EngineInput input = EngineInput.build(snap, members, now, dc.orElse(""));
    Document doc = input.document();
    UnpackedCib facts = CibUnpacker.unpack(input.engineSnapshot().cib(), now);
    HistoryInterpreter.Result history = new HistoryInterpreter(facts)
        .interpret(node -> members.contains(node) || input.lost().contains(node)
            || input.restarting().containsKey(node));

    List<ClusterState.NodeView> nodes = nodes(facts, members, input, dc.orElse(null));
    List<ClusterState.ResourceView> resources = resources(facts, history);
    List<ClusterState.FailedAction> failed = failedActions(doc, history);
    List<ClusterState.FailCount> counts = new ArrayList<>();
    for (FailCountFact f : history.failCounts()) {
      if (f.count() > 0) {
        counts.add(new ClusterState.FailCount(f.rsc(), f.node(), f.count()));
      }
    }
    counts.sort(Comparator.comparing(ClusterState.FailCount::resource).thenComparing(ClusterState.FailCount::node));
    List<String> cli = snap.config().ids(ObjectKind.CONSTRAINT).stream()
        .filter(id -> id.startsWith(CLI_PREFER) || id.startsWith(CLI_BAN)).sorted().toList();
    List<String> problems = snap.problems().stream().map(Object::toString).toList();
    return new ClusterState(store.connection().settings().cluster(), store.connection().settings().connect(), dc,
        dcEpoch, true, snap.generation().toString(), snap.numUpdates(), now, nodes, resources, failed, counts,
        fencing(client, paths), pending(client, paths), cli, List.copyOf(snap.config().rules().keySet()),
        rulesError(client, paths), problems);
  }

  private static List<ClusterState.NodeView> nodes(UnpackedCib facts, Set<String> members, EngineInput input,
      String dc) {
    boolean fencing = facts.cluster().fencingEnabled();
    List<ClusterState.NodeView> out = new ArrayList<>();
    for (NodeFact n : facts.nodes()) {
      boolean member = members.contains(n.name());
      ClusterState.NodeState s;
      if (!member) {
        s = input.lost().contains(n.name()) && fencing ? ClusterState.NodeState.UNCLEAN : ClusterState.NodeState.OFFLINE;
      } else if (n.maintenance()) {
        s = ClusterState.NodeState.MAINTENANCE;
      } else if (n.standby()) {
        s = ClusterState.NodeState.STANDBY;
      } else if (!"member".equals(n.join()) && n.online() == 0) {
        s = ClusterState.NodeState.PENDING;
      } else {
        s = ClusterState.NodeState.ONLINE;
      }
      out.add(new ClusterState.NodeView(n.name(), s, member, n.name().equals(dc), n.standby(), n.maintenance()));
    }
    out.sort(Comparator.comparing(ClusterState.NodeView::name));
    return out;
  }

  private static List<ClusterState.ResourceView> resources(UnpackedCib facts, HistoryInterpreter.Result history) {
    Map<String, List<ActiveFact>> active = new TreeMap<>();
    for (ActiveFact a : history.active()) {
      active.computeIfAbsent(a.rsc(), k -> new ArrayList<>()).add(a);
    }
    Set<String> failedRsc = new TreeSet<>();
    history.failed().forEach(f -> failedRsc.add(f.rsc()));
    Set<String> cloned = new TreeSet<>();
    for (ResourceFact r : facts.resources()) {
      int colon = r.id().lastIndexOf(':');
      if (colon > 0) {
        cloned.add(r.id().substring(0, colon));
      }
    }
    List<ClusterState.ResourceView> out = new ArrayList<>();
    for (ResourceFact r : facts.resources()) {
      if (!r.isPrimitive() || cloned.contains(r.id())) {
        continue; // a clone's template primitive: its instances (id:N) are listed instead
      }
      List<ActiveFact> here = active.getOrDefault(r.id(), List.of());
      List<String> on = here.stream().map(ActiveFact::node).sorted().distinct().toList();
      String role = here.stream().map(a -> a.role() == null ? "Started" : a.role().text())
          .max(Comparator.naturalOrder()).orElse("Stopped");
      boolean failed = failedRsc.contains(r.id()) || here.stream().anyMatch(ActiveFact::failed);
      out.add(new ClusterState.ResourceView(r.id(), r.agent(), r.parent(), on, role, failed, r.managed(),
          r.targetRole() == null ? null : r.targetRole().text()));
    }
    return out;
  }

  private static List<ClusterState.FailedAction> failedActions(Document doc, HistoryInterpreter.Result history) {
    Map<String, String> reasons = new LinkedHashMap<>();
    NodeList states = doc.getElementsByTagName("node_state");
    for (int i = 0; i < states.getLength(); i++) {
      Element ns = (Element) states.item(i);
      String node = ns.getAttribute("uname").isEmpty() ? ns.getAttribute("id") : ns.getAttribute("uname");
      NodeList ops = ns.getElementsByTagName("lrm_rsc_op");
      for (int j = 0; j < ops.getLength(); j++) {
        Element op = (Element) ops.item(j);
        if (!op.getAttribute("exit-reason").isEmpty()) {
          reasons.put(node + "\u0000" + op.getAttribute("id"), op.getAttribute("exit-reason"));
        }
      }
    }
    List<ClusterState.FailedAction> out = new ArrayList<>();
    for (FailedOpFact f : history.failed()) {
      out.add(new ClusterState.FailedAction(f.rsc(), f.node(), f.task(), f.intervalMs(), f.rc(),
          reasons.get(f.node() + "\u0000" + f.opId())));
    }
    out.sort(Comparator.comparing(ClusterState.FailedAction::resource).thenComparing(ClusterState.FailedAction::node)
        .thenComparing(ClusterState.FailedAction::task).thenComparingLong(ClusterState.FailedAction::intervalMs));
    return out;
  }

  private static List<ClusterState.FenceEvent> fencing(CuratorFramework client, CibPaths paths) {
    List<FenceResult> all = new ArrayList<>();
    for (String id : children(client, paths.fencingHistory())) {
      byte[] b = data(client, paths.fencingHistory() + "/" + id);
      if (b == null) {
        continue;
      }
      try {
        all.add(FenceHistoryXml.fromXml(new String(b, StandardCharsets.UTF_8)));
      } catch (RuntimeException e) {
        LOG.debug("Unreadable fencing history entry id={} error={}", id, e.toString());
      }
    }
    all.sort(Comparator.comparing((FenceResult r) -> r.completed() != null ? r.completed() : r.requested(),
        Comparator.nullsFirst(Comparator.naturalOrder())).reversed().thenComparing(FenceResult::id));
    return all.stream().limit(FENCE_HISTORY_SHOWN).map(r -> new ClusterState.FenceEvent(r.target(),
        r.action().toString().toLowerCase(java.util.Locale.ROOT), r.state().toString().toLowerCase(java.util.Locale.ROOT),
        r.delegate(), r.completed(), r.exitReason())).toList();
  }

  private static List<ClusterState.PendingAction> pending(CuratorFramework client, CibPaths paths) {
    List<ClusterState.PendingAction> out = new ArrayList<>();
    for (String node : new TreeSet<>(children(client, paths.actions()))) {
      for (String a : new TreeSet<>(children(client, paths.actions() + "/" + node))) {
        byte[] b = data(client, paths.actions() + "/" + node + "/" + a);
        if (b == null) {
          continue;
        }
        try {
          ActionPayload p = ActionPayload.parse(b);
          out.add(new ClusterState.PendingAction(node, p.resource(), p.task(), p.intervalMs()));
        } catch (IllegalArgumentException e) {
          LOG.debug("Unreadable action node={} action={} error={}", node, a, e.toString());
        }
      }
    }
    return out;
  }

  /** dc/info as key=value lines (node, epoch, since); empty when there has been no DC. */
  /** What the DC wrote about user policy rules it could not use. */
  static Optional<String> rulesError(CuratorFramework client, CibPaths paths) {
    try {
      return Optional.of(new String(client.getData().forPath(Dc.rulesErrorPath(paths)), StandardCharsets.UTF_8));
    } catch (KeeperException.NoNodeException e) {
      return Optional.empty();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + Dc.rulesErrorPath(paths), e);
    }
  }

  public static Map<String, String> dcInfo(CuratorFramework client, CibPaths paths) {
    Map<String, String> out = new TreeMap<>();
    byte[] b = data(client, DcSession.infoPath(paths));
    if (b != null) {
      for (String line : new String(b, StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
    }
    return out;
  }

  public static List<String> children(CuratorFramework client, String path) {
    try {
      return client.getChildren().forPath(path);
    } catch (KeeperException.NoNodeException e) {
      return List.of();
    } catch (Exception e) {
      throw new StoreException(StoreException.Kind.UNAVAILABLE, "Could not read " + path + ": " + e.getMessage(), e);
    }
  }

  private static byte[] data(CuratorFramework client, String path) {
    try {
      return client.getData().forPath(path);
    } catch (KeeperException.NoNodeException e) {
      return null;
    } catch (Exception e) {
      throw new StoreException(StoreException.Kind.UNAVAILABLE, "Could not read " + path + ": " + e.getMessage(), e);
    }
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
