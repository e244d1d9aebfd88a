package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooDefs;
import org.w3c.dom.Element;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.cib.store.ChangeFeed;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.engine.Engine;
import org.zcrm.engine.Transition;
import org.zcrm.fence.FenceResult;
import org.zcrm.fence.Fencer;
import org.zcrm.fence.cib.CibFencingMapper;

/**
 * The DC: one event thread takes named events from one queue (store changes, election results,
 * timers, fencing results), and each handler computes, then applies through fenced writes
 * ({@link DcSession}). See DESIGN.md "Executing a transition".
 */
public final class Dc implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  /** Everything the DC reacts to. */
  sealed interface DcEvent permits Changed, Elected, Deposed, Tick, FenceDone, Connection, Stop, DcRules.Ready {}

  record Changed(Set<ChangeFeed.Change> changes) implements DcEvent {}

  record Elected() implements DcEvent {}

  record Deposed(String why) implements DcEvent {}

  record Tick(String why) implements DcEvent {}

  /** A fencing result: for a graph action (run, action) or for a request znode. */
  record FenceDone(int run, int action, String request, FenceResult result) implements DcEvent {}

  record Connection(ConnectionState state) implements DcEvent {}

  record Stop() implements DcEvent {}

  private final String name;
  private final CibStore store;
  private final CuratorFramework client;
  private final CibPaths paths;
  private final DcRules rules;
  private final Fencer fencer;
  private final FencingRecorder recorder;
  private final BlockingQueue<DcEvent> queue = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "zcrm-dc-timer");
    t.setDaemon(true);
    return t;
  });
  private final Thread thread;
  private LeaderLatch latch;
  private ChangeFeed feed;

  // owned by the event thread
  private DcSession session;
  private boolean paused;
  private boolean dirty;
  private TransitionRun run;
  private EngineInput input;
  private Set<String> members = Set.of();
  private final RemoteNodeNotice remoteNotice = new RemoteNodeNotice();
  /** Every node this daemon has seen as a member (any thread may add; see EngineInput, startup fencing). */
  private final Set<String> seen = new java.util.concurrent.ConcurrentSkipListSet<>();
  private Instant electedAt;
  private Set<String> loggedAwaited = Set.of();
  private int transitions;
  private long fencerConfigZxid = -1;
  private CibDoc config;
  private long configZxid = -1;
  private final Map<String, Instant> lostSince = new TreeMap<>();
  private final Set<String> warnedLost = new TreeSet<>();
  private final Set<String> recordedLost = new TreeSet<>();
  private final DcFencing fencing;
  private final ActionDispatcher dispatcher;
  private volatile long epoch = -1;
  private java.util.concurrent.ScheduledFuture<?> wakeUp;

  public Dc(String name, CibStore store, Engine engine, Fencer fencer) {
    this.name = name;
    this.store = store;
    this.client = store.connection().client();
    this.paths = store.paths();
    this.rules = new DcRules(engine, this::post);
    this.fencer = fencer;
    this.recorder = new FencingRecorder(client, paths);
    this.fencing = new DcFencing(name, client, paths, fencer, recorder, this::post, (e, ms) -> later(e, ms));
    this.dispatcher = new ActionDispatcher(client, paths);
    this.thread = new Thread(this::loop, "zcrm-dc-" + name);
    this.thread.setDaemon(true);
  }

  /** Starts the event thread, the change feed and the election. */
  public void start() throws Exception {
    memberNames();
    thread.start();
    feed = store.changeFeed().start(c -> post(new Changed(c)));
    joinElection();
  }

  private void joinElection() throws Exception {
    latch = new LeaderLatch(client, paths.dc() + "/latch", name);
    latch.addListener(new LeaderLatchListener() {
      @Override
      public void isLeader() {
        post(new Elected());
      }

      @Override
      public void notLeader() {
        post(new Deposed("lost the election latch"));
      }
    });
    latch.start();
  }

  void post(DcEvent e) {
    queue.add(e);
  }

  /** The connection state as Curator reports it: SUSPENDED pauses, LOST ends the DC term. */
  public void onConnectionState(ConnectionState s) {
    post(new Connection(s));
  }

  /** The znode where the DC reports user policy rules it could not use (absent when none). */
  public static String rulesErrorPath(CibPaths paths) {
    return DcRules.errorPath(paths);
  }

  public boolean isDc() {
    return epoch >= 0;
  }

  /** The epoch of this node's current DC term, or -1. */
  public long epoch() {
    return epoch;
  }

  private void loop() {
    while (true) {
      DcEvent e;
      try {
        e = queue.take();
      } catch (InterruptedException x) {
        return;
      }
      if (e instanceof Stop) {
        return;
      }
      try {
        handle(e);
        step();
      } catch (DcSession.NotDcException x) {
        stepDown("a fenced write was refused: " + x.getMessage());
      } catch (RuntimeException x) {
        LOG.error("DC event failed event={} error={}", e, x.toString(), x);
        later(new Tick("retry after an error"), 2000);
      }
    }
  }

  private void handle(DcEvent e) throws DcSession.NotDcException {
    if (e instanceof Elected) {
      if (session == null && latch.hasLeadership()) {
        session = DcSession.begin(client, paths, latch.getOurPath(), name);
        epoch = session.epoch();
        electedAt = Instant.now();
        LOG.info("Became DC node={} epoch={}", name, epoch);
        run = null;
        dispatcher.clear();
        lostSince.clear();
        fencing.newTerm();
        rules.newTerm();
        dirty = true;
      }
    } else if (e instanceof Deposed d) {
      stepDown(d.why());
    } else if (e instanceof Connection c) {
      if (c.state() == ConnectionState.SUSPENDED) {
        paused = true;
        LOG.warn("ZooKeeper connection suspended; DC paused node={}", name);
      } else if (c.state() == ConnectionState.LOST) {
        paused = false;
        stepDown("ZooKeeper session lost");
      } else if (c.state() == ConnectionState.RECONNECTED) {
        paused = false;
        dirty = true;
      }
    } else if (e instanceof Changed c) {
      for (ChangeFeed.Change ch : c.changes()) {
        ChangeFeed.Area area = ch.area();
        if (area == ChangeFeed.Area.MEMBERS || area == ChangeFeed.Area.ALL) {
          memberNames(); // remembers who was seen, DC or not
        }
        if (area == ChangeFeed.Area.CONFIG || area == ChangeFeed.Area.MEMBERS || area == ChangeFeed.Area.ALL) {
          if (run != null) {
            run.abort(area.name().toLowerCase(java.util.Locale.ROOT) + " changed");
          }
          dirty = true;
        } else if (area == ChangeFeed.Area.STATUS) {
          dirty = true;
        }
      }
    } else if (e instanceof Tick) {
      dirty = true;
    } else if (e instanceof FenceDone f) {
      fenceDone(f);
    } else if (e instanceof DcRules.Ready r && rules.ready(r)) {
      if (run != null) {
        run.abort("policy rules changed");
      }
      dirty = true;
    }
  }

  private void stepDown(String why) {
    if (session == null) {
      return;
    }
    LOG.warn("No longer DC node={} epoch={} why={}", name, epoch, why);
    session = null;
    epoch = -1;
    run = null;
    dispatcher.clear();
    fencing.newTerm();
    try {
      // never retry as DC with this term: leave the latch and stand again
      latch.close();
      joinElection();
    } catch (Exception x) {
      LOG.error("Could not rejoin the DC election node={} error={}", name, x.toString());
    }
  }

  private void step() throws DcSession.NotDcException {
    if (session == null || paused) {
      return;
    }
    members = memberNames();
    fencing.members(members);
    if (fencing.requestsWaiting()) {
      reconfigureFencer(store.configSnapshot()); // a new DC's fencer may not know the devices yet
    }
    fencing.handleRequests(session);
    if (fencing.handOffPending()) {
      stepDown("this node must be fenced; another node's DC carries it out");
      return;
    }
    for (int guard = 0; guard < 5; guard++) {
      if (run != null) {
        run.poll(io);
        if (fencing.handOffPending()) {
          stepDown("this node must be fenced; another node's DC carries it out");
          return;
        }
        if (!run.over()) {
          return;
        }
        LOG.info("Transition finished transition={} complete={} aborted={}", run.number(), run.complete(),
            run.aborted());
        if (run.aborted() || run.completed() > 0) {
          dirty = true;
        }
        run = null;
        dispatcher.clear();
      }
      if (!dirty) {
        return;
      }
      if (fencing.requestsInProgress()) {
        return; // a requested fencing's result first (rescheduled by its FenceDone)
      }
      dirty = false;
      schedule();
      if (run == null) {
        return;
      }
    }
  }

  private Set<String> memberNames() {
    try {
      Set<String> now = new TreeSet<>(client.getChildren().forPath(paths.members()));
      seen.addAll(now);
      return now;
    } catch (KeeperException.NoNodeException e) {
      return new TreeSet<>();
    } catch (Exception e) {
      throw new IllegalStateException("cannot list members", e);
    }
  }

  /** Actions of older DC epochs on live nodes are left to finish before anything new is decided. */
  private boolean olderActionsPending() throws DcSession.NotDcException {
    List<Op> drop = new ArrayList<>();
    boolean pending = false;
    try {
      for (String node : client.getChildren().forPath(paths.actions())) {
        for (String a : client.getChildren().forPath(paths.actions() + "/" + node)) {
          if (ActionPayload.epochOf(a) >= epoch) {
            continue;
          }
          if (members.contains(node)) {
            pending = true;
          } else {
            drop.add(Op.delete(paths.actions() + "/" + node + "/" + a, -1));
          }
        }
      }
    } catch (KeeperException.NoNodeException e) {
      return pending;
    } catch (Exception e) {
      throw new IllegalStateException("cannot list actions", e);
    }
    if (!drop.isEmpty()) {
      session.write(drop);
    }
    if (pending) {
      LOG.info("Waiting for actions of an older DC to finish before scheduling epoch={}", epoch);
    }
    return pending;
  }

  private void schedule() throws DcSession.NotDcException {
    if (olderActionsPending()) {
      return;
    }
    Instant now = Instant.now();
    // members read before and after the snapshot: a joining node registers before it writes its
    // status, a leaving one writes its status before it unregisters; so a node is lost only when
    // absent from both reads
    Set<String> before = memberNames();
    long t0 = System.nanoTime();
    CibSnapshot snap = store.snapshot();
    long t1 = System.nanoTime();
    Set<String> both = new TreeSet<>(before);
    both.addAll(memberNames());
    members = both;
    if (config == null || snap.configZxid() != configZxid) {
      config = EngineInput.configOf(snap); // the configuration changes far less often than the status
      configZxid = snap.configZxid();
    }
    input = EngineInput.build(snap, members, now, name, seen, electedAt, config);
    if (!input.awaited().isEmpty() && !input.awaited().keySet().equals(loggedAwaited)) {
      loggedAwaited = input.awaited().keySet();
      LOG.info("Waiting dc-deadtime for nodes never seen before treating them as unclean nodes={} until={}"
          + " holdScheduling={}", input.awaited().keySet(), input.awaited().values().iterator().next(),
          input.holdForUnseen());
    }
    reconfigureFencer(snap);
    rules.want(snap.config().rules());
    rules.publish(client, paths, session);
    if (rules.firstCompilePending()) {
      return;
    }
    if (handleLostNodes(now)) {
      dirty = true;
      return;
    }
    if (input.holdForUnseen()) {
      armTimers(now); // wakes up when the wait ends
      return;
    }
    long t2 = System.nanoTime();
    org.zcrm.engine.CibSnapshot engineCib = input.engineSnapshot();
    long t3 = System.nanoTime();
    Transition t;
    try {
      t = rules.schedule(engineCib, now);
    } catch (RuntimeException e) {
      if (!rules.failedAtRunTime(e)) {
        throw e;
      }
      rules.publish(client, paths, session);
      t = rules.schedule(engineCib, now);
    }
    long t4 = System.nanoTime();
    LOG.debug("Scheduled node={} generation={} snapshotMs={} inputMs={} modelMs={} engineMs={}", name,
        snap.generation(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
    armTimers(now);
    remoteNotice.check(org.zcrm.engine.unpack.CibUnpacker.remoteNodeNames(engineCib.cib()), t, members)
        .ifPresent(LOG::warn);
    boolean work = t.actions().stream().anyMatch(a -> a.runnable() && !a.pseudo());
    if (!work) {
      LOG.debug("Nothing to do node={} generation={}", name, snap.generation());
      return;
    }
    int number = ++transitions;
    LOG.info("Transition started transition={} epoch={} generation={} actions={} summary={}", number, epoch,
        snap.generation(), t.actions().size(), t.summary());
    record(number, t, snap);
    LOG.info("Transition timing transition={} snapshotMs={} inputMs={} modelMs={} engineMs={} recordMs={}", number,
        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(System.nanoTime() - t4));
    run = new TransitionRun(number, t);
  }

  private static String ms(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
  }

  private void reconfigureFencer(CibSnapshot snap) {
    if (snap.configZxid() == fencerConfigZxid) {
      return;
    }
    fencerConfigZxid = snap.configZxid();
    try {
      CibFencingMapper.Mapped m = CibFencingMapper.map(CibCodec.readString(snap.toXml(CibSnapshot.Section.CONFIGURATION)));
      m.problems().forEach(p -> LOG.warn("Fencing configuration problem problem={}", p));
      fencer.reconfigure(m.config());
    } catch (RuntimeException e) {
      LOG.error("Cannot read the fencing configuration error={}", e.toString());
    }
  }

  /**
   * Lost members: with fencing disabled, a loud warning (Pacemaker recovers their resources at
   * once); with fencing enabled but no device and stonith-watchdog-timeout set, the node counts as
   * fenced once that long has passed since the DC saw it go (it has stopped everything by then,
   * see {@link SelfFencing}). True when the status was changed.
   */
  private boolean handleLostNodes(Instant now) throws DcSession.NotDcException {
    lostSince.keySet().retainAll(input.lost());
    warnedLost.retainAll(input.lost());
    CibDoc cib = input.cib();
    boolean changed = false;
    recordLost(cib);
    for (String node : input.lost()) {
      lostSince.putIfAbsent(node, now);
      if (!input.fencingEnabled()) {
        if (warnedLost.add(node)) {
          LOG.warn("!!! Node lost and fencing is disabled: its resources are recovered elsewhere WITHOUT fencing;"
              + " if it still runs them, data may be corrupted. node={}", node);
        }
        continue;
      }
      if (!input.watchdog()) {
        continue;
      }
      Optional<Duration> watchdog = cib.durationOption("stonith-watchdog-timeout");
      Instant due = lostSince.get(node).plus(watchdog.get());
      if (!now.isBefore(due)) {
        LOG.warn("Node counts as fenced: its session expired and the watchdog timeout passed node={} timeoutMs={}",
            node, watchdog.get().toMillis());
        recorder.record(session, FencingRecorder.synthetic(node, "zcrm-watchdog", name),
            input.nodeIds().getOrDefault(node, node), List.of());
        changed = true;
      } else {
        later(new Tick("watchdog timeout of " + node), Duration.between(now, due).toMillis() + 50);
      }
    }
    return changed;
  }

  /**
   * Writes a lost node's node_state as the DC sees it (not a member, expected up), as Pacemaker's
   * DC updates node_state from membership, so `zcrm cib export` and replays see what the engine
   * saw. Not in watchdog mode, where a lost node stays as it was until the watchdog timeout.
   */
  private void recordLost(CibDoc cib) throws DcSession.NotDcException {
    if (input.watchdog()) {
      return;
    }
    List<Op> ops = new ArrayList<>();
    for (String node : input.lost()) {
      if (recordedLost.contains(node)) {
        continue;
      }
      recordedLost.add(node);
      String xml = StatusXml.nodeState(input.nodeIds().getOrDefault(node, node), node, StatusXml.Membership.LOST);
      ops.add(Op.setData(paths.status(node), xml.getBytes(StandardCharsets.UTF_8), -1));
    }
    recordedLost.retainAll(input.lost());
    if (!ops.isEmpty()) {
      try {
        session.write(ops);
      } catch (IllegalStateException e) {
        LOG.debug("Could not record lost nodes error={}", e.toString());
      }
    }
  }

  /**
   * cluster-recheck-interval, the next failure-timeout expiry and the end of a restart grace wake
   * the DC up; each schedule replaces the previous wake-up (one timer, at the earliest of them).
   */
  private void armTimers(Instant now) {
    Duration recheck = input.cib().durationOption("cluster-recheck-interval").filter(d -> !d.isZero())
        .orElse(Duration.ofMinutes(15));
    Instant next = now.plus(recheck);
    for (Instant until : input.restarting().values()) {
      next = min(next, until.plusSeconds(1));
    }
    for (Instant until : input.awaited().values()) {
      next = min(next, until.plusMillis(100));
    }
    Optional<Instant> expiry = FailureTimeouts.nextExpiry(input, now);
    if (expiry.isPresent()) {
      next = min(next, expiry.get().plusSeconds(1));
    }
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    wakeUp = later(new Tick("recheck"), Duration.between(now, next).toMillis());
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private java.util.concurrent.ScheduledFuture<?> later(DcEvent e, long ms) {
    return timer.schedule(() -> post(e), Math.max(0, ms), TimeUnit.MILLISECONDS);
  }

  private void record(int number, Transition t, CibSnapshot snap) throws DcSession.NotDcException {
    TransitionLog.record(client, paths, session, name, number, t, snap, input, rules.activeRules());
  }

  private final TransitionRun.Io io = new TransitionRun.Io() {
    @Override
    public boolean send(TransitionRun r, Transition.GraphAction a) throws DcSession.NotDcException {
      return Dc.this.send(r, a);
    }

    @Override
    public Optional<Boolean> outcome(TransitionRun r, Transition.GraphAction a) {
      return dispatcher.outcome(r, a, members);
    }
  };

  private boolean send(TransitionRun r, Transition.GraphAction a) throws DcSession.NotDcException {
    if (a.resource() == null) {
      if ("stonith".equals(a.task()) || "fence".equals(a.task())) {
        if (fencing.mustHandOff(a.node())) {
          // as Pacemaker orders the DC's fencing after everything else: handed over when nothing
          // else of this transition is in flight or can still be sent
          if (!r.onlyLeft(a.id())) {
            return false;
          }
          fencing.handOff(session, "transition " + r.number() + " fences this node");
          return true;
        }
        return fencing.send(session, r, a.node(), a.id(), epoch, input);
      }
      LOG.warn("Skipping an action the coordinator does not know action={}", a.key());
      return false;
    }
    return dispatcher.send(session, epoch, members, r, a);
  }

  private void fenceDone(FenceDone f) throws DcSession.NotDcException {
    if (session == null) {
      return;
    }
    fencing.done(session, f, input);
    if (f.request() == null && run != null && run.number() == f.run()) {
      run.finish(f.action(), f.result().succeeded());
    }
    dirty = true;
  }

  @Override
  public void close() {
    post(new Stop());
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timer.shutdownNow();
    rules.close();
    if (feed != null) {
      feed.close();
    }
    try {
      if (latch != null) {
        latch.close();
      }
    } catch (Exception e) {
      LOG.debug("Closing the latch failed error={}", e.toString());
    }
  }
}
