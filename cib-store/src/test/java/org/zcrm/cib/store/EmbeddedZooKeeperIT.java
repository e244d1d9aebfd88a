package org.zcrm.cib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.test.InstanceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZooKeeper's embedded server as `zcrm zk start` runs it: standalone with its data kept, and a 3-member ensemble. */
class EmbeddedZooKeeperIT {

  @Test
  void standaloneKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
    int port = InstanceSpec.getRandomPort();
    try (EmbeddedZooKeeper zk = EmbeddedZooKeeper.standalone(dir, port)) {
      try (CibStore s = StoreTesting.store(zk.connectString(), "embedded", ConfigChecker.NONE)) {
        s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      }
      StoreException busy = assertThrows(StoreException.class, () -> EmbeddedZooKeeper.standalone(dir.resolve("other"), port));
      assertTrue(busy.getMessage().contains("Cannot use client port"), busy.getMessage());
    }
    try (EmbeddedZooKeeper zk = EmbeddedZooKeeper.standalone(dir, port);
        CibStore s = StoreTesting.store(zk.connectString(), "embedded", ConfigChecker.NONE)) {
      assertEquals(new Generation(1, 42), s.generation(), "the data survived the restart");
    }
  }

  @Test
  void threeMembersFormAQuorum(@TempDir Path dir) throws Exception {
    List<EmbeddedZooKeeper.Member> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(new EmbeddedZooKeeper.Member("127.0.0.1", freePort(), freePort(), freePort()));
    }
    List<EmbeddedZooKeeper> servers = new ArrayList<>();
    try {
      for (int id = 1; id <= 3; id++) {
        servers.add(EmbeddedZooKeeper.member(dir.resolve("zk" + id), id, members, false));
      }
      String connect = servers.get(0).connectString();
      try (CibStore s = StoreTesting.store(connect, "quorum", ConfigChecker.NONE)) {
        s.importCib(StoreTesting.resource("web-cluster.xml"), false);
        servers.remove(2).close(); // two of three still serve
        s.update("create r", c -> org.zcrm.cib.store.edit.ResourceEdits.create(c, new org.zcrm.cib.store.edit.ResourceEdits.Spec(
            "r", "ocf:heartbeat:Dummy", List.of(), List.of(), List.of(), null)));
        assertEquals(new Generation(1, 43), s.generation());
      }
    } finally {
      servers.forEach(EmbeddedZooKeeper::close);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
