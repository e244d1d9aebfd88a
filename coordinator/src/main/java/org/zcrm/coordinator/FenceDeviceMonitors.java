package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.ExecutorEvent;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.FailCounts;
import org.zcrm.executor.history.OperationHistory;
import org.zcrm.fence.agent.AgentArguments;
import org.zcrm.fence.agent.AgentCall;
import org.zcrm.fence.agent.AgentResult;
import org.zcrm.fence.agent.AgentStatus;
import org.zcrm.fence.agent.FenceAgentRunner;
import org.zcrm.fence.device.DeviceSettings;
import org.zcrm.fence.device.FenceDevice;

/**
 * Recurring monitors of fence devices (class stonith), which the executor does not run: like
 * Pacemaker's fencer, the node calls the fence agent's {@code monitor} action every interval and
 * reports the result as an operation of the resource (history in the node's status, fail count on
 * failure), the same way the executor reports resource monitors. A result is reported when it is
 * the first or differs from the previous one, as the executor does for recurring monitors.
 */
final class FenceDeviceMonitors implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  private final String node;
  private final FenceAgentRunner runner;
  private final FailCounts failCounts;
  private final Consumer<ExecutorEvent> sink;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "zcrm-fence-monitor");
    t.setDaemon(true);
    return t;
  });
  private volatile IntSupplier callIds = new AtomicInteger(100_000)::incrementAndGet;
  /** By resource: its scheduled monitors. */
  private final Map<String, List<Running>> running = new TreeMap<>();

  private static final class Running {
    final ActionRequest request;
    ScheduledFuture<?> future;
    Integer lastRc;
    ExecStatus lastStatus;
    Instant lastRcChange;

    Running(ActionRequest request) {
      this.request = request;
    }
  }

  FenceDeviceMonitors(String node, FenceAgentRunner runner, FailCounts failCounts, Consumer<ExecutorEvent> sink) {
    this.node = node;
    this.runner = runner;
    this.failCounts = failCounts;
    this.sink = sink;
  }

  /**
   * Where call ids come from: the node's counter for fence device operations, so a monitor's
   * result orders after the device's start in the history (the engine orders operations by call id).
   */
  void callIds(IntSupplier ids) {
    callIds = ids;
  }

  /**
   * Starts (or restarts) one recurring monitor of a device ({@code agent} "stonith:TYPE"): its first
   * run is now, and its first result is reported (with the request's transition key, which
   * completes the DC's action).
   */
  synchronized void start(ActionRequest monitor) {
    String rsc = monitor.resourceId();
    stop(rsc, monitor.intervalMs());
    Running r = new Running(monitor);
    r.future = timer.scheduleWithFixedDelay(() -> runOnce(r), 0, monitor.intervalMs(), TimeUnit.MILLISECONDS);
    running.computeIfAbsent(rsc, k -> new ArrayList<>()).add(r);
    LOG.info("Fence device monitor started node={} device={} intervalMs={}", node, rsc, monitor.intervalMs());
  }

  /** Cancels one recurring monitor of a device; returns the requests of what was running. */
  synchronized List<ActionRequest> stop(String rsc, long intervalMs) {
    List<ActionRequest> out = new ArrayList<>();
    List<Running> list = running.get(rsc);
    if (list == null) {
      return out;
    }
    for (Running r : List.copyOf(list)) {
      if (r.request.intervalMs() == intervalMs) {
        r.future.cancel(false);
        list.remove(r);
        out.add(r.request);
        LOG.info("Fence device monitor stopped node={} device={} intervalMs={}", node, rsc, intervalMs);
      }
    }
    if (list.isEmpty()) {
      running.remove(rsc);
    }
    return out;
  }

  /** Cancels a device's recurring monitors (it was stopped, or the node stops everything). */
  synchronized List<ActionRequest> stop(String rsc) {
    List<ActionRequest> out = new ArrayList<>();
    List<Running> list = running.remove(rsc);
    if (list != null) {
      list.forEach(r -> {
        r.future.cancel(false);
        out.add(r.request);
      });
      LOG.info("Fence device monitor stopped node={} device={}", node, rsc);
    }
    return out;
  }

  synchronized void stopAll() {
    new ArrayList<>(running.keySet()).forEach(this::stop);
  }

  private void runOnce(Running r) {
    ActionRequest req = r.request;
    Instant started = Instant.now();
    AgentResult res;
    try {
      FenceDevice dev = new FenceDevice(req.resourceId(), req.agent().type(), req.params());
      DeviceSettings settings = DeviceSettings.of(dev);
      Map<String, String> args = AgentArguments.build(dev, settings, "monitor", null, null);
      res = runner.call(new AgentCall(dev.agent(), args, settings.actionTimeout("monitor").orElse(req.timeout()),
          settings.tries("monitor")));
    } catch (RuntimeException e) {
      res = new AgentResult(req.agent().type(), "monitor", AgentStatus.ERROR, -1, "", "", 0, Duration.ZERO,
          e.getMessage());
    }
    ExecStatus status = switch (res.status()) {
      case DONE -> ExecStatus.DONE;
      case TIMEOUT -> ExecStatus.TIMEOUT;
      default -> ExecStatus.ERROR;
    };
    int rc = res.status() == AgentStatus.DONE ? (res.exitCode() == 0 ? OcfExitCode.OK : OcfExitCode.UNKNOWN_ERROR)
        : OcfExitCode.UNKNOWN_ERROR;
    synchronized (this) {
      List<Running> list = running.get(req.resourceId());
      if (list == null || !list.contains(r)) {
        return; // stopped meanwhile
      }
      if (r.lastRc != null && r.lastRc == rc && r.lastStatus == status) {
        return;
      }
      r.lastRc = rc;
      r.lastStatus = status;
      r.lastRcChange = started;
    }
    ActionResult result = new ActionResult(req, callIds.getAsInt(), rc, status,
        res.succeeded() ? "" : String.valueOf(res.reason()), res.stdout(), res.stderr(), started, r.lastRcChange,
        res.elapsed(), Duration.ZERO);
    if (result.failed()) {
      LOG.warn("Fence device monitor failed node={} device={} status={} reason={}", node, req.resourceId(), status,
          res.reason());
    }
    Optional<FailCounts.Update> update = failCounts.record(result, true, Instant.now().getEpochSecond());
    sink.accept(new ExecutorEvent(result, OperationHistory.records(result, node, Optional.empty()), update));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
