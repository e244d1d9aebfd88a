package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooDefs;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibXml;
import org.zcrm.engine.Transition;
import org.zcrm.executor.agent.OcfExitCode;

/**
 * The DC's side of resource actions: writes each one, with the operation the engine resolved for
 * its node (agent, parameters, meta attributes, timeout, interval), to
 * actions/&lt;node&gt;/&lt;epoch&gt;-&lt;seq&gt; (a fenced write) and, once the node has removed it,
 * finds its result in the node's status by its transition key, whose target rc says what is
 * expected: 7 (not running) for a probe, 8 for a recurring monitor of the promoted role, else 0.
 * Any other result is unexpected and aborts the transition, so the engine runs again on the new
 * history: a probe finding a resource running (rc 0 or 8) is not a failure, only news. A recurring
 * monitor completes with its first result; a cancel leaves no result and is done once the node has
 * removed it.
 */
final class ActionDispatcher {
  private static final Logger LOG = LogManager.getLogger();

  /** Where a sent action lives and how to recognise its result. */
  private record Sent(String node, String resource, String znode, String key, int targetRc, String task) {}

  private final CuratorFramework client;
  private final CibPaths paths;
  private final Map<String, Sent> sent = new HashMap<>();
  private long seq;

  ActionDispatcher(CuratorFramework client, CibPaths paths) {
    this.client = client;
    this.paths = paths;
  }

  void clear() {
    sent.clear();
  }

  /** Sends a resource action; false when its node is not a member or its resource is unknown. */
  boolean send(DcSession session, long epoch, Set<String> members, TransitionRun r,
      Transition.GraphAction a) throws DcSession.NotDcException {
    if (a.node() == null || !members.contains(a.node())) {
      return false;
    }
    Transition.Operation op = a.op();
    if (op == null) {
      LOG.error("The engine gave no operation for a resource action; not sent action={} node={}", a.key(), a.node());
      return false;
    }
    if (remoteConnection(op)) {
      return false; // no node runs Pacemaker Remote connections; RemoteNodeNotice says so once
    }
    int target = targetRc(a);
    String key = a.id() + ":" + r.number() + ":" + target + ":zcrm-dc-" + epoch;
    ActionPayload p = new ActionPayload(epoch, key, historyId(a), op.agent(), a.task(), op.intervalMs(),
        Duration.ofMillis(op.timeoutMs()), op.params(), op.meta());
    String znode = ActionPayload.znodeName(epoch, ++seq);
    String folder = paths.actions() + "/" + a.node();
    List<Op> ops = new ArrayList<>();
    try {
      if (client.checkExists().forPath(folder) == null) {
        ops.add(Op.create(folder, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + folder, e);
    }
    ops.add(Op.create(folder + "/" + znode, p.toBytes(), ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT));
    session.write(ops);
    sent.put(a.id() + ":" + r.number(), new Sent(a.node(), p.resource(), znode, key, target, a.task()));
    LOG.info("Sent action transition={} action={} node={} znode={}", r.number(), a.key(), a.node(), znode);
    return true;
  }



  private static boolean probeFoundRunning(Sent s, Element op) {
    return s.targetRc() == OcfExitCode.NOT_RUNNING && "0".equals(op.getAttribute("op-status"))
        && ("0".equals(op.getAttribute("rc-code")) || "8".equals(op.getAttribute("rc-code")));
  }

  /**
   * The id a node runs and records an action's resource under. An anonymous clone's instances are
   * interchangeable, so, as Pacemaker's controller does, a node knows its instance by the
   * primitive's own id ({@code P}, not {@code P:2}); the instance number reaches the agent as
   * {@code CRM_meta_clone}. The engine maps such history back to an instance when it reads it.
   */
  static String historyId(Transition.GraphAction a) {
    Map<String, String> meta = a.op().meta();
    if (meta.containsKey("clone") && "false".equals(meta.get("globally_unique"))) {
      return HistoryRequest.instanceOf(a.resource()).orElse(a.resource());
    }
    return a.resource();
  }

  /**
   * Whether an operation is a Pacemaker Remote connection's ({@code ocf:pacemaker:remote}), which
   * Pacemaker's controller runs itself: zcrm's nodes have no such agent and connect to no remote
   * node, so such actions are never sent.
   */
  static boolean remoteConnection(Transition.Operation op) {
    return op != null && "ocf:pacemaker:remote".equalsIgnoreCase(op.agent());
  }

  /** What counts as success: 7 for a probe, 8 for a recurring monitor of the promoted role, else 0. */
  static int targetRc(Transition.GraphAction a) {
    if (!"monitor".equals(a.task())) {
      return OcfExitCode.OK;
    }
    if (a.op().intervalMs() == 0) {
      return OcfExitCode.NOT_RUNNING;
    }
    String role = a.op().meta().getOrDefault("role", "");
    return role.equals("Promoted") || role.equals("Master") ? OcfExitCode.RUNNING_PROMOTED : OcfExitCode.OK;
  }

  /** Empty while in flight; else whether it ended as expected (a node gone with it in flight: false). */
  Optional<Boolean> outcome(TransitionRun r, Transition.GraphAction a, Set<String> members) {
    Sent s = sent.get(a.id() + ":" + r.number());
    if (s == null) {
      return Optional.of(false);
    }
    try {
      if (client.checkExists().forPath(paths.actions() + "/" + s.node() + "/" + s.znode()) != null) {
        if (!members.contains(s.node())) {
          LOG.warn("Node left with an action in flight node={} action={}", s.node(), a.key());
          return Optional.of(false);
        }
        return Optional.empty();
      }
      if ("cancel".equals(s.task())) {
        return Optional.of(true);
      }
      byte[] data;
      try {
        data = client.getData().forPath(paths.statusLrm(s.node(), s.resource()));
      } catch (KeeperException.NoNodeException e) {
        LOG.warn("Action ended without a recorded result action={} node={}", a.key(), s.node());
        return Optional.of(false);
      }
      Element lrm = CibXml.parse(new String(data, StandardCharsets.UTF_8));
      for (Element op : CibDoc.children(lrm, "lrm_rsc_op")) {
        if (s.key().equals(op.getAttribute("transition-key"))) {
          boolean ok = "0".equals(op.getAttribute("op-status"))
              && Integer.toString(s.targetRc()).equals(op.getAttribute("rc-code"));
          if (!ok && probeFoundRunning(s, op)) {
            LOG.info("Probe found a resource active; the engine decides again action={} node={} rc={}", a.key(),
                s.node(), op.getAttribute("rc-code"));
          } else if (!ok) {
            LOG.warn("Action failed action={} node={} rc={} opStatus={} reason={}", a.key(), s.node(),
                op.getAttribute("rc-code"), op.getAttribute("op-status"), op.getAttribute("exit-reason"));
          }
          return Optional.of(ok);
        }
      }
      LOG.warn("Action ended without a recorded result action={} node={}", a.key(), s.node());
      return Optional.of(false);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the result of " + a.key(), e);
    }
  }
}
