package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.fence.FenceAction;
import org.zcrm.fence.FenceRequest;
import org.zcrm.fence.FenceResult;
import org.zcrm.fence.FenceState;
import org.zcrm.fence.Fencer;

/**
 * The DC's fencing: graph fence actions and `zcrm fence` requests go to the DC's fencer, results
 * are recorded (fenced writes, {@link FencingRecorder}) and come back as {@link Dc.FenceDone}
 * events. A failed fencing is retried after a pause; after stonith-max-attempts failed attempts on
 * one target (Pacemaker's default 10) the DC stops trying, records in the fencing history that
 * manual intervention is needed, and waits for `zcrm fence confirm` or `zcrm fence` (or for the
 * node to come back). Runs on the DC event thread.
 *
 * <p>The DC never fences its own node while another member could (Pacemaker's fencer refuses to
 * fence its own host unless it is the only node): it hands the request over. It leaves a request
 * for its own node under fencing/requests (a fenced write) and steps down; the next DC, on
 * another node, carries it out and records the result, and only then are the old DC's resources
 * recovered. A `zcrm fence` request naming the DC's node is left in place the same way.
 */
final class DcFencing {
  private static final Logger LOG = LogManager.getLogger();
  /** A failed fencing is retried after this pause, not in a tight loop. */
  static final Duration RETRY_PAUSE = Duration.ofSeconds(5);
  static final int DEFAULT_MAX_ATTEMPTS = 10;
  static final String GAVE_UP_CLIENT = "zcrm-stonith-max-attempts";

  /** Schedules an event after a delay. */
  interface Later {
    void post(Dc.DcEvent e, long ms);
  }

  private final String name;
  private final CuratorFramework client;
  private final CibPaths paths;
  private final Fencer fencer;
  private final FencingRecorder recorder;
  private final Consumer<Dc.DcEvent> post;
  private final Later later;
  private final Map<String, Instant> failedAt = new TreeMap<>();
  private final Map<String, Integer> failures = new TreeMap<>();
  private final Set<String> gaveUp = new HashSet<>();
  private final Set<String> requestsInProgress = new HashSet<>();
  /** The member znode (its czxid) of each target when its fencing was sent: the incarnation fenced. */
  private final Map<String, Long> incarnations = new TreeMap<>();
  /** Results recorded this term (one fencing may answer a request and a graph action, merged). */
  private final Set<String> recorded = new HashSet<>();
  private Set<String> members = Set.of();
  private boolean handOff;

  DcFencing(String name, CuratorFramework client, CibPaths paths, Fencer fencer, FencingRecorder recorder,
      Consumer<Dc.DcEvent> post, Later later) {
    this.name = name;
    this.client = client;
    this.paths = paths;
    this.fencer = fencer;
    this.recorder = recorder;
    this.post = post;
    this.later = later;
  }

  /** Members are alive: their failure counts start over (as Pacemaker resets them when a node joins). */
  void members(Set<String> members) {
    this.members = members;
    for (String m : members) {
      if (failures.remove(m) != null | gaveUp.remove(m)) {
        failedAt.remove(m);
        LOG.info("Fencing failure count reset: the node is a member again target={}", m);
      }
    }
  }

  /**
   * Sends a graph fence action; false when it is not sent now (waiting out the retry pause, or
   * given up after too many failures).
   */
  boolean send(DcSession session, TransitionRun r, String target, int actionId, long epoch, EngineInput input)
      throws DcSession.NotDcException {
    int max = maxAttempts(input);
    int failed = failures.getOrDefault(target, 0);
    if (failed >= max) {
      if (gaveUp.add(target)) {
        String why = "fencing of " + target + " failed " + failed + " times (stonith-max-attempts=" + max
            + "); not retrying: manual intervention is needed: make sure " + target + " is off, then 'zcrm fence"
            + " confirm " + target + "' (or 'zcrm fence " + target + "' to try again)";
        LOG.error("Giving up fencing; manual intervention needed target={} attempts={} maxAttempts={}", target,
            failed, max);
        Instant now = Instant.now();
        recorder.record(session, new FenceResult(UUID.randomUUID().toString(), target, FenceAction.REBOOT,
            GAVE_UP_CLIENT, name, name, FenceState.FAILED, List.of(), why, now, now),
            input.nodeIds().getOrDefault(target, target), List.of());
      }
      return false;
    }
    Instant last = failedAt.get(target);
    Instant now = Instant.now();
    if (last != null && last.plus(RETRY_PAUSE).isAfter(now)) {
      later.post(new Dc.Tick("retry fencing " + target), Duration.between(now, last.plus(RETRY_PAUSE)).toMillis() + 10);
      return false;
    }
    remember(target);
    LOG.info("Fencing node target={} transition={} epoch={} attempt={}", target, r.number(), epoch, failed + 1);
    int number = r.number();
    fencer.fenceAsync(FenceRequest.of(target, FenceAction.REBOOT, "zcrm-coordinator", name))
        .whenComplete((res, err) -> post.accept(new Dc.FenceDone(number, actionId, null,
            res != null ? res : FencingRecorder.failed(target, name, String.valueOf(err)))));
    return true;
  }

  /**
   * Whether a fencing of {@code target} must be handed to another node: it is this DC's own node
   * and another member is there to fence it (a node alone may fence itself, as in Pacemaker).
   */
  boolean mustHandOff(String target) {
    return target.equals(name) && members.stream().anyMatch(m -> !m.equals(name));
  }

  /**
   * Hands the fencing of this DC's own node to the next DC: a request under fencing/requests (a
   * fenced write), after which the DC steps down ({@link #handOffPending()}).
   */
  void handOff(DcSession session, String reason) throws DcSession.NotDcException {
    byte[] req = new FenceRequests.Request(name, FenceAction.REBOOT, false, "zcrm-coordinator").toBytes();
    String folder = FencingRecorder.requests(paths);
    List<Op> ops = new ArrayList<>();
    try {
      if (client.checkExists().forPath(folder) == null) {
        ops.add(Op.create(folder, new byte[0], org.apache.zookeeper.ZooDefs.Ids.OPEN_ACL_UNSAFE,
            org.apache.zookeeper.CreateMode.PERSISTENT));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + folder, e);
    }
    ops.add(Op.create(folder + "/dc-", req, org.apache.zookeeper.ZooDefs.Ids.OPEN_ACL_UNSAFE,
        org.apache.zookeeper.CreateMode.PERSISTENT_SEQUENTIAL));
    session.write(ops);
    LOG.warn("This DC's own node must be fenced; handing the fencing to the next DC node={} reason={}", name, reason);
    handOff = true;
  }

  /** True once this DC has a fencing of its own node to hand over: it must step down now. */
  boolean handOffPending() {
    return handOff;
  }

  /** A fencing requested on behalf of `zcrm fence` is still running: its result comes first. */
  boolean requestsInProgress() {
    return !requestsInProgress.isEmpty();
  }

  /** A new DC term (or the end of one): nothing is handed over, nothing recorded yet. */
  void newTerm() {
    handOff = false;
    requestsInProgress.clear();
    recorded.clear();
  }

  /** Remembers which incarnation of the target (its member znode) this fencing is for. */
  private void remember(String target) {
    try {
      org.apache.zookeeper.data.Stat st = client.checkExists().forPath(paths.member(target));
      incarnations.put(target, st == null ? -1L : st.getCzxid());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the membership of " + target, e);
    }
  }

  static int maxAttempts(EngineInput input) {
    String v = input.cib().option("stonith-max-attempts", Integer.toString(DEFAULT_MAX_ATTEMPTS)).trim();
    try {
      int n = Integer.parseInt(v);
      return n > 0 ? n : DEFAULT_MAX_ATTEMPTS;
    } catch (NumberFormatException e) {
      return DEFAULT_MAX_ATTEMPTS;
    }
  }

  /** Records a result; graph fencing failures count towards stonith-max-attempts, a success clears them. */
  void done(DcSession session, Dc.FenceDone f, EngineInput input) throws DcSession.NotDcException {
    FenceResult res = f.result();
    String nodeId = input == null ? res.target() : input.nodeIds().getOrDefault(res.target(), res.target());
    List<Op> extra = new ArrayList<>();
    if (f.request() != null) {
      extra.add(Op.delete(FencingRecorder.requests(paths) + "/" + f.request(), -1));
      requestsInProgress.remove(f.request());
    }
    if (recorded.add(res.id())) {
      recorder.record(session, res, nodeId, extra, incarnations.getOrDefault(res.target(), -1L));
    } else if (!extra.isEmpty()) {
      LOG.info("Fencing result already recorded (merged requests) target={} id={}", res.target(), res.id());
      session.write(extra);
    }
    if (res.succeeded()) {
      failedAt.remove(res.target());
      failures.remove(res.target());
      gaveUp.remove(res.target());
    } else if (f.request() == null) {
      failedAt.put(res.target(), Instant.now());
      failures.merge(res.target(), 1, Integer::sum);
    } else {
      failedAt.put(res.target(), Instant.now()); // a failed `zcrm fence NODE` does not restart the DC's attempts
    }
    LOG.info("Fencing result recorded target={} state={} reason={} failures={}", res.target(), res.state(),
        res.exitReason(), failures.getOrDefault(res.target(), 0));
  }

  /** Whether any request waits under fencing/requests that this DC has not taken up. */
  boolean requestsWaiting() {
    try {
      return !requestsInProgress.containsAll(client.getChildren().forPath(FencingRecorder.requests(paths)));
    } catch (KeeperException.NoNodeException e) {
      return false;
    } catch (Exception e) {
      throw new IllegalStateException("cannot list fencing requests", e);
    }
  }

  /** `zcrm fence NODE` and `zcrm fence confirm NODE` leave requests under fencing/requests. */
  void handleRequests(DcSession session) throws DcSession.NotDcException {
    List<String> reqs;
    try {
      reqs = new ArrayList<>(client.getChildren().forPath(FencingRecorder.requests(paths)));
    } catch (KeeperException.NoNodeException e) {
      return;
    } catch (Exception e) {
      throw new IllegalStateException("cannot list fencing requests", e);
    }
    reqs.sort(null);
    for (String req : reqs) {
      if (requestsInProgress.contains(req)) {
        continue;
      }
      FenceRequests.Request q;
      try {
        q = FenceRequests.parse(client.getData().forPath(FencingRecorder.requests(paths) + "/" + req));
      } catch (Exception e) {
        LOG.warn("Dropping an unreadable fencing request request={} error={}", req, e.toString());
        session.write(List.of(Op.delete(FencingRecorder.requests(paths) + "/" + req, -1)));
        continue;
      }
      if (!q.confirm() && mustHandOff(q.target())) {
        LOG.warn("A fencing request names this DC's own node; leaving it to the next DC node={} by={}", name,
            q.client());
        handOff = true;
        return;
      }
      requestsInProgress.add(req);
      if (q.confirm()) {
        LOG.warn("Manual fencing confirmation recorded target={} by={}", q.target(), q.client());
        post.accept(new Dc.FenceDone(-1, -1, req, FencingRecorder.synthetic(q.target(), q.client(), name)));
      } else {
        LOG.info("Fencing on request target={} action={} by={}", q.target(), q.action().agentName(), q.client());
        remember(q.target());
        fencer.fenceAsync(FenceRequest.of(q.target(), q.action(), q.client(), name))
            .whenComplete((res, err) -> post.accept(new Dc.FenceDone(-1, -1, req,
                res != null ? res : FencingRecorder.failed(q.target(), name, String.valueOf(err)))));
      }
    }
  }
}
