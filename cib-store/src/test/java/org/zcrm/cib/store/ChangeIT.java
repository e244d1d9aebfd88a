package org.zcrm.cib.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.curator.test.TestingServer;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.zcrm.cib.store.edit.ConstraintEdits;
import org.zcrm.cib.store.edit.ResourceEdits;

/** Atomic, validated, size-checked changes; concurrent editors; hand edits; the change feed. */
class ChangeIT {
  private static TestingServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestingServer(true);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String cluster(TestInfo info) {
    return info.getTestMethod().orElseThrow().getName();
  }

  private static CibStore open(String cluster) {
    return StoreTesting.store(server.getConnectString(), cluster, new ReferenceChecker());
  }

  private static ResourceEdits.Spec dummy(String id) {
    return new ResourceEdits.Spec(id, "ocf:heartbeat:Dummy", List.of(), List.of(), List.of(), null);
  }

  @Test
  void concurrentEditorsOfDifferentObjectsBothLand(TestInfo info) throws Exception {
    try (CibStore a = open(cluster(info)); CibStore b = open(cluster(info))) {
      a.importCib(StoreTesting.resource("web-cluster.xml"), false);
      Generation before = a.generation();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        CibStore s = i % 2 == 0 ? a : b;
        String id = "r" + i;
        fs.add(pool.submit(() -> s.update("create " + id, c -> ResourceEdits.create(c, dummy(id)))));
      }
      for (Future<?> f : fs) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      CibSnapshot s = a.snapshot();
      for (int i = 0; i < 12; i++) {
        assertTrue(s.config().find(ObjectKind.RESOURCE, "r" + i).isPresent(), "r" + i + " landed");
      }
      assertEquals(new Generation(before.adminEpoch(), before.epoch() + 12), s.generation(), "one bump per change");
    }
  }

  @Test
  void twoEditsFromTheSameSnapshotConflictCleanly(TestInfo info) throws Exception {
    try (CibStore a = open(cluster(info)); CibStore b = open(cluster(info))) {
      a.importCib(StoreTesting.resource("web-cluster.xml"), false);
      CibSnapshot baseA = a.configSnapshot();
      CibSnapshot baseB = b.configSnapshot();
      a.commit(baseA, ResourceEdits.update(baseA.config(), new ResourceEdits.Spec("web-ip", null, List.of("ip=192.0.2.11"),
          List.of(), List.of(), null)));
      StoreException e = assertThrows(StoreException.class, () -> b.commit(baseB, ResourceEdits.update(baseB.config(),
          new ResourceEdits.Spec("web-ip", null, List.of("ip=192.0.2.12"), List.of(), List.of(), null))));
      assertEquals(StoreException.Kind.CONFLICT, e.kind());
      String stored = a.snapshot().config().find(ObjectKind.RESOURCE, "web").orElseThrow().xml();
      assertTrue(stored.contains("192.0.2.11") && !stored.contains("192.0.2.12"), stored);
    }
  }

  @Test
  void sameIdFromTwoEditorsGivesOneCleanError(TestInfo info) throws Exception {
    try (CibStore a = open(cluster(info)); CibStore b = open(cluster(info))) {
      a.importCib(StoreTesting.resource("minimal.xml"), false);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<?> fa = pool.submit(() -> a.update("create x", c -> ResourceEdits.create(c, dummy("x"))));
      Future<?> fb = pool.submit(() -> b.update("create x", c -> ResourceEdits.create(c, dummy("x"))));
      int failed = 0;
      for (Future<?> f : List.of(fa, fb)) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          StoreException se = (StoreException) e.getCause();
          assertEquals(StoreException.Kind.REFUSED, se.kind(), se.getMessage());
          assertTrue(se.getMessage().contains("'x' is already used"), se.getMessage());
          failed++;
        }
      }
      pool.shutdown();
      assertEquals(1, failed, "exactly one editor is told the id is taken");
    }
  }

  @Test
  void oversizeObjectIsRefusedByNameAndNothingIsWritten(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      CibSnapshot before = s.configSnapshot();
      String big = "x".repeat(1_100_000);
      long t0 = System.nanoTime();
      StoreException e = assertThrows(StoreException.class, () -> s.update("create big",
          c -> ResourceEdits.create(c, new ResourceEdits.Spec("big", "ocf:heartbeat:Dummy", List.of("blob=" + big),
              List.of(), List.of(), null))));
      assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "refused on the client, not by a timeout");
      assertEquals(StoreException.Kind.REFUSED, e.kind());
      assertTrue(e.getMessage().startsWith("resource big is "), e.getMessage());
      CibSnapshot after = s.configSnapshot();
      assertEquals(before.generation(), after.generation());
      assertTrue(after.config().sameContent(before.config()));
    }
  }

  @Test
  void largeObjectsAreStillReadInOneSnapshot(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("minimal.xml"), false);
      String big = "y".repeat(600_000);
      for (int i = 0; i < 3; i++) {
        String id = "large" + i;
        s.update("create " + id, c -> ResourceEdits.create(c, new ResourceEdits.Spec(id, "ocf:heartbeat:Dummy",
            List.of("blob=" + big), List.of(), List.of(), null)));
      }
      CibSnapshot snap = s.configSnapshot();
      assertEquals(3, snap.config().objects(ObjectKind.RESOURCE).size(), "three objects of 600 kB each, read together");
    }
  }

  @Test
  void invalidChangeIsRefusedAndNothingIsWritten(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      CibSnapshot before = s.configSnapshot();
      // a location constraint for a resource that does not exist, written around the edit helpers' own check
      ConfigState bad = before.config().with(ConfigObject.of(ObjectKind.CONSTRAINT, CibXml.parse(
          "<rsc_location id=\"loc-ghost\" rsc=\"ghost\" node=\"alpha\" score=\"10\"/>")));
      StoreException e = assertThrows(StoreException.class, () -> s.commit(before, bad));
      assertEquals(StoreException.Kind.REFUSED, e.kind());
      assertTrue(e.problems().get(0).contains("constraint loc-ghost refers to resource 'ghost'"), e.problems().toString());
      CibSnapshot after = s.configSnapshot();
      assertEquals(before.generation(), after.generation());
      assertTrue(after.config().sameContent(before.config()));
    }
  }

  @Test
  void handEditsAreSeenBySnapshotAndFeed(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      LinkedBlockingQueue<Set<ChangeFeed.Change>> events = new LinkedBlockingQueue<>();
      try (ChangeFeed feed = s.changeFeed().start(events::add)) {
        assertTrue(events.poll(10, TimeUnit.SECONDS).contains(ChangeFeed.Change.ALL), "initial ALL");
        var zk = s.connection().client();
        String path = s.paths().object(ObjectKind.RESOURCE, "hand");
        zk.create().forPath(path, "<primitive id=\"hand\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>"
            .getBytes(StandardCharsets.UTF_8));
        awaitConfigChange(events);
        assertTrue(s.snapshot().config().find(ObjectKind.RESOURCE, "hand").isPresent(), "created by hand");

        zk.setData().forPath(path, "<primitive id=\"hand\" class=\"lsb\" type=\"cron\"/>".getBytes(StandardCharsets.UTF_8));
        awaitConfigChange(events);
        assertTrue(s.snapshot().config().find(ObjectKind.RESOURCE, "hand").orElseThrow().xml().contains("lsb"));

        zk.delete().forPath(path);
        awaitConfigChange(events);
        assertTrue(s.snapshot().config().find(ObjectKind.RESOURCE, "hand").isEmpty(), "deleted by hand");

        s.statusWriter("alpha").putNodeState("<node_state id=\"alpha\" uname=\"alpha\" crmd=\"online\"/>");
        Set<ChangeFeed.Change> got = events.poll(10, TimeUnit.SECONDS);
        assertTrue(got != null && got.contains(new ChangeFeed.Change(ChangeFeed.Area.STATUS, "alpha")), String.valueOf(got));
      }
    }
  }

  private static void awaitConfigChange(LinkedBlockingQueue<Set<ChangeFeed.Change>> events) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Set<ChangeFeed.Change> e = events.poll(1, TimeUnit.SECONDS);
      if (e != null && e.contains(new ChangeFeed.Change(ChangeFeed.Area.CONFIG, ""))) {
        return;
      }
    }
    throw new AssertionError("no config change reported");
  }

  @Test
  void malformedHandEditIsReportedLeftOutAndStaysLeftOut(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      var zk = s.connection().client();
      zk.create().forPath(s.paths().object(ObjectKind.RESOURCE, "broken"), "<primitive id=\"broken\"".getBytes(StandardCharsets.UTF_8));
      zk.create().forPath(s.paths().object(ObjectKind.RESOURCE, "other"), "<primitive id=\"notother\"/>".getBytes(StandardCharsets.UTF_8));
      zk.create().forPath(s.paths().object(ObjectKind.CONSTRAINT, "dangling"),
          "<rsc_order id=\"dangling\" first=\"ghost\" then=\"web\"/>".getBytes(StandardCharsets.UTF_8));
      CibSnapshot snap = s.snapshot();
      List<String> left = snap.problems().stream().filter(StoreProblem::leftOut).map(StoreProblem::object).sorted().toList();
      assertEquals(List.of("constraint dangling", "resource broken", "resource other"), left);
      assertTrue(snap.config().find(ObjectKind.CONSTRAINT, "dangling").isEmpty());
      assertTrue(snap.config().find(ObjectKind.RESOURCE, "web").isPresent(), "the rest is there");
      snap.toXml(CibSnapshot.Section.ALL); // export still works

      s.update("create r", c -> ResourceEdits.create(c, dummy("r")));
      CibSnapshot later = s.snapshot();
      assertTrue(later.config().find(ObjectKind.CONSTRAINT, "dangling").isEmpty(), "still left out after a zcrm change");
      assertEquals(left, later.problems().stream().filter(StoreProblem::leftOut).map(StoreProblem::object).sorted().toList());

      zk.setData().forPath(s.paths().object(ObjectKind.CONSTRAINT, "dangling"),
          "<rsc_order id=\"dangling\" first=\"r\" then=\"web\"/>".getBytes(StandardCharsets.UTF_8));
      assertTrue(s.snapshot().config().find(ObjectKind.CONSTRAINT, "dangling").isPresent(), "fixed by hand, back in");
    }
  }

  @Test
  void errorsLeftByAHandDeletionDoNotBlockOtherChanges(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      // deleting db-clone by hand leaves zcrm-written constraints that name it
      s.connection().client().delete().forPath(s.paths().object(ObjectKind.RESOURCE, "db-clone"));
      CibStore.ChangeResult r = s.update("create r", c -> ResourceEdits.create(c, dummy("r")));
      assertTrue(r.warnings().stream().anyMatch(w -> w.contains("db-clone") && w.contains("already wrong before this change")),
          r.warnings().toString());
      ConfigObject l2 = ConfigObject.of(ObjectKind.CONSTRAINT,
          CibXml.parse("<rsc_location id=\"l2\" rsc=\"nothing\" node=\"alpha\" score=\"1\"/>"));
      StoreException e = assertThrows(StoreException.class, () -> s.update("bad", c -> c.with(l2)));
      assertEquals(List.of("constraint l2 refers to resource 'nothing', which does not exist; create the resource first"
          + " or delete the constraint"), e.problems(), "only the error this change brings");
    }
  }

  @Test
  void deletingAResourceTakesItsConstraints(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      s.update("delete web-server", c -> ResourceEdits.delete(c, "web-server").config());
      ConfigState c = s.snapshot().config();
      assertTrue(c.find(ObjectKind.RESOURCE, "web").orElseThrow().xml().contains("web-ip"));
      assertFalse(c.find(ObjectKind.RESOURCE, "web").orElseThrow().xml().contains("web-server"));
      s.update("delete db", x -> ResourceEdits.delete(x, "db").config());
      c = s.snapshot().config();
      assertTrue(c.find(ObjectKind.RESOURCE, "db-clone").isEmpty());
      assertEquals(List.of("Location Constraints:",
          "  resource 'web' prefers node 'alpha' with score 100 (id: location-web-alpha-100)"), ConstraintEdits.list(c));
    }
  }

  @Test
  void statusIsPerNodeAndNumUpdatesIsTheSumOfNodeVersions(TestInfo info) throws Exception {
    try (CibStore s = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      StatusWriter alpha = s.statusWriter("alpha");
      StatusWriter beta = s.statusWriter("beta");
      alpha.putNodeState("<node_state id=\"alpha\" uname=\"alpha\" crmd=\"online\" in_ccm=\"true\"/>");
      alpha.putResource("web-ip", "<lrm_resource id=\"web-ip\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\">"
          + "<lrm_rsc_op id=\"web-ip_last_0\" operation=\"start\" rc-code=\"0\" call-id=\"3\"/></lrm_resource>");
      alpha.putAttributes("<transient_attributes id=\"alpha\"><instance_attributes id=\"status-alpha\">"
          + "<nvpair id=\"status-alpha-x\" name=\"x\" value=\"1\"/></instance_attributes></transient_attributes>");
      beta.putNodeState("<node_state id=\"beta\" uname=\"beta\" crmd=\"offline\"/>");
      CibSnapshot snap = s.snapshot();
      assertEquals(4, snap.numUpdates(), "one per status write");
      String xml = snap.toXml(CibSnapshot.Section.STATUS);
      assertTrue(xml.contains("<lrm_rsc_op id=\"web-ip_last_0\""), xml);
      assertTrue(xml.contains("<node_state id=\"beta\""), xml);
      assertTrue(xml.contains("num_updates=\"4\""), xml);
      alpha.deleteResource("web-ip");
      assertFalse(s.snapshot().toXml(CibSnapshot.Section.STATUS).contains("web-ip_last_0"));
    }
  }

  @Test
  void credentialsProtectTheConfiguration(TestInfo info) throws Exception {
    ZkSettings owner = ZkSettings.of(server.getConnectString(), cluster(info)).withCredentials("admin:secret");
    try (CibStore s = new CibStore(ZkConnection.open(owner), SizeLimits.standard(), new ReferenceChecker(), true);
        CibStore anon = open(cluster(info))) {
      s.importCib(StoreTesting.resource("web-cluster.xml"), false);
      CibSnapshot seen = anon.snapshot();
      assertTrue(seen.config().find(ObjectKind.RESOURCE, "web").isPresent(), "everyone may read");
      StoreException e = assertThrows(StoreException.class,
          () -> anon.update("create x", c -> ResourceEdits.create(c, dummy("x"))));
      assertEquals(StoreException.Kind.REFUSED, e.kind());
      assertTrue(e.getMessage().contains("protected by ZooKeeper ACLs"), e.getMessage());
      assertThrows(KeeperException.NoAuthException.class, () -> anon.connection().client().setData()
          .forPath(anon.paths().object(ObjectKind.RESOURCE, "web"), "<primitive id=\"web\"/>".getBytes(StandardCharsets.UTF_8)));
      assertThrows(KeeperException.NoAuthException.class, () -> anon.connection().client().create()
          .forPath(anon.paths().object(ObjectKind.RESOURCE, "y"), "<primitive id=\"y\"/>".getBytes(StandardCharsets.UTF_8)));
      s.update("create x", c -> ResourceEdits.create(c, dummy("x")));
      assertTrue(anon.snapshot().config().find(ObjectKind.RESOURCE, "x").isPresent(), "holders may write");
    }
  }

  @Test
  void stagedChangeIsAllOrNothingForReaders(TestInfo info) throws Exception {
    String cluster = cluster(info);
    SizeLimits small = new SizeLimits(8_000, 16_000);
    try (CibStore writer = new CibStore(ZkConnection.open(ZkSettings.of(server.getConnectString(), cluster)), small,
            ConfigChecker.NONE, true);
        CibStore reader = open(cluster)) {
      writer.importCib(StoreTesting.resource("web-cluster.xml"), false);
      ConfigState old = reader.configSnapshot().config();
      var big = BigCib.withResources(300);
      ConcurrentHashMap<String, String> seen = new ConcurrentHashMap<>();
      writer.onPhase(phase -> {
        ConfigState c = reader.configSnapshot().config();
        seen.put(phase, c.sameContent(old) ? "old" : BigCib.matches(c, big) ? "new" : "MIX");
      });
      CibStore.ChangeResult r = writer.importCib(big, true);
      assertTrue(r.requests() > 3, "needed several requests: " + r.requests());
      assertFalse(seen.containsValue("MIX"), seen.toString());
      assertEquals("old", seen.get("staged-part-0"));
      assertEquals("new", seen.get("committed"));
      assertEquals("new", seen.get("applied-batch"));
      assertTrue(BigCib.matches(reader.configSnapshot().config(), big));
      assertTrue(reader.connection().client().getChildren().forPath(reader.paths().staging()).isEmpty(), "staging cleaned");
    }
  }
}
