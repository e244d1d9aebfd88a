package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
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
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.OperationHistory;
import org.zcrm.executor.history.OperationRecord;

/**
 * The node-local half of the daemon (Pacemaker's controller on a non-DC node plus its executor
 * link): registers the node under members/, probes and adopts what runs here, takes the DC's
 * actions from actions/&lt;node&gt; (refusing epochs older than the newest seen), runs them with the
 * executor and writes each result into the node's status, handles operators' requests from
 * requests/&lt;node&gt; (cleanup, refresh), and fences itself (stops everything it runs) when its
 * ZooKeeper session is in danger.
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
  private final AtomicInteger deviceCalls = new AtomicInteger(1_000_000);
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
  /** Resources an operator's cleanup or refresh probes again: the probe's result replaces what it forgets. */
  private final Map<String, HistoryRequest.Mode> reprobe = new TreeMap<>();
  private Map<String, CibDoc.ResourceDef> defs = Map.of();
  private StatusWriter status;
  private String nodeId;
  private long maxEpoch = -1;
  private boolean joined;
  private boolean fenced;
  private String noQuorumPolicy = "stop";
  private ChangeFeed feed;
  private volatile FenceDeviceMonitors deviceMonitors;
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
    this.requests = new RequestQueue(name, client, paths.requests(name), this::forgetAndProbe);
  }

  public String name() {
    return name;
  }

  public SelfFencing selfFencing() {
    return selfFencing;
  }

  /** Registers, probes every configured resource (adopting those found running) and joins. */
  public void start() {
    NodeRegistry.ensureFolders(client, paths);
    selfFencing.start();
    join();
    feed = store.changeFeed().start(this::onChanges);
  }

  /**
   * Joins (or rejoins) the cluster: registers first, so that the DC never sees this node's fresh
   * status without its member znode (which would look like a lost node); then marks itself
   * joining, probes every configured resource (each probe result replaces what the status said of
   * that resource, so a resource still running from before is never shown as stopped), clears its
   * transient attributes, and marks itself a member.
   */
  private void join() {
    CibSnapshot snap = store.configSnapshot();
    CibDoc cib = new CibDoc(snap.toDocument(CibSnapshot.Section.CONFIGURATION).getDocumentElement());
    NodeRegistry.ensureConfigured(store, name);
    Set<String> history = historyIds(paths.fencingHistory());
    synchronized (lock) {
      joinStarted = Instant.now();
      historySeen.clear();
      historySeen.addAll(history);
      fenced = false;
      joined = false;
      lrm.clear();
      taken.clear();
      takenByKey.clear();
      reprobe.clear();
      defs = cib.primitives();
      noQuorumPolicy = cib.option("no-quorum-policy", "stop");
      nodeId = cib.nodes().getOrDefault(name, name);
      status = store.statusWriter(name);
    }
    executor.failCounts().clearAll();
    NodeRegistry.discardStaleActions(client, paths, name);
    register();
    synchronized (lock) {
      status.putNodeState(StatusXml.nodeState(nodeId, name, StatusXml.Membership.JOINING));
      status.putAttributes(StatusXml.transientAttributes(nodeId, Map.of()));
    }
    // the status may still hold the history of a previous run: clone instances (C:N) are probed
    // under their own ids, so every entry is replaced by what a probe finds now
    Set<String> previous = historyIds();
    List<Probe> probes = Probe.plan(defs, previous);
    probe(probes);
    forgetUnprobed(previous, probes);
    synchronized (lock) {
      status.putNodeState(StatusXml.nodeState(nodeId, name, StatusXml.Membership.MEMBER));
      joined = true;
    }
    LOG.info("Node joined the cluster node={} session=0x{} resources={}", name,
        Long.toHexString(sessionId()), defs.size());
    takeActions();
    requests.poll();
  }

  private long sessionId() {
    try {
      return client.getZookeeperClient().getZooKeeper().getSessionId();
    } catch (Exception e) {
      return 0;
    }
  }

  private void register() {
    String data = "session=0x" + Long.toHexString(sessionId()) + "\nboot=" + bootId + "\nversion=" + VERSION + "\n";
    NodeRegistry.register(client, paths, name, data);
  }

  /** The resource ids status/NODE/lrm holds now (this node's history as the cluster sees it). */
  private Set<String> historyIds() {
    return historyIds(paths.statusLrm(name));
  }

  private Set<String> historyIds(String folder) {
    try {
      return new TreeSet<>(client.getChildren().forPath(folder));
    } catch (KeeperException.NoNodeException e) {
      return Set.of();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the operation history of node " + name, e);
    }
  }

  /**
   * History entries left from a previous run that no probe replaced (their resource is no longer
   * configured): Pacemaker erases a joining node's history, so do we.
   */
  private void forgetUnprobed(Set<String> previous, List<Probe> probes) {
    Set<String> probed = new HashSet<>();
    probes.forEach(p -> probed.add(p.rsc()));
    for (String rsc : previous) {
      if (!probed.contains(rsc)) {
        synchronized (lock) {
          lrm.forget(rsc);
          status.deleteResource(rsc);
        }
        LOG.info("Forgot the history of a resource no longer configured node={} resource={}", name, rsc);
      }
    }
  }

  /** Probes resources and waits; those found running get their recurring monitors. */
  private void probe(List<Probe> all) {
    List<CompletableFuture<ActionResult>> probes = new ArrayList<>();
    List<Probe> rscs = new ArrayList<>();
    for (Probe p : all) {
      CibDoc.ResourceDef d = p.def();
      ActionRequest req = new ActionRequest(p.rsc(), AgentId.parse(d.agent()), "monitor", 0, d.timeout("monitor"),
          d.params(), metaFor(d), null, null);
      synchronized (lock) {
        lrm.track(p.rsc(), req.agent());
      }
      if (d.isFenceDevice()) {
        fenceDeviceAction(req, OcfExitCode.NOT_RUNNING);
        continue;
      }
      rscs.add(p);
      probes.add(executor.submit(req));
    }
    for (int i = 0; i < probes.size(); i++) {
      Probe p = rscs.get(i);
      CibDoc.ResourceDef d = p.def();
      ActionResult r = probes.get(i).join();
      if (r.status() == ExecStatus.DONE && r.rc() == OcfExitCode.RUNNING_PROMOTED && !d.isFenceDevice()) {
        LOG.info("Probe found resource running promoted; adopting it resource={} node={}", p.rsc(), name);
        roleMonitors(p.rsc(), d, true);
      } else if (r.status() == ExecStatus.DONE && (r.rc() == OcfExitCode.OK || r.rc() == OcfExitCode.RUNNING_PROMOTED)) {
        LOG.info("Probe found resource running; adopting it resource={} node={}", p.rsc(), name);
        startMonitors(p.rsc(), d.agent(), d.params(), metaFor(d), d.monitors());
      }
    }
  }

  private static Map<String, String> metaFor(CibDoc.ResourceDef d) {
    Map<String, String> m = new TreeMap<>();
    d.meta().forEach((k, v) -> {
      if (!k.startsWith("#")) {
        m.put(k, v);
      }
    });
    return m;
  }

  /** Where recurring monitors of fence devices go (the executor does not run stonith agents). */
  void fenceDeviceMonitors(FenceDeviceMonitors m) {
    m.callIds(deviceCalls::incrementAndGet);
    deviceMonitors = m;
  }

  private void startMonitors(String rsc, String agent, Map<String, String> params, Map<String, String> meta,
      List<CibDoc.OpDef> monitors) {
    FenceDeviceMonitors dm = deviceMonitors;
    if (agent.startsWith("stonith:") && dm != null) {
      dm.start(rsc, agent, params, meta, monitors);
      return;
    }
    for (CibDoc.OpDef m : monitors) {
      executor.submit(new ActionRequest(rsc, AgentId.parse(agent), "monitor", m.intervalMs(), m.timeout(), params,
          meta, null, null));
    }
  }

  /**
   * The recurring monitors of a promotable instance in its new role, as Pacemaker's scheduler
   * swaps them after a promote or demote: monitors for the other role (role="Unpromoted" or
   * "Promoted") are cancelled, those for this role or for none run, and a promoted instance's
   * monitors expect rc 8 (running promoted).
   */
  private void roleMonitors(String rsc, CibDoc.ResourceDef d, boolean promoted) {
    AgentId agent = AgentId.parse(d.agent());
    for (CibDoc.OpDef m : d.ops()) {
      if (!m.name().equals("monitor") || m.intervalMs() <= 0) {
        continue;
      }
      String role = m.meta().getOrDefault("role", "");
      boolean forPromoted = role.equals("Promoted") || role.equals("Master");
      boolean forUnpromoted = role.equals("Unpromoted") || role.equals("Slave") || role.equals("Started");
      if (role.equals("Stopped")) {
        continue;
      }
      if (promoted ? forUnpromoted : forPromoted) {
        executor.cancel(rsc, "monitor", m.intervalMs());
        continue;
      }
      executor.submit(new ActionRequest(rsc, agent, "monitor", m.intervalMs(), m.timeout(), d.params(), metaFor(d),
          null, promoted ? OcfExitCode.RUNNING_PROMOTED : null));
    }
    LOG.info("Recurring monitors follow the role node={} resource={} role={}", name, rsc,
        promoted ? "Promoted" : "Unpromoted");
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
    Set<String> ids = historyIds(paths.fencingHistory());
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

  /** New primitives are probed here; the no-quorum-policy is remembered for self-fencing. */
  private void onConfigChange() {
    CibSnapshot snap = store.configSnapshot();
    CibDoc cib = new CibDoc(snap.toDocument(CibSnapshot.Section.CONFIGURATION).getDocumentElement());
    List<CibDoc.ResourceDef> fresh = new ArrayList<>();
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
      for (CibDoc.ResourceDef d : defs.values()) {
        if (!lrm.knows(d.id())) {
          fresh.add(d);
        }
      }
    }
    if (!fresh.isEmpty()) {
      CompletableFuture.runAsync(() -> probe(fresh.stream().map(d -> new Probe(d.id(), d)).toList()));
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
        if ("stop".equals(p.task()) && deviceMonitors != null) {
          deviceMonitors.stop(p.resource());
        }
        fenceDeviceAction(p.request(), OcfExitCode.OK);
      } else {
        executor.submit(withStartParams(p.request()));
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
   * elsewhere first. An action whose pending record cannot be written does not run.
   */
  private boolean recordPending(ActionPayload p) {
    if (!RECORD_PENDING.contains(p.task())) {
      return true;
    }
    long now = Instant.now().getEpochSecond();
    String key = p.resource() + "_" + p.task() + "_" + p.intervalMs();
    OperationRecord pending = new OperationRecord(p.resource() + "_last_0", key, p.task(), "zcrm_pending",
        OperationHistory.FEATURE_SET, p.transitionKey(), "-1:193;" + p.transitionKey(), "", name, -1, 193, -1,
        p.intervalMs(), now, now, 0, 0, null, null, null, null, null);
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

  /**
   * A fence device's start, stop or monitor: the DC's fencer uses devices straight from the CIB,
   * so "starting" one only records it, as Pacemaker's fencer registering a device does.
   */
  private void fenceDeviceAction(ActionRequest req, int rc) {
    Instant now = Instant.now();
    ActionResult r = new ActionResult(req, deviceCalls.incrementAndGet(), rc, ExecStatus.DONE, "", "", "", now, now,
        Duration.ZERO, Duration.ZERO);
    onExecutorEvent(new ExecutorEvent(r, OperationHistory.records(r, name, Optional.empty()),
        Optional.empty()));
  }

  /** The executor's results: history into the status, then the action znode goes. */
  public void onExecutorEvent(ExecutorEvent ev) {
    ActionResult r = ev.result();
    ActionRequest req = r.request();
    String done = null;
    ActionPayload payload = null;
    synchronized (lock) {
      boolean probe = "monitor".equals(req.action()) && req.intervalMs() == 0 && req.transitionKey() == null;
      HistoryRequest.Mode forget = probe && !ev.cancelled() ? reprobe.remove(req.resourceId()) : null;
      if (forget != null) {
        lrm.forget(req.resourceId(), forget);
        executor.failCounts().clear(req.resourceId());
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
          // a failure and its fail count (or a forgotten failure and its cleared count) go in one write
          if (forget != null || ev.failCountUpdate().isPresent()) {
            status.putResourceAndAttributes(req.resourceId(), history,
                StatusXml.transientAttributes(nodeId, executor.failCounts().attributes()));
          } else {
            status.putResource(req.resourceId(), history);
          }
          if (forget != null) {
            LOG.info("Forgot operation history as an operator asked node={} resource={} mode={}", name,
                req.resourceId(), forget.word());
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
    if (payload != null && "start".equals(req.action()) && !r.failed()) {
      startMonitors(payload.resource(), payload.agent(), payload.params(), payload.meta(), payload.monitors());
    } else if (payload != null && ("promote".equals(req.action()) || "demote".equals(req.action())) && !r.failed()) {
      CibDoc.ResourceDef def;
      synchronized (lock) {
        def = defs.get(HistoryRequest.instanceOf(payload.resource()).orElse(payload.resource()));
      }
      if (def != null) {
        roleMonitors(payload.resource(), def, "promote".equals(req.action()));
      }
    }
    if (done != null && deleteAction(paths.actions() + "/" + name + "/" + done)) {
      synchronized (lock) {
        taken.remove(done);
      }
    }
  }

  /**
   * An operator's cleanup or refresh (crm_resource --cleanup / --refresh) of the resources a request
   * covers here: each is probed again, and the probe's result replaces, in one status write together
   * with the fail counts, what the request forgets. Until then the status keeps the old history, so
   * the DC never sees a running resource without any history here. Returns when every probe is done.
   */
  private void forgetAndProbe(HistoryRequest r) {
    List<Probe> probes = new ArrayList<>();
    synchronized (lock) {
      if (!joined || fenced) {
        throw new IllegalStateException("node " + name + " has not joined the cluster yet");
      }
      Set<String> ids = new TreeSet<>();
      lrm.ids().stream().filter(r::covers).forEach(ids::add);
      executor.failCounts().attributes().keySet().stream().filter(k -> k.startsWith("fail-count-") && k.contains("#"))
          .map(k -> k.substring("fail-count-".length(), k.lastIndexOf('#'))).filter(r::covers).forEach(ids::add);
      if (r.mode() == HistoryRequest.Mode.REFRESH) {
        defs.keySet().stream().filter(r::covers).forEach(ids::add);
      }
      for (String id : ids) {
        if (r.mode() == HistoryRequest.Mode.CLEANUP && executor.failCounts().failCount(id) == 0
            && !lrm.hasFailures(id)) {
          continue;
        }
        CibDoc.ResourceDef d = defs.containsKey(id) ? defs.get(id)
            : HistoryRequest.instanceOf(id).map(defs::get).orElse(null);
        if (d == null) {
          // no longer configured: there is nothing to probe it with, and nothing of it to keep
          lrm.forget(id);
          executor.failCounts().clear(id);
          status.deleteResource(id);
          status.putAttributes(StatusXml.transientAttributes(nodeId, executor.failCounts().attributes()));
          continue;
        }
        reprobe.put(id, r.mode());
        probes.add(new Probe(id, d));
      }
    }
    probe(probes);
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

  /** After a session expiry: a new session, a fresh status, fresh probes. */
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
