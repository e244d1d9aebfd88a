package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.curator.framework.CuratorFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.executor.Executor;
import org.zcrm.executor.ExecutorConfig;

/**
 * Regression (found by the fault campaign): a finished action left 'taken' before its znode was
 * deleted, so a node that read actions/NODE again in between (its own status write wakes the
 * change feed) ran it a second time; the campaign saw one Dummy start run twice. Here the znode
 * outlives the result for good (a child keeps the delete from succeeding), standing in for a
 * deletion the node has not seen yet; the node reads its actions again and again.
 */
class ActionRunsOnceIT {

  @TempDir
  Path dir;

  @Test
  void finishedActionWhoseZnodeRemainsIsNotRunAgain() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "once");
        CibStore store = CibStore.open(c.settings(), ConfigChecker.NONE)) {
      AtomicReference<LocalNode> sink = new AtomicReference<>();
      ExecutorConfig ec = ExecutorConfig.withAgentsDir("node1", ClusterFixture.agents())
          .withAgentEnvironment(Map.of("HA_RSCTMP", dir.resolve("node1-rsctmp").toString()));
      // every run of the agent's start, as the executor reports it (the Dummy's start is idempotent
      // and writes its audit line only when it was not running, so the audit cannot count runs)
      AtomicInteger starts = new AtomicInteger();
      try (Executor executor = new Executor(ec, ev -> {
        if (ev.result().request().action().equals("start")) {
          starts.incrementAndGet();
        }
        sink.get().onExecutorEvent(ev);
      });
          LocalNode node = new LocalNode("node1", store, executor, null)) {
        sink.set(node);
        node.start();
        ClusterFixture.await("joined", Duration.ofSeconds(20), node::joined);

        ActionPayload start = new ActionPayload(1, "1:1:0:zcrm-dc-1", "R", "ocf:zcrm:Dummy", "start", 0,
            Duration.ofSeconds(10), Map.of("audit_log", c.audit.toString()), Map.of());
        String path = store.paths().actions() + "/node1/" + ActionPayload.znodeName(1, 1);
        CuratorFramework zk = store.connection().client();
        zk.transaction().forOperations(zk.transactionOp().create().forPath(path, start.toBytes()),
            zk.transactionOp().create().forPath(path + "/held", "".getBytes(StandardCharsets.UTF_8)));

        ClusterFixture.await("the start ran and its result is in the status", Duration.ofSeconds(20),
            ClusterFixture.io(() -> starts.get() == 1 && new String(
                zk.getData().forPath(store.paths().statusLrm("node1", "R")), StandardCharsets.UTF_8)
                .contains("operation=\"start\" crm-debug-origin=\"zcrm_executor\"")));
        for (int i = 0; i < 10; i++) {
          node.takeActions();
          Thread.sleep(100);
        }
        assertEquals(1, starts.get(), "runs of the start action");
        assertEquals(1, c.count("R", "start"), "audit: " + c.audit());
      }
    }
  }
}
