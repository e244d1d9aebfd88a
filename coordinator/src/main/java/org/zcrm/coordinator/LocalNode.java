package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ChangeFeed;
import org.zcrm.cib.store.StatusWriter;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.Executor;
import org.zcrm.executor.ExecutorEvent;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.history.OperationHistory;
import org.zcrm.executor.history.OperationRecord;

/**
 * The node-local half of the daemon (Pacemaker's controller on a non-DC node plus its executor
 * link): registers the node under members/ with an empty operation history (the DC's engine then
 * probes it), takes the DC's actions from actions/&lt;node&gt; (refusing epochs older than the newest
 * seen), runs them with the executor exactly as the engine resolved them (probes, one-shot actions,
 * recurring monitors and their cancellation) and writes each result into the node's status,
 * handles operators' requests from requests/&lt;node&gt; (cleanup, refresh: forget history, which
 * makes the engine probe again), and fences itself (stops everything it runs) when its ZooKeeper
 * session is in danger. The node decides nothing about what to run or with which parameters.
 */
public final class LocalNode implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();
  /** Version written into members/NODE. */
  public static final String VERSION = "zcrm-0.1";

  private final String name;
  private final CibStore store;
  private final CuratorFramework client;
  private final CibPaths paths;
  private final Executor executor;
  private final SelfFencing selfFencing;
  private final String bootId = UUID.randomUUID().toString();
  private final FenceDeviceActions devices;
  private final Object lock = new Object();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "zcrm-node-timer");
    t.setDaemon(true);
    return t;
  });

  // guarded by lock
  private final NodeHistory lrm = new NodeHistory();
  private final Map<String, ActionPayload> taken = new TreeMap<>();
  private final Map<String, String> takenByKey = new TreeMap<>();
  private Map<String, CibDoc.ResourceDef> defs = Map.of();
  private StatusWriter status;
  private String nodeId;
  private long maxEpoch = -1;
  private boolean joined;
  private boolean fenced;
  private String noQuorumPolicy = "stop";
  private ChangeFeed feed;
  private final RequestQueue requests;
  /** Fencing history entries already looked at; a new success naming this node means it was fenced. */
  private final Set<String> historySeen = new HashSet<>();
  private Instant joinStarted = Instant.MIN;
  private volatile java.util.function.Consumer<String> onFenced = why -> { };

  public LocalNode(String name, CibStore store, Executor executor, Duration selfFenceGrace) {
    this.name = name;
    this.store = store;
    this.client = store.connection().client();
    this.paths = store.paths();
    this.executor = executor;
    this.selfFencing = new SelfFencing(client, timer, selfFenceGrace, this::selfFence, this::rejoinAfterExpiry);
    this.requests = new RequestQueue(name, client, paths.requests(name), this::forget);
    this.devices = new FenceDeviceActions(name, this::onExecutorEvent);
  }

  public String name() {
    return name;
  }

  public SelfFencing selfFencing() {
    return selfFencing;
  }

  /** Registers with an empty history and joins; the engine probes what runs here. */
  public void start() {
    NodeRegistry.ensureFolders(client, paths);
    selfFencing.start();
    join();
    feed = store.changeFeed().start(this::onChanges);
  }

  /**
   * Joins (or rejoins) the cluster with a fresh executor memory: no recurring operation runs, and
   * the member znode, the erased operation history and the node_state appear in one multi() (see
   * {@link NodeRegistry#registerFresh}). The DC's engine then probes every resource here, and a
   * resource found running stays where it is (a daemon restart does not bounce it), because any
   * start elsewhere is ordered after the probes.
   */
  private void join() {
    CibSnapshot snap = store.configSnapshot();
    CibDoc cib = new CibDoc(snap.toDocument(CibSnapshot.Section.CONFIGURATION).getDocumentElement());
    NodeRegistry.ensureConfigured(store, name);
    Set<String> history = children(paths.fencingHistory());
    synchronized (lock) {
      joinStarted = Instant.now();
      historySeen.clear();
      historySeen.addAll(history);
      fenced = false;
      joined = false;
      lrm.clear();
      taken.clear();
      takenByKey.clear();
      defs = cib.primitives();
      noQuorumPolicy = cib.option("no-quorum-policy", "stop");
      nodeId = cib.nodes().getOrDefault(name, name);
      status = store.statusWriter(name);
    }
    // a rejoin after a session expiry: what still runs here is found by the engine's probes, and
    // the recurring operations come again from its graph
    List<String> recurring = executor.recurringOperations();
    if (!recurring.isEmpty()) {
      LOG.info("Cancelling the recurring operations of the previous session node={} operations={}", name, recurring);
      recurring.stream().map(LocalNode::resourceOfOperation).distinct().forEach(executor::cancelAll);
    }
    devices.reset();
    executor.failCounts().clearAll();
    NodeRegistry.discardStaleActions(client, paths, name);
    NodeRegistry.registerFresh(client, paths, name, memberData(),
        StatusXml.nodeState(nodeId, name, StatusXml.Membership.MEMBER), StatusXml.transientAttributes(nodeId, Map.of()));
    synchronized (lock) {
      joined = true;
    }
    LOG.info("Node joined the cluster node={} session=0x{} resources={}", name,
        Long.toHexString(sessionId()), defs.size());
    takeActions();
    requests.poll();
  }

  /** "R" of an operation key "R_ACTION_INTERVAL". */
  private static String resourceOfOperation(String key) {
    int last = key.lastIndexOf('_');
    int before = last > 0 ? key.lastIndexOf('_', last - 1) : -1;
    return before > 0 ? key.substring(0, before) : key;
  }

  private long sessionId() {
    try {
      return client.getZookeeperClient().getZooKeeper().getSessionId();
    } catch (Exception e) {
      return 0;
    }
  }

  private String memberData() {
    return "session=0x" + Long.toHexString(sessionId()) + "\nboot=" + bootId + "\nversion=" + VERSION + "\n";
  }

  /** The children of a folder (none when it does not exist). */
  private Set<String> children(String folder) {
    try {
      return new TreeSet<>(client.getChildren().forPath(folder));
    } catch (KeeperException.NoNodeException e) {
      return Set.of();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + folder + " on node " + name, e);
    }
  }

  /** Where recurring monitors of fence devices go (the executor does not run stonith agents). */
  void fenceDeviceMonitors(FenceDeviceMonitors m) {
    devices.monitors(m);
  }

  private void onChanges(Set<ChangeFeed.Change> changes) {
    boolean actions = false;
    boolean config = false;
    boolean asked = false;
    boolean fencing = false;
    for (ChangeFeed.Change c : changes) {
      fencing |= c.area() == ChangeFeed.Area.ALL || c.area() == ChangeFeed.Area.FENCING;
      actions |= c.area() == ChangeFeed.Area.ALL || (c.area() == ChangeFeed.Area.ACTIONS && c.node().equals(name));
      config |= c.area() == ChangeFeed.Area.ALL || c.area() == ChangeFeed.Area.CONFIG;
      asked |= c.area() == ChangeFeed.Area.ALL || (c.area() == ChangeFeed.Area.REQUESTS && c.node().equals(name));
    }
    try {
      if (fencing) {
        checkOwnFencing();
      }
      if (config) {
        onConfigChange();
      }
      if (actions) {
        takeActions();
      }
      if (asked) {
        requests.poll();
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not handle a store change node={} error={}", name, e.toString());
    }
  }

  /** What the daemon does on learning that this node was fenced while it still runs. */
  void onFenced(java.util.function.Consumer<String> reaction) {
    onFenced = reaction;
  }

  /**
   * A successful fencing of this node, requested after it joined, recorded while it still runs:
   * the fencing did not reach it (a misconfigured device, or fabric fencing that leaves
   * ZooKeeper reachable). As Pacemaker's controller does ("we were allegedly just fenced"), the
   * node stops taking part at once: no more actions or status writes, and the daemon halts.
   */
  private void checkOwnFencing() {
    Set<String> ids = children(paths.fencingHistory());
    for (String id : ids) {
      synchronized (lock) {
        if (!joined || fenced || !historySeen.add(id)) {
          continue;
        }
      }
      org.zcrm.fence.FenceResult r;
      try {
        r = org.zcrm.fence.FenceHistoryXml.fromXml(new String(client.getData().forPath(paths.fencingHistory() + "/" + id),
            java.nio.charset.StandardCharsets.UTF_8));
      } catch (Exception e) {
        LOG.debug("Cannot read a fencing history entry id={} error={}", id, e.toString());
        continue;
      }
      if (!r.target().equals(name) || !r.succeeded() || r.action() == org.zcrm.fence.FenceAction.ON
          || r.requested() == null || r.requested().isBefore(joinStarted)) {
        continue;
      }
      synchronized (lock) {
        if (fenced) {
          return;
        }
        fenced = true;
        joined = false;
      }
      String why = "fenced by " + r.delegate() + " on behalf of " + r.client() + "@" + r.origin();
      LOG.error("This node was allegedly just fenced but still runs; it stops taking part in the cluster node={} {}"
          + " id={}", name, why, id);
      Thread t = new Thread(() -> onFenced.accept(why), "zcrm-fenced-halt");
      t.setDaemon(true);
      t.start();
      return;
    }
  }

  /** Definitions and the no-quorum-policy are remembered for self-fencing. */
  private void onConfigChange() {
    CibSnapshot snap = store.configSnapshot();
    CibDoc cib = new CibDoc(snap.toDocument(CibSnapshot.Section.CONFIGURATION).getDocumentElement());
    if (!cib.nodes().containsKey(name)) {
      // a CIB import replaced the node list: a running node belongs in it
      NodeRegistry.ensureConfigured(store, name);
    }
    synchronized (lock) {
      if (!joined) {
        return;
      }
      defs = cib.primitives();
      noQuorumPolicy = cib.option("no-quorum-policy", "stop");
    }
  }

  /** Reads actions/NODE and submits what is new; older epochs are refused and removed. */
  void takeActions() {
    String folder = paths.actions() + "/" + name;
    List<String> names;
    try {
      names = new ArrayList<>(client.getChildren().forPath(folder));
    } catch (Exception e) {
      LOG.debug("Cannot list actions node={} error={}", name, e.toString());
      return;
    }
    names.sort(null);
    for (String a : names) {
      ActionPayload p;
      synchronized (lock) {
        if (!joined || fenced || taken.containsKey(a)) {
          continue;
        }
        long epoch = ActionPayload.epochOf(a);
        if (epoch < maxEpoch) {
          LOG.warn("Refusing an action from an older DC epoch node={} action={} epoch={} newest={}", name, a, epoch,
              maxEpoch);
          deleteQuietly(folder + "/" + a);
          continue;
        }
        try {
          p = ActionPayload.parse(client.getData().forPath(folder + "/" + a));
        } catch (KeeperException.NoNodeException e) {
          continue;
        } catch (Exception e) {
          LOG.warn("Removing an unreadable action node={} action={} error={}", name, a, e.toString());
          deleteQuietly(folder + "/" + a);
          continue;
        }
        maxEpoch = Math.max(maxEpoch, p.epoch());
        taken.put(a, p);
        takenByKey.put(p.transitionKey(), a);
        lrm.track(p.resource(), AgentId.parse(p.agent()));
      }
      if (!recordPending(p)) {
        synchronized (lock) {
          taken.remove(a);
          takenByKey.remove(p.transitionKey());
        }
        continue;
      }
      LOG.info("Executing action node={} resource={} task={} epoch={} key={}", name, p.resource(), p.task(),
          p.epoch(), p.transitionKey());
      if (p.agent().startsWith("stonith:")) {
        devices.run(p, () -> confirm(a));
      } else if ("cancel".equals(p.task())) {
        boolean active = executor.cancel(p.resource(), "monitor", p.intervalMs());
        LOG.info("Cancelled a recurring operation node={} resource={} intervalMs={} active={}", name, p.resource(),
            p.intervalMs(), active);
        confirm(a);
      } else {
        executor.submit(withStartParams(p.request()));
      }
    }
  }

  /** An action that leaves no result in the status (a cancel): done once its znode is gone. */
  private void confirm(String action) {
    synchronized (lock) {
      takenByKey.values().remove(action);
    }
    if (deleteAction(paths.actions() + "/" + name + "/" + action)) {
      synchronized (lock) {
        taken.remove(action);
      }
    }
  }

  /**
   * A stop runs with the parameters the resource was started with here (Pacemaker's controller
   * keeps them for stops too): the agent stops what it started, and a resource no longer in the
   * configuration (an orphan, for which the DC has no parameters) is stopped with its own.
   */
  private ActionRequest withStartParams(ActionRequest req) {
    Map<String, String> started;
    synchronized (lock) {
      started = "stop".equals(req.action()) ? lrm.startParams(req.resourceId()) : null;
    }
    if (started == null || started.equals(req.params())) {
      return req;
    }
    LOG.info("Stopping with the parameters the resource was started with node={} resource={}", name,
        req.resourceId());
    return new ActionRequest(req.resourceId(), req.agent(), req.action(), req.intervalMs(), req.timeout(), started,
        req.meta(), req.transitionKey(), req.expectedRc());
  }

  private static final Set<String> RECORD_PENDING = Set.of("start", "stop", "promote", "demote",
      "migrate_to", "migrate_from");

  /**
   * Pacemaker's record-pending: before a start, stop, promote or demote runs, the status says it is
   * in progress (op-status -1), which the engine counts as active. Should this node vanish with the
   * action running, the resource is thought active here until the node is fenced, never started
   * elsewhere first. An action whose pending record cannot be written does not run. The record
   * carries the operation's digest, as Pacemaker's does: the engine compares it like any other.
   */
  private boolean recordPending(ActionPayload p) {
    if (!RECORD_PENDING.contains(p.task())) {
      return true;
    }
    long now = Instant.now().getEpochSecond();
    String key = p.resource() + "_" + p.task() + "_" + p.intervalMs();
    OperationRecord pending = new OperationRecord(p.resource() + "_last_0", key, p.task(), "zcrm_pending",
        OperationHistory.FEATURE_SET, p.transitionKey(), "-1:193;" + p.transitionKey(), "", name, -1, 193, -1,
        p.intervalMs(), now, now, 0, 0, ParamDigests.opDigest(p.request().operationParameters()), null, null,
        null, null);
    synchronized (lock) {
      lrm.put(p.resource(), AgentId.parse(p.agent()), pending);
      try {
        status.putResource(p.resource(), lrm.xml(p.resource()));
        return true;
      } catch (RuntimeException e) {
        LOG.warn("Could not record an action as pending; not running it node={} operation={} error={}", name, key,
            e.toString());
        return false;
      }
    }
  }

  /** The executor's results: history into the status, then the action znode goes. */
  public void onExecutorEvent(ExecutorEvent ev) {
    ActionResult r = ev.result();
    ActionRequest req = r.request();
    String done = null;
    ActionPayload payload = null;
    synchronized (lock) {
      if (!joined && !fenced) {
        return; // (re)joining: the history is being erased
      }
      lrm.record(ev);
      if (req.transitionKey() != null) {
        // the action stays in 'taken' until its znode is gone: the status write below wakes the
        // change feed, and takeActions must not see the still-present znode as a new action
        done = takenByKey.remove(req.transitionKey());
        payload = done == null ? null : taken.get(done);
      }
      if (!fenced && status != null) {
        try {
          String history = lrm.xml(req.resourceId());
          // a failure and its fail count go in one write
          if (ev.failCountUpdate().isPresent()) {
            status.putResourceAndAttributes(req.resourceId(), history,
                StatusXml.transientAttributes(nodeId, executor.failCounts().attributes()));
          } else {
            status.putResource(req.resourceId(), history);
          }
        } catch (RuntimeException e) {
          LOG.warn("Could not write an operation result node={} operation={} error={}", name, req.operationKey(),
              e.toString());
        }
      }
    }
    if (!ev.cancelled()) {
      LOG.info("Operation finished node={} {}", name, r);
    }
    if (done != null && deleteAction(paths.actions() + "/" + name + "/" + done)) {
      synchronized (lock) {
        taken.remove(done);
      }
    }
  }

  /**
   * An operator's cleanup or refresh (crm_resource --cleanup / --refresh) of the resources a request
   * covers here: cleanup forgets their failures and fail counts, refresh their whole history (and
   * cancels their recurring operations, as Pacemaker's executor forgets a refreshed resource). A
   * resource left without history is probed again by the engine, before anything starts it
   * anywhere. Records of actions in flight are kept.
   */
  private void forget(HistoryRequest r) {
    Set<String> ids = new TreeSet<>();
    synchronized (lock) {
      if (!joined || fenced) {
        throw new IllegalStateException("node " + name + " has not joined the cluster yet");
      }
      lrm.ids().stream().filter(r::covers).forEach(ids::add);
      executor.failCounts().attributes().keySet().stream().filter(k -> k.startsWith("fail-count-") && k.contains("#"))
          .map(k -> k.substring("fail-count-".length(), k.lastIndexOf('#'))).filter(r::covers).forEach(ids::add);
    }
    for (String id : ids) {
      if (r.mode() == HistoryRequest.Mode.REFRESH) {
        executor.cancelAll(id);
        devices.forget(id);
      }
      synchronized (lock) {
        if (r.mode() == HistoryRequest.Mode.CLEANUP && executor.failCounts().failCount(id) == 0
            && !lrm.hasFailures(id)) {
          continue;
        }
        lrm.forget(id, r.mode());
        executor.failCounts().clear(id);
        String attrs = StatusXml.transientAttributes(nodeId, executor.failCounts().attributes());
        if (lrm.isEmpty(id)) {
          lrm.forget(id);
          status.deleteResource(id);
          status.putAttributes(attrs);
        } else {
          status.putResourceAndAttributes(id, lrm.xml(id), attrs);
        }
      }
      LOG.info("Forgot operation history as an operator asked node={} resource={} mode={}", name, id,
          r.mode().word());
    }
  }

  /** Deletes a finished action's znode; false when it may still be there (it then stays taken). */
  private boolean deleteAction(String path) {
    try {
      client.delete().quietly().forPath(path);
      return true;
    } catch (Exception e) {
      LOG.warn("Could not delete a finished action path={} error={}", path, e.toString());
      return false;
    }
  }

  private void deleteQuietly(String path) {
    try {
      client.delete().quietly().forPath(path);
    } catch (Exception e) {
      LOG.debug("Could not delete path={} error={}", path, e.toString());
    }
  }

  /**
   * Self-fencing: the session is lost or about to be. With no-quorum-policy=stop (the default)
   * every resource this node may run is stopped; freeze and ignore keep them running (WARN).
   */
  void selfFence(String why) {
    String policy;
    Map<String, ResourceRelease.Held> held;
    List<String> promoted;
    Map<String, CibDoc.ResourceDef> d;
    synchronized (lock) {
      if (fenced) {
        return;
      }
      fenced = true;
      joined = false;
      policy = noQuorumPolicy.toLowerCase(Locale.ROOT);
      held = lrm.held();
      promoted = lrm.promoted();
      d = defs;
    }
    ResourceRelease release = new ResourceRelease(name, executor, d);
    if (policy.equals("demote")) {
      release.demote(why, promoted);
    } else if (policy.equals("stop") || policy.equals("suicide")) {
      release.stopAll(why, held);
    } else {
      LOG.warn("Lost quorum; keeping resources running as no-quorum-policy says node={} policy={} why={}", name,
          policy, why);
    }
  }

  /** After a session expiry: a new session, an empty history, the engine's probes. */
  private void rejoinAfterExpiry() {
    LOG.warn("Rejoining with a new ZooKeeper session; the cluster's view decides what runs here node={}", name);
    try {
      join();
    } catch (RuntimeException e) {
      LOG.error("Could not rejoin the cluster node={} error={}", name, e.toString(), e);
    }
  }

  /** Clean departure: stops every resource here, marks the node down, unregisters. */
  public void leave() {
    selfFenceForLeave();
    synchronized (lock) {
      try {
        status.putNodeState(StatusXml.nodeState(nodeId, name, StatusXml.Membership.DOWN));
      } catch (RuntimeException e) {
        LOG.warn("Could not mark the node down node={} error={}", name, e.toString());
      }
    }
    deleteQuietly(paths.member(name));
    LOG.info("Node left the cluster node={}", name);
  }

  private void selfFenceForLeave() {
    String saved;
    synchronized (lock) {
      saved = noQuorumPolicy;
      noQuorumPolicy = "stop";
    }
    selfFence("leaving the cluster");
    synchronized (lock) {
      noQuorumPolicy = saved;
    }
  }

  /** A plain stop (daemon restart): resources keep running; the DC waits up to {@code grace} for us. */
  public void markRestarting(Duration grace) {
    synchronized (lock) {
      if (status == null || fenced) {
        return;
      }
      String ns = StatusXml.nodeState(nodeId, name, StatusXml.Membership.MEMBER);
      ns = ns.replace("/>", " zcrm-restart-until=\"" + Instant.now().plus(grace).getEpochSecond() + "\"/>");
      try {
        status.putNodeState(ns);
      } catch (RuntimeException e) {
        LOG.warn("Could not mark the node restarting node={} error={}", name, e.toString());
      }
    }
  }

  /** Resources this node believes run here (last recorded state), for tests and status. */
  public boolean joined() {
    synchronized (lock) {
      return joined;
    }
  }

  public boolean selfFenced() {
    synchronized (lock) {
      return fenced;
    }
  }

  /** Called by the daemon with every connection state change. */
  public void onConnectionState(ConnectionState s) {
    selfFencing.onState(s);
  }

  ScheduledFuture<?> later(Runnable r, long ms) {
    return timer.schedule(r, ms, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    if (feed != null) {
      feed.close();
    }
    requests.close();
    selfFencing.close();
    timer.shutdownNow();
  }
}
