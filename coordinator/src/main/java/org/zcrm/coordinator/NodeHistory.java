package org.zcrm.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.ExecutorEvent;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.OperationRecord;

/**
 * What a node knows of the resources it has run or probed: per resource id (a primitive or a
 * clone instance {@code C:N}) its agent, its operation history (the lrm_rsc_op records its status
 * shows) and the parameters it was last started with. Not thread-safe: the node's lock guards it.
 */
final class NodeHistory {

  private static final class Entry {
    final AgentId agent;
    final Map<String, OperationRecord> ops = new TreeMap<>();
    Map<String, String> startParams;

    Entry(AgentId agent) {
      this.agent = agent;
    }
  }

  private final Map<String, Entry> entries = new TreeMap<>();

  void clear() {
    entries.clear();
  }

  boolean knows(String rsc) {
    return entries.containsKey(rsc);
  }

  Set<String> ids() {
    return Set.copyOf(entries.keySet());
  }

  void forget(String rsc) {
    entries.remove(rsc);
  }

  /** True when a resource has no records (or no entry) here. */
  boolean isEmpty(String rsc) {
    Entry e = entries.get(rsc);
    return e == null || e.ops.isEmpty();
  }

  /** Starts a resource's history (empty) unless there is one. */
  void track(String rsc, AgentId agent) {
    entries.putIfAbsent(rsc, new Entry(agent));
  }

  void put(String rsc, AgentId agent, OperationRecord rec) {
    entries.computeIfAbsent(rsc, k -> new Entry(agent)).ops.put(rec.id(), rec);
  }

  /**
   * Takes an executor result in: a cancelled recurring action's record goes, the result's records
   * come in, and a successful start (or a one-shot monitor finding it running) remembers the
   * parameters it ran with, which a successful stop forgets.
   */
  void record(ExecutorEvent ev) {
    ActionResult r = ev.result();
    ActionRequest req = r.request();
    Entry e = entries.computeIfAbsent(req.resourceId(), k -> new Entry(req.agent()));
    if (ev.cancelled()) {
      e.ops.remove(req.operationKey());
      return;
    }
    for (OperationRecord rec : ev.records()) {
      e.ops.put(rec.id(), rec);
    }
    if (r.status() == ExecStatus.DONE && req.intervalMs() == 0) {
      boolean running = (r.rc() == OcfExitCode.OK || r.rc() == OcfExitCode.RUNNING_PROMOTED)
          && List.of("start", "monitor", "migrate_from").contains(req.action());
      if (running) {
        e.startParams = req.params();
      } else if (req.action().equals("stop") && r.rc() == OcfExitCode.OK) {
        e.startParams = null;
      }
    }
  }

  /** The parameters a resource was started with here, or null. */
  Map<String, String> startParams(String rsc) {
    Entry e = entries.get(rsc);
    return e == null ? null : e.startParams;
  }

  boolean hasFailures(String rsc) {
    Entry e = entries.get(rsc);
    return e != null && !HistoryRequest.failedRecordIds(new ArrayList<>(e.ops.values())).isEmpty();
  }

  /** Drops what a cleanup or refresh forgets of one resource's records. */
  void forget(String rsc, HistoryRequest.Mode mode) {
    Entry e = entries.get(rsc);
    if (e != null) {
      e.ops.keySet().removeAll(HistoryRequest.forgotten(mode, new ArrayList<>(e.ops.values())));
    }
  }

  /** The lrm_resource element of a resource (with its history), as the node's status shows it. */
  String xml(String rsc) {
    Entry e = entries.get(rsc);
    return StatusXml.lrmResource(rsc, e.agent.standard(), e.agent.provider(), e.agent.type(), e.ops.values());
  }

  /** Every resource with what a self-fencing stop needs. */
  Map<String, ResourceRelease.Held> held() {
    Map<String, ResourceRelease.Held> out = new TreeMap<>();
    entries.forEach((rsc, e) -> out.put(rsc, new ResourceRelease.Held(e.agent, e.startParams)));
    return out;
  }

  /** Resources whose last one-shot result says promoted. */
  List<String> promoted() {
    List<String> out = new ArrayList<>();
    entries.forEach((rsc, e) -> {
      OperationRecord last = e.ops.get(rsc + "_last_0");
      if (last != null && last.opStatus() == 0 && (("promote".equals(last.operation()) && last.rcCode() == 0)
          || ("monitor".equals(last.operation()) && last.rcCode() == OcfExitCode.RUNNING_PROMOTED))) {
        out.add(rsc);
      }
    });
    return out;
  }
}
