package org.zcrm.rules;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.cib.model.status.LrmResources;
import org.zcrm.cib.model.status.LrmRscOp;
import org.zcrm.cib.model.status.NodeState;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.unpack.CibUnpacker;
import org.zcrm.engine.unpack.DigestComparer;
import org.zcrm.engine.unpack.UnpackedCib;

/**
 * Fills in the {@code op-digest} of history entries written without one, with the digest a node
 * records when the DC sends that operation for the CIB's current configuration: tests about other
 * things describe histories by task and result only, and an entry without a digest is a
 * definition change of unknown extent (Pacemaker restarts such a resource).
 */
final class HistoryDigests {
  private HistoryDigests() {}

  static Cib stamp(Cib cib, Instant now) {
    if (cib.status() == null) {
      return cib;
    }
    UnpackedCib unpacked = CibUnpacker.unpack(cib, now);
    Set<String> ids = new HashSet<>();
    for (ResourceFact r : unpacked.resources()) {
      ids.add(r.id());
    }
    for (NodeState ns : cib.status().nodeStates()) {
      LrmResources lrs = ns.lrm() == null ? null : ns.lrm().resources();
      if (lrs == null || !lrs.hasChildren()) {
        continue;
      }
      String node = ns.getUname() != null ? ns.getUname() : ns.getId();
      for (Object child : lrs.children()) {
        if (!(child instanceof LrmResource lr) || !lr.hasChildren()) {
          continue;
        }
        String rsc = ids.contains(lr.getId()) ? lr.getId() : lr.getId() + ":0";
        for (Object o : lr.children()) {
          if (o instanceof LrmRscOp op && op.getOpDigest() == null && op.getOperation() != null) {
            long interval = op.getInterval() == null ? 0 : Long.parseLong(op.getInterval().trim());
            op.setOpDigest(DigestComparer.currentDigest(unpacked, rsc, op.getOperation(), interval,
                node));
          }
        }
      }
    }
    return cib;
  }
}
