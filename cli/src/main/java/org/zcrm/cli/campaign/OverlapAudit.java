package org.zcrm.cli.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zcrm.cli.campaign.AuditTrail.Event;

/**
 * Proves from the audit trail alone that no primitive was ever active on two nodes at once.
 *
 * <p>A primitive is active on a node from its agent's {@code start} line to its {@code stop} line.
 * The interval also ends when the campaign removed its state file ({@code lost}: the service died),
 * and every interval of a node ends when that node's process died ({@code down}): a dead node
 * stands for a machine that crashed or was fenced (fence_zcrm_process kills the process; the
 * campaign kills what is left of its agents and wipes its agent state before starting it again,
 * as a reboot would). The death time is the earlier of two stamps, each taken after the death so
 * never earlier than it: fence_zcrm_process's, written once it saw the process gone and before it
 * reported success (so before the cluster could act on the fencing), and the campaign's, taken when
 * it (the node's parent process) saw the death; an interval is never cut short. The campaign's stamp
 * alone can be late by the time its process reaper takes on a loaded machine, which once made a
 * start that rightly followed a fencing look like an overlap.
 * A {@code start} written by a node after its death (an agent that outlived it) still counts as
 * active until the node is started again ({@code up}). Because fencing ends a node's intervals,
 * "nothing of a fenced node was started elsewhere before its fencing completed" is the same check.
 *
 * <p>Clone instances ({@code base:N}) may run on several nodes, but never twice on one node.
 */
public final class OverlapAudit {

  /** What the trail shows: violations, what is active now, and oddities worth reporting. */
  public record Result(List<String> violations, SortedMap<String, SortedSet<String>> active, int lateStarts,
      int unmatchedStops) {}

  private OverlapAudit() {}

  public static String base(String resource) {
    int colon = resource.indexOf(':');
    return colon < 0 ? resource : resource.substring(0, colon);
  }

  public static Result check(List<Event> events, Set<String> clones) {
    Map<String, SortedMap<String, Double>> active = new TreeMap<>();
    Set<String> down = new TreeSet<>();
    List<String> violations = new ArrayList<>();
    int late = 0;
    int unmatched = 0;
    for (Event e : events) {
      switch (e.kind()) {
        case START -> {
          String key = base(e.resource());
          if (down.contains(e.node())) {
            late++;
          }
          SortedMap<String, Double> on = active.computeIfAbsent(key, k -> new TreeMap<>());
          if (on.containsKey(e.node())) {
            violations.add(String.format(Locale.ROOT,
                "%s started again on %s at mono=%.2f while active there since mono=%.2f (line %d)",
                e.resource(), e.node(), e.mono(), on.get(e.node()), e.line()));
          } else if (!clones.contains(key) && !on.isEmpty()) {
            Map.Entry<String, Double> other = on.entrySet().iterator().next();
            violations.add(String.format(Locale.ROOT,
                "%s started on %s at mono=%.2f while active on %s since mono=%.2f (line %d)",
                e.resource(), e.node(), e.mono(), other.getKey(), other.getValue(), e.line()));
          }
          on.put(e.node(), e.mono());
        }
        case STOP, LOST -> {
          SortedMap<String, Double> on = active.get(base(e.resource()));
          if (on == null || on.remove(e.node()) == null) {
            unmatched += e.kind() == AuditTrail.Kind.STOP ? 1 : 0;
          }
        }
        case DOWN, UP -> {
          for (SortedMap<String, Double> on : active.values()) {
            on.remove(e.node());
          }
          if (e.kind() == AuditTrail.Kind.DOWN) {
            down.add(e.node());
          } else {
            down.remove(e.node());
          }
        }
        default -> throw new IllegalStateException("unknown kind " + e.kind());
      }
    }
    SortedMap<String, SortedSet<String>> now = new TreeMap<>();
    active.forEach((r, on) -> {
      if (!on.isEmpty()) {
        now.put(r, new TreeSet<>(on.keySet()));
      }
    });
    return new Result(List.copyOf(violations), now, late, unmatched);
  }
}
