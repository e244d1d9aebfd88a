package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.ZooDefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.ZkConnection;

/** DC terms on a real ZooKeeper: the epoch goes up, and a deposed DC's writes are refused. */
class DcSessionIT {

  @TempDir
  Path dir;

  private static Op create(String path) {
    return Op.create(path, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
  }

  @Test
  void writesOfAnOlderTermAreRefused() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "term");
        ZkConnection a = ZkConnection.open(c.settings());
        ZkConnection b = ZkConnection.open(c.settings())) {
      CibPaths paths = a.paths();
      CuratorFramework ca = a.client();
      ca.create().creatingParentsIfNeeded().forPath(paths.transitions());
      LeaderLatch la = new LeaderLatch(ca, paths.dc() + "/latch", "a");
      la.start();
      ClusterFixture.await("a leads", Duration.ofSeconds(10), la::hasLeadership);
      DcSession first = DcSession.begin(ca, paths, la.getOurPath(), "a");
      first.write(List.of(create(paths.transitions() + "/one")));
      assertNotNull(ca.checkExists().forPath(paths.transitions() + "/one"));

      // a second term starts (as after a failover): the first DC's next write must fail
      LeaderLatch lb = new LeaderLatch(b.client(), paths.dc() + "/latch", "b");
      lb.start();
      ClusterFixture.await("b in the latch", Duration.ofSeconds(10), () -> lb.getOurPath() != null);
      DcSession second = DcSession.begin(b.client(), paths, lb.getOurPath(), "b");
      assertEquals(first.epoch() + 1, second.epoch());
      assertThrows(DcSession.NotDcException.class, () -> first.write(List.of(create(paths.transitions() + "/two"))));
      assertNull(ca.checkExists().forPath(paths.transitions() + "/two"), "nothing of the refused write landed");

      // the latch node gone (the leader's session ended) also ends a term
      lb.close();
      assertThrows(DcSession.NotDcException.class, () -> second.write(List.of(create(paths.transitions() + "/three"))));
      assertEquals(Long.toString(second.epoch()), new String(ca.getData().forPath(DcSession.epochPath(paths)),
          StandardCharsets.UTF_8));
      la.close();
    }
  }

  @Test
  void nodeRefusesActionsOfAnOlderEpoch() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "refuse")) {
      c.startAll("node1");
      NodeDaemon n = c.nodes.get("node1");
      long epoch = n.dc().epoch();
      String folder = n.store().paths().actions() + "/node1";
      CuratorFramework zk = n.connection().client();
      ActionPayload good = new ActionPayload(epoch, "1:900:0:test", "T", "ocf:zcrm:Dummy", "start", 0,
          Duration.ofSeconds(10), java.util.Map.of("audit_log", c.audit.toString()), java.util.Map.of());
      zk.create().forPath(folder + "/" + ActionPayload.znodeName(epoch, 900), good.toBytes());
      ClusterFixture.await("the current epoch's action ran", Duration.ofSeconds(20),
          ClusterFixture.io(() -> c.count("T", "start") == 1));
      ActionPayload old = new ActionPayload(epoch - 1, "2:900:0:test", "U", "ocf:zcrm:Dummy", "start", 0,
          Duration.ofSeconds(10), java.util.Map.of("audit_log", c.audit.toString()), java.util.Map.of());
      String oldPath = folder + "/" + ActionPayload.znodeName(epoch - 1, 901);
      zk.create().forPath(oldPath, old.toBytes());
      ClusterFixture.await("the older epoch's action removed", Duration.ofSeconds(20),
          ClusterFixture.io(() -> zk.checkExists().forPath(oldPath) == null));
      Thread.sleep(500);
      assertEquals(0, c.count("U", "start"), "an action of an older epoch never runs");
    }
  }
}
