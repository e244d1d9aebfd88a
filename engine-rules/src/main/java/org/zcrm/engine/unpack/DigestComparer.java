package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.engine.facts.DigestMismatchFact;
import org.zcrm.engine.facts.DigestMismatchFact.Result;
import org.zcrm.engine.facts.OpFact;
import org.zcrm.engine.facts.ResourceFact;

/**
 * Compares the parameter digests recorded in resources' histories with the digests of the
 * operations the DC would send now, the way Pacemaker's scheduler checks for definition changes
 * (pcmk__handle_rsc_config_changes, pcmk__check_action_config, rsc_action_digest_cmp). The
 * parameters are those {@link OperationResolver} gives a graph action (so a zcrm node records
 * exactly what is compared here), filtered as Pacemaker filters them.
 *
 * <p>Checked: for each resource active on a node where actions can run, the entries since its last
 * start: start, promote, migrate_from and probes (all compared with the start's parameters), and
 * recurring operations still configured and enabled. Only differences become facts; the policy
 * rules decide what to do about them.
 */
public final class DigestComparer {
  /** Feature set from which controllers include every parameter in secure digests. */
  static final String SECURE_ALL_PARAMS = "3.16.0";

  /** What the comparison found, with how many entries were compared and how many matched. */
  public record Outcome(List<DigestMismatchFact> mismatches, int compared, int matched) {}

  /**
   * Resources in maintenance (their own meta attribute, or cluster maintenance-mode): their
   * definition changes are not acted on. Read from the CIB, as the comparison runs before the rules.
   */
  public static java.util.Set<String> maintenanceResources(UnpackedCib cib) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    if (cib.cluster().maintenanceMode()) {
      cib.resources().forEach(r -> out.add(r.id()));
    }
    for (var m : cib.resourceMeta()) {
      if (m.name().equals("maintenance") && Values.isTrue(m.value())) {
        out.add(m.rsc());
      }
    }
    return out;
  }

  /**
   * Where the comparison happens: which nodes' entries are checked, which resources and nodes
   * are in maintenance (their recurring operations are cancelled rather than checked).
   *
   * @param sanitized whether private parameters may have been masked in the CIB (a simulation
   *     of a collected CIB, as crm_simulate assumes): a difference only in them is no change
   */
  public record Scope(Predicate<String> checkNode, Predicate<String> maintenanceNode,
      Set<String> maintenanceRscs, boolean sanitized) {}

  private final UnpackedCib cib;
  private final Scope scope;
  private final Map<String, ResourceFact> resources = new HashMap<>();
  private final Map<String, List<OpFact>> ops = new HashMap<>();
  private final List<DigestMismatchFact> mismatches = new ArrayList<>();
  private int compared;
  private int matched;

  private DigestComparer(UnpackedCib cib, Scope scope) {
    this.cib = cib;
    this.scope = scope;
    for (ResourceFact r : cib.resources()) {
      resources.put(r.id(), r);
    }
    for (OpFact o : cib.ops()) {
      ops.computeIfAbsent(o.rsc(), k -> new ArrayList<>(2)).add(o);
    }
  }

  public static Outcome compare(UnpackedCib cib, List<HistoryInterpreter.SinceStart> runs,
      Scope scope) {
    DigestComparer c = new DigestComparer(cib, scope);
    for (HistoryInterpreter.SinceStart run : runs) {
      c.check(run);
    }
    return new Outcome(List.copyOf(c.mismatches), c.compared, c.matched);
  }

  private void check(HistoryInterpreter.SinceStart run) {
    ResourceFact r = resources.get(run.rsc());
    if (r == null || !r.isPrimitive() || r.orphan()) {
      return;
    }
    boolean maintenanceNode = scope.maintenanceNode().test(run.node());
    if (!maintenanceNode && !scope.checkNode().test(run.node())) {
      return;
    }
    boolean maintenance = maintenanceNode || scope.maintenanceRscs().contains(r.id());
    for (HistoryOp op : run.ops()) {
      if (op.intervalMs() > 0) {
        if (maintenance || !configured(r.id(), op)) {
          continue; // cancelled instead (see MonitorActions)
        }
      } else if (!op.task().equals("monitor") && !op.task().equals("start")
          && !op.task().equals("promote") && !op.task().equals("migrate_from")) {
        continue;
      }
      Result result = compare(r, run.node(), op);
      compared++;
      if (result == null) {
        matched++;
      } else {
        mismatches.add(new DigestMismatchFact(r.id(), run.node(), op.task(), op.intervalMs(),
            result, op.digests().restartDigest() != null, run.startPending(), op.id()));
      }
    }
  }

  /** Pacemaker's pcmk__find_action_config without disabled operations. */
  private boolean configured(String rsc, HistoryOp op) {
    for (OpFact o : ops.getOrDefault(rsc, List.of())) {
      if (o.enabled() && o.name().equals(op.task()) && o.intervalMs() == op.intervalMs()) {
        return true;
      }
    }
    return false;
  }

  /** Pacemaker's task_for_digest: one-off monitors, promotes and migrations ran with the start's. */
  static String digestTask(String task, long intervalMs) {
    if (intervalMs == 0 && (task.equals("monitor") || task.equals("migrate_from")
        || task.equals("promote"))) {
      return "start";
    }
    return task;
  }

  /** The difference, or null when the digests match (or only masked private ones differ). */
  private Result compare(ResourceFact r, String node, HistoryOp op) {
    String task = digestTask(op.task(), op.intervalMs());
    OperationResolver.DigestInput now = cib.operations().digestInput(r.id(), task,
        op.intervalMs(), node);
    if (now == null) {
      return null;
    }
    SortedMap<String, String> all = filtered(now.params(), op.intervalMs(), now.timeoutMs());
    HistoryOp.Digests recorded = op.digests();
    Result result = result(all, recorded, op.intervalMs(), op.intervalMs() == 0 && now.ownParams());
    if (result != null && scope.sanitized() && recorded.secureDigest() != null
        && recorded.secureDigest().equals(secureDigest(r, node, all, recorded))) {
      return null;
    }
    return result;
  }

  /**
   * rsc_action_digest_cmp on the filtered parameters: a differing restart digest first, then a
   * missing digest, then a differing digest (a restart for a one-off operation with parameters of
   * its own).
   */
  static Result result(SortedMap<String, String> all, HistoryOp.Digests recorded, long intervalMs,
      boolean extraParams) {
    String restart = null;
    if (recorded.restartDigest() != null) {
      Map<String, String> kept = all;
      if (recorded.forceRestart() != null) {
        kept = new TreeMap<>();
        for (String name : ParamDigests.parseWordList(recorded.forceRestart())) {
          String v = all.get(name);
          if (v != null) {
            kept.put(name, v);
          }
        }
      }
      restart = ParamDigests.digestParameters(kept);
    }
    if (!Objects.equals(restart, recorded.restartDigest())) {
      return Result.RESTART;
    }
    if (recorded.digest() == null) {
      return Result.UNKNOWN;
    }
    if (!recorded.digest().equals(ParamDigests.digestParameters(all))) {
      return intervalMs == 0 && extraParams ? Result.RESTART : Result.CHANGED;
    }
    return null;
  }

  /**
   * The {@code op-digest} a node records for this operation when the DC sends it now (null when
   * {@code rsc} is not a primitive): what a history entry must carry to count as unchanged.
   */
  public static String currentDigest(UnpackedCib cib, String rsc, String task, long intervalMs,
      String node) {
    OperationResolver.DigestInput in = cib.operations().digestInput(rsc, task, intervalMs, node);
    return in == null ? null
        : ParamDigests.digestParameters(filtered(in.params(), intervalMs, in.timeoutMs()));
  }

  /**
   * The table the DC hands the executor (parameters, interval and timeout), filtered as
   * Pacemaker filters it for digests.
   */
  static SortedMap<String, String> filtered(Map<String, String> params, long intervalMs,
      long timeoutMs) {
    Map<String, String> table = new HashMap<>(params.size() + 4);
    table.putAll(params);
    table.put(ParamDigests.META_INTERVAL, Long.toString(intervalMs));
    table.put(ParamDigests.META_TIMEOUT, Long.toString(timeoutMs));
    return ParamDigests.filterForDigest(table);
  }

  /**
   * calculate_secure_digest: all parameters but the private ones; controllers before 3.16.0 hashed
   * the resource's own parameters only (no timeout, no fencing parameters).
   */
  private String secureDigest(ResourceFact r, String node, SortedMap<String, String> all,
      HistoryOp.Digests recorded) {
    String version = recorded.featureSet() != null ? recorded.featureSet() : cib.featureSet();
    boolean old = version != null && ParamDigests.featureSetBefore(version, SECURE_ALL_PARAMS);
    SortedMap<String, String> secure = new TreeMap<>(old
        ? ParamDigests.filterForDigest(cib.operations().resourceParams(r.id(), node)) : all);
    if (recorded.secureParams() != null) {
      ParamDigests.parseWordList(recorded.secureParams()).forEach(secure::remove);
    }
    if (old) {
      if (r.fencingDevice()) {
        secure.keySet().removeIf(ParamDigests::isFencingParameter);
      }
      secure.remove(ParamDigests.META_TIMEOUT);
    }
    return ParamDigests.digestParameters(secure);
  }
}
