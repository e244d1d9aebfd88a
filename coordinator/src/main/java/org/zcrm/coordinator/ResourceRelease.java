package org.zcrm.coordinator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.Executor;
import org.zcrm.executor.agent.AgentId;

/**
 * A self-fencing node letting go of its resources as no-quorum-policy says: stop them all, or
 * demote the promoted ones. A stop runs with the parameters the resource was started with, else with
 * its definition from the configuration (a clone instance {@code C:N} with that of its primitive
 * {@code C}).
 */
final class ResourceRelease {
  private static final Logger LOG = LogManager.getLogger();

  private final String node;
  private final Executor executor;
  private final Map<String, CibDoc.ResourceDef> defs;

  ResourceRelease(String node, Executor executor, Map<String, CibDoc.ResourceDef> defs) {
    this.node = node;
    this.executor = executor;
    this.defs = defs;
  }

  private CibDoc.ResourceDef def(String rsc) {
    CibDoc.ResourceDef d = defs.get(rsc);
    return d != null ? d : HistoryRequest.instanceOf(rsc).map(defs::get).orElse(null);
  }

  /** What this node knows of a resource it may run: its agent, and the parameters it was started with (or null). */
  record Held(AgentId agent, Map<String, String> startParams) {}

  /** Stops every resource this node may run (fence devices aside) and waits. */
  void stopAll(String why, Map<String, Held> held) {
    LOG.error("Lost quorum; stopping every resource on this node (self-fencing) node={} why={} resources={}", node, why,
        held.size());
    List<CompletableFuture<ActionResult>> stops = new ArrayList<>();
    held.forEach((rsc, h) -> {
      CibDoc.ResourceDef def = def(rsc);
      AgentId agent = def != null ? AgentId.parse(def.agent()) : h.agent();
      if ("stonith".equals(agent.standard())) {
        return;
      }
      Map<String, String> params = h.startParams() != null ? h.startParams() : def != null ? def.params() : Map.of();
      Duration timeout = def != null ? def.timeout("stop") : CibDoc.DEFAULT_OP_TIMEOUT;
      stops.add(executor.submit(new ActionRequest(rsc, agent, "stop", 0, timeout, params, Map.of(), null, null)));
    });
    for (CompletableFuture<ActionResult> f : stops) {
      ActionResult r = f.join();
      if (r.failed()) {
        LOG.error("Self-fencing could not stop a resource node={} {}", node, r);
      }
    }
    LOG.warn("Self-fencing done; all resources stopped node={}", node);
  }

  /** no-quorum-policy=demote: the promoted instances here are demoted; the rest keeps running. */
  void demote(String why, List<String> promoted) {
    LOG.error("Lost quorum; demoting promoted resources as no-quorum-policy=demote says node={} why={} resources={}",
        node, why, promoted);
    for (String rsc : promoted) {
      CibDoc.ResourceDef def = def(rsc);
      if (def == null) {
        continue;
      }
      ActionResult r = executor.submit(new ActionRequest(rsc, AgentId.parse(def.agent()), "demote", 0,
          def.timeout("demote"), def.params(), Map.of(), null, null)).join();
      if (r.failed()) {
        LOG.error("Could not demote a resource after losing quorum node={} {}", node, r);
      }
    }
  }
}
