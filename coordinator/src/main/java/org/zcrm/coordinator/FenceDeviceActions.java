package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.ExecutorEvent;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.OperationHistory;

/**
 * A node's side of fence device (class stonith) operations, which the executor does not run: the
 * DC's fencer uses devices straight from the CIB, so "starting" one only records it, as
 * Pacemaker's fencer registering a device does; a probe finds it running when it was started here;
 * recurring monitors call the fence agent ({@link FenceDeviceMonitors}), their first result
 * completing the DC's action. Results reach the node's history through {@code sink}, like the
 * executor's.
 */
final class FenceDeviceActions {
  private final String node;
  private final Consumer<ExecutorEvent> sink;
  private final AtomicInteger callIds = new AtomicInteger(1_000_000);
  private final Set<String> started = new TreeSet<>();
  private volatile FenceDeviceMonitors monitors;

  FenceDeviceActions(String node, Consumer<ExecutorEvent> sink) {
    this.node = node;
    this.sink = sink;
  }

  /** Where recurring monitors of devices run; they take call ids from the same counter. */
  void monitors(FenceDeviceMonitors m) {
    m.callIds(callIds::incrementAndGet);
    monitors = m;
  }

  /** Runs one action; {@code confirm} completes one that leaves no result (a cancel). */
  void run(ActionPayload p, Runnable confirm) {
    ActionRequest req = p.request();
    FenceDeviceMonitors dm = monitors;
    switch (p.task()) {
      case "start" -> {
        synchronized (started) {
          started.add(p.resource());
        }
        record(req, OcfExitCode.OK);
      }
      case "stop" -> {
        if (dm != null) {
          dm.stop(p.resource()).forEach(this::cancelled);
        }
        synchronized (started) {
          started.remove(p.resource());
        }
        record(req, OcfExitCode.OK);
      }
      case "cancel" -> {
        if (dm != null) {
          dm.stop(p.resource(), p.intervalMs()).forEach(this::cancelled);
        }
        confirm.run();
      }
      case "monitor" -> {
        if (p.intervalMs() > 0 && dm != null) {
          dm.start(req);
        } else {
          boolean running;
          synchronized (started) {
            running = started.contains(p.resource());
          }
          record(req, running ? OcfExitCode.OK : OcfExitCode.NOT_RUNNING);
        }
      }
      default -> record(req, OcfExitCode.OK);
    }
  }

  /** A refresh forgets a device here: its monitors stop and its probe finds it stopped. */
  void forget(String rsc) {
    FenceDeviceMonitors dm = monitors;
    if (dm != null) {
      dm.stop(rsc);
    }
    synchronized (started) {
      started.remove(rsc);
    }
  }

  /** A (re)joining node starts with no device started and no monitor running. */
  void reset() {
    FenceDeviceMonitors dm = monitors;
    if (dm != null) {
      dm.stopAll();
    }
    synchronized (started) {
      started.clear();
    }
  }

  /** A device monitor stopped: its record leaves the history, as for a cancelled executor monitor. */
  private void cancelled(ActionRequest monitor) {
    Instant now = Instant.now();
    sink.accept(new ExecutorEvent(new ActionResult(monitor, callIds.incrementAndGet(), OcfExitCode.OK,
        ExecStatus.CANCELLED, "", "", "", now, now, Duration.ZERO, Duration.ZERO), List.of(), Optional.empty()));
  }

  private void record(ActionRequest req, int rc) {
    Instant now = Instant.now();
    ActionResult r = new ActionResult(req, callIds.incrementAndGet(), rc, ExecStatus.DONE, "", "", "", now, now,
        Duration.ZERO, Duration.ZERO);
    sink.accept(new ExecutorEvent(r, OperationHistory.records(r, node, Optional.empty()), Optional.empty()));
  }
}
