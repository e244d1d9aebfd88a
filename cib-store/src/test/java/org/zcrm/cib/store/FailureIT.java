package org.zcrm.cib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.zcrm.cib.store.edit.ResourceEdits;

/**
 * A ZooKeeper server lost in the middle of an import: afterwards the stored configuration is the
 * old one or the new one, never a mix, and the next change works.
 */
class FailureIT {
  private static final SizeLimits SMALL = new SizeLimits(8_000, 16_000);

  static Stream<Arguments> phases() {
    return Stream.of(
        Arguments.of("staged-part-1", true), Arguments.of("staged-part-1", false),
        Arguments.of("committed", true), Arguments.of("committed", false),
        Arguments.of("applied-batch", true), Arguments.of("applied-batch", false),
        Arguments.of("finished", false));
  }

  @ParameterizedTest(name = "server stopped at {0}, back during the import: {1}")
  @MethodSource("phases")
  void standaloneServerStoppedDuringImport(String phase, boolean backSoon) throws Exception {
    try (TestingServer server = new TestingServer(true)) {
      ZkSettings settings = ZkSettings.of(server.getConnectString(), "kill")
          .withConnectTimeout(Duration.ofSeconds(1)).withSessionTimeout(Duration.ofSeconds(4));
      Element old = StoreTesting.resource("web-cluster.xml");
      Element big = BigCib.withResources(300);
      try (CibStore writer = new CibStore(ZkConnection.open(settings), SMALL, ConfigChecker.NONE, true)) {
        writer.importCib(old, false);
        AtomicBoolean fired = new AtomicBoolean();
        writer.onPhase(p -> {
          if (p.equals(phase) && fired.compareAndSet(false, true)) {
            stop(server);
            if (backSoon) {
              Thread t = new Thread(() -> {
                sleep(1500);
                restart(server);
              });
              t.start();
            }
          }
        });
        try {
          writer.importCib(big, true);
        } catch (StoreException e) {
          assertEquals(StoreException.Kind.UNAVAILABLE, e.kind(), e.getMessage());
        }
        assertTrue(fired.get(), "the import reached " + phase);
      }
      if (!backSoon) {
        restart(server);
      }
      sleep(200);
      assertOldOrNewThenUsable(server.getConnectString(), old, big);
    }
  }

  @Test
  void ensembleMemberKilledDuringImport() throws Exception {
    try (TestingCluster cluster = new TestingCluster(3)) {
      cluster.start();
      Element old = StoreTesting.resource("web-cluster.xml");
      Element big = BigCib.withResources(300);
      ZkSettings settings = ZkSettings.of(cluster.getConnectString(), "ensemble");
      for (String phase : new String[] {"staged-part-1", "committed", "applied-batch"}) {
        try (CibStore writer = new CibStore(ZkConnection.open(settings), SMALL, ConfigChecker.NONE, true)) {
          writer.importCib(old, true);
          InstanceSpec[] killed = new InstanceSpec[1];
          writer.onPhase(p -> {
            if (p.equals(phase) && killed[0] == null) {
              try {
                killed[0] = cluster.findConnectionInstance(writer.connection().client().getZookeeperClient().getZooKeeper());
                cluster.killServer(killed[0]);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
          });
          writer.importCib(big, true); // two of three servers are a quorum: the import goes through
          assertNotNull(killed[0], "killed a server at " + phase);
          assertTrue(BigCib.matches(writer.configSnapshot().config(), big), "new configuration after " + phase);
          cluster.restartServer(killed[0]);
        }
        assertOldOrNewThenUsable(cluster.getConnectString(), old, big);
      }
    }
  }

  private static void assertOldOrNewThenUsable(String connect, Element old, Element big) throws Exception {
    try (CibStore reader = StoreTesting.store(connect, connect.contains(",") ? "ensemble" : "kill", ConfigChecker.NONE)) {
      ConfigState c = reader.configSnapshot().config();
      boolean isOld = BigCib.matches(c, old);
      boolean isNew = BigCib.matches(c, big);
      assertTrue(isOld || isNew, "stored configuration is neither the old nor the new one: " + c);
      reader.update("create after", x -> ResourceEdits.create(x,
          new ResourceEdits.Spec("after-" + System.nanoTime(), "ocf:heartbeat:Dummy", java.util.List.of(), java.util.List.of(),
              java.util.List.of(), null)));
      CibSnapshot s = reader.configSnapshot();
      assertTrue(s.config().header().pending().isEmpty(), "no change left pending");
      int before = ConfigState.fromCib(isNew ? big : old).objects(ObjectKind.RESOURCE).size();
      assertEquals(before + 1, s.config().objects(ObjectKind.RESOURCE).size());
    }
  }

  private static void stop(TestingServer server) {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void restart(TestingServer server) {
    try {
      server.restart();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
