package org.zcrm.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.status.NodeState;
import org.zcrm.cib.model.status.TransientAttributes;
import org.zcrm.fence.device.PcmkDuration;

/** When the next failure-timeout expires: the earliest last-failure + failure-timeout still ahead. */
final class FailureTimeouts {
  private static final String LAST_FAILURE = "last-failure-";

  private FailureTimeouts() {}

  static Optional<Instant> nextExpiry(EngineInput in, Instant now) {
    Map<String, CibDoc.ResourceDef> defs = in.cib().primitives();
    Instant best = null;
    for (NodeState ns : in.engineSnapshot().cib().status().nodeStates()) {
      Map<String, String> attrs = new TreeMap<>();
      TransientAttributes ta = ns.transientAttributes();
      if (ta != null) {
        for (InstanceAttributes set : ta.instanceAttributes()) {
          set.nvpairs().forEach(nv -> attrs.putIfAbsent(nv.getName(), nv.getValue()));
        }
      }
      for (Map.Entry<String, String> e : attrs.entrySet()) {
        if (!e.getKey().startsWith(LAST_FAILURE)) {
          continue;
        }
        String rest = e.getKey().substring(LAST_FAILURE.length());
        int hash = rest.indexOf('#');
        String rsc = hash > 0 ? rest.substring(0, hash) : rest;
        CibDoc.ResourceDef d = defs.get(rsc);
        if (d == null || !d.meta().containsKey("failure-timeout")) {
          continue;
        }
        Optional<Duration> ft = PcmkDuration.parse(d.meta().get("failure-timeout")).filter(x -> !x.isZero());
        if (ft.isEmpty()) {
          continue;
        }
        try {
          Instant at = Instant.ofEpochSecond(Long.parseLong(e.getValue())).plus(ft.get());
          if (at.isAfter(now) && (best == null || at.isBefore(best))) {
            best = at;
          }
        } catch (NumberFormatException x) {
          // not a time
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
