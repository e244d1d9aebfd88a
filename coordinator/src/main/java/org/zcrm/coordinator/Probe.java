package org.zcrm.coordinator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One probe a node runs: the resource id the agent sees (a primitive, or a clone instance
 * {@code C:N}) and the primitive that defines it.
 */
record Probe(String rsc, CibDoc.ResourceDef def) {

  /**
   * What a joining node probes: every configured primitive under its own id, and every clone
   * instance its history mentions under the instance id (an instance's agent keeps its state under
   * that id, so a probe of the bare primitive would neither find it running nor replace its history).
   */
  static List<Probe> plan(Map<String, CibDoc.ResourceDef> defs, Collection<String> historyIds) {
    List<Probe> out = new ArrayList<>();
    defs.values().forEach(d -> out.add(new Probe(d.id(), d)));
    for (String h : new TreeSet<>(historyIds)) {
      HistoryRequest.instanceOf(h).map(defs::get).filter(d -> !d.isFenceDevice() && !defs.containsKey(h))
          .ifPresent(d -> out.add(new Probe(h, d)));
    }
    return out;
  }
}
