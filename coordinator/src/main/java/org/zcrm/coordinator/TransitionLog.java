package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooDefs;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.engine.Transition;

/** transitions/: the recent transitions with the engine input they came from (the last 20). */
final class TransitionLog {
  private static final Logger LOG = LogManager.getLogger();
  private static final int KEEP_TRANSITIONS = 20;
  private static final int MAX_TRANSITION_BYTES = 900_000;

  private TransitionLog() {}

  /** transitions/EPOCH-N: the summary, the actions and the engine's input, for history and replay. */
  static void record(CuratorFramework client, CibPaths paths, DcSession session, String name, int number,
      Transition t, CibSnapshot snap, EngineInput input, SortedMap<String, String> rules) throws DcSession.NotDcException {
    long epoch = session.epoch();
    String id = String.format("%010d-%06d", epoch, number);
    StringBuilder sb = new StringBuilder("<transition id=\"").append(id).append("\" dc=\"").append(StatusXml.esc(name))
        .append("\" epoch=\"").append(epoch).append("\" input-generation=\"").append(snap.generation())
        .append("\" input-num-updates=\"").append(snap.numUpdates()).append("\" at=\"").append(t.now()).append('"');
    if (!rules.isEmpty()) {
      sb.append(" rules=\"").append(StatusXml.esc(String.join(",", rules.keySet()))).append("\" rules-digest=\"")
          .append(TransitionRecord.rulesDigest(rules)).append('"');
    }
    sb.append('>');
    for (String line : t.summary()) {
      sb.append("<summary>").append(StatusXml.esc(line)).append("</summary>");
    }
    for (Transition.GraphAction a : t.actions()) {
      sb.append("<action id=\"").append(a.id()).append("\" key=\"").append(StatusXml.esc(a.key())).append('"')
          .append(a.node() == null ? "" : " node=\"" + StatusXml.esc(a.node()) + "\"")
          .append(" runnable=\"").append(a.runnable()).append("\" pseudo=\"").append(a.pseudo()).append("\"/>");
    }
    for (Transition.GraphEdge e : t.edges()) {
      sb.append("<edge first=\"").append(e.first()).append("\" then=\"").append(e.then()).append("\"/>");
    }
    String cib = input.xml();
    if (sb.length() + cib.length() < MAX_TRANSITION_BYTES) {
      sb.append("<input>").append(cib.replaceFirst("^<\\?xml[^>]*>", "")).append("</input>");
    }
    sb.append("</transition>");
    List<Op> ops = new ArrayList<>();
    ops.add(Op.create(paths.transitions() + "/" + id, sb.toString().getBytes(StandardCharsets.UTF_8),
        ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT));
    try {
      List<String> old = new ArrayList<>(client.getChildren().forPath(paths.transitions()));
      old.sort(null);
      for (int i = 0; i < old.size() - (KEEP_TRANSITIONS - 1); i++) {
        ops.add(Op.delete(paths.transitions() + "/" + old.get(i), -1));
      }
    } catch (Exception e) {
      LOG.debug("Cannot list transitions error={}", e.toString());
    }
    session.write(ops);
  }
}
