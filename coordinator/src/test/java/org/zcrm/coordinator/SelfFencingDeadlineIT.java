package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (seen in UserRulesIT on an overloaded machine): SUSPENDED armed the self-fencing
 * deadline, LOST fenced at once and dropped the deadline without cancelling it, the node rejoined on
 * RECONNECTED, and then the stale deadline fenced the rejoined node again; it stayed fenced with a
 * healthy session, taking no actions, and the DC waited for its action forever.
 */
class SelfFencingDeadlineIT {

  @TempDir
  Path dir;

  @Test
  void aDeadlineSettledByLossDoesNotFenceTheRejoinedNode() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (TestingServer zk = new TestingServer(true);
        CuratorFramework client = CuratorFrameworkFactory.newClient(zk.getConnectString(), new RetryOneTime(100))) {
      client.start();
      client.blockUntilConnected();
      List<String> fenced = new CopyOnWriteArrayList<>();
      AtomicInteger rejoined = new AtomicInteger();
      SelfFencing sf = new SelfFencing(client, timer, Duration.ofMillis(300), fenced::add, rejoined::incrementAndGet);
      sf.start();
      sf.onState(ConnectionState.SUSPENDED);
      sf.onState(ConnectionState.LOST);
      sf.onState(ConnectionState.RECONNECTED);
      Thread.sleep(1000); // well past the SUSPENDED deadline
      assertEquals(List.of("ZooKeeper session lost"), fenced, "fenced once, for the loss");
      assertEquals(1, rejoined.get(), "rejoined once");
      sf.close();
    } finally {
      timer.shutdownNow();
    }
  }
}
