package org.zcrm.coordinator;

import java.util.List;
import org.zcrm.engine.Transition;

/**
 * The recurring monitors a node starts itself after a start (until the engine's graph carries
 * them): the resource's configured monitors.
 */
final class ActionPayloads {
  private ActionPayloads() {}

  static List<CibDoc.OpDef> monitors(EngineInput in, Transition.GraphAction a) {
    if (!a.task().equals("start")) {
      return List.of();
    }
    String rsc = a.resource();
    int colon = rsc.indexOf(':');
    CibDoc.ResourceDef def = in.cib().primitives().get(colon > 0 ? rsc.substring(0, colon) : rsc);
    return def == null ? List.of() : def.monitors();
  }
}
