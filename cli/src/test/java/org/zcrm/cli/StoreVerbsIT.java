package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The store verbs end to end, in-process, against a real ZooKeeper server. */
class StoreVerbsIT {
  private static TestingServer server;

  private static final String CIB = """
      <cib validate-with="pacemaker-3.9" admin_epoch="0" epoch="7" num_updates="0">
        <configuration>
          <crm_config>
            <cluster_property_set id="cib-bootstrap-options">
              <nvpair id="cib-bootstrap-options-stonith-enabled" name="stonith-enabled" value="false"/>
            </cluster_property_set>
          </crm_config>
          <nodes>
            <node id="n1" uname="n1"/>
            <node id="n2" uname="n2"/>
          </nodes>
          <resources>
            <primitive id="db" class="ocf" provider="heartbeat" type="Dummy"/>
          </resources>
          <constraints/>
        </configuration>
        <status/>
      </cib>
      """;

  @BeforeAll
  static void start() throws Exception {
    server = new TestingServer(true);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static CliRun run(String cluster, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--zk";
    all[args.length + 1] = server.getConnectString();
    all[args.length + 2] = "--cluster";
    all[args.length + 3] = cluster;
    return CliRun.of(all);
  }

  private static CliRun ok(String cluster, String... args) {
    CliRun r = run(cluster, args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
    return r;
  }

  private static String cluster(TestInfo info) {
    return info.getTestMethod().orElseThrow().getName();
  }

  @Test
  void importEditExport(TestInfo info, @TempDir Path dir) throws Exception {
    String c = cluster(info);
    Path f = dir.resolve("cib.xml");
    Files.writeString(f, CIB);
    ok(c, "cib", "import", f.toString());
    assertEquals("0.7.0", ok(c, "cib", "generation").out().strip());

    ok(c, "resource", "create", "web", "ocf:heartbeat:apache", "configfile=/etc/httpd.conf",
        "--op", "monitor interval=10s timeout=20s", "--meta", "target-role=Started", "--group", "front");
    ok(c, "resource", "create", "vip", "ocf:heartbeat:IPaddr2", "ip=192.0.2.9", "--group", "front");
    ok(c, "resource", "update", "web", "configfile=/etc/apache2.conf");
    ok(c, "constraint", "location", "front", "prefers", "n1=50");
    ok(c, "constraint", "location", "db", "avoids", "n2");
    ok(c, "constraint", "colocation", "add", "front", "with", "db");
    ok(c, "constraint", "order", "db", "then", "front", "kind=Optional");
    ok(c, "property", "set", "no-quorum-policy=freeze");
    ok(c, "node", "add", "n3");
    ok(c, "node", "attribute", "n3", "rack=r7");

    String web = ok(c, "cib", "query", "--xpath", "//primitive[@id='web']").out();
    assertTrue(web.contains("<nvpair id=\"web-instance_attributes-configfile\" name=\"configfile\" value=\"/etc/apache2.conf\"/>"), web);
    assertTrue(web.contains("<op id=\"web-monitor-interval-10s\" interval=\"10s\" name=\"monitor\" timeout=\"20s\"/>"), web);
    String list = ok(c, "constraint", "list").out();
    assertTrue(list.contains("(id: location-front-n1-50)"), list);
    assertTrue(list.contains("(id: location-db-n2--INFINITY)"), list);
    assertTrue(list.contains("(id: colocation-front-db-INFINITY)"), list);
    assertTrue(list.contains("(id: order-db-front-optional)"), list);
    assertTrue(ok(c, "property", "list").out().contains("no-quorum-policy: freeze"));
    assertEquals("0.17.0", ok(c, "cib", "generation").out().strip(), "one epoch per change");

    Path out = dir.resolve("out.xml");
    ok(c, "cib", "export", "-o", out.toString(), "--section", "configuration");
    CliRun verify = CliRun.of("verify", "--xml-file", out.toString());
    assertEquals(0, verify.exitCode(), verify.out() + verify.err());

    ok(c, "resource", "delete", "db");
    String after = ok(c, "constraint", "list").out();
    assertFalse(after.contains("db"), "constraints of db went with it: " + after);
    ok(c, "constraint", "delete", "location-front-n1-50");
    ok(c, "node", "delete", "n3");
    String exported = ok(c, "cib", "export").out();
    assertFalse(exported.contains("location-front-n1-50") || exported.contains("uname=\"n3\""), exported);
    assertEquals(0, CliRun.of("verify", "--live", "--zk", server.getConnectString(), "--cluster", c).exitCode());
  }

  @Test
  void userErrorsExitOneAndChangeNothing(TestInfo info, @TempDir Path dir) throws Exception {
    String c = cluster(info);
    Path f = dir.resolve("cib.xml");
    Files.writeString(f, CIB);
    ok(c, "cib", "import", f.toString());
    String before = ok(c, "cib", "export").out();

    CliRun again = run(c, "cib", "import", f.toString());
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("use --replace"), again.err());

    CliRun dup = run(c, "resource", "create", "db", "ocf:heartbeat:Dummy");
    assertEquals(1, dup.exitCode());
    assertTrue(dup.err().contains("Id 'db' is already used"), dup.err());

    CliRun badOp = run(c, "resource", "create", "x", "ocf:heartbeat:Dummy", "--op", "monitor interval=often");
    assertEquals(1, badOp.exitCode());
    assertTrue(badOp.err().contains("x-monitor-interval-often") && badOp.err().contains("nothing was written"), badOp.err());

    CliRun ghost = run(c, "constraint", "colocation", "add", "db", "with", "ghost");
    assertEquals(1, ghost.exitCode());
    assertTrue(ghost.err().contains("Resource 'ghost' does not exist"), ghost.err());

    CliRun noConstraint = run(c, "constraint", "delete", "nope");
    assertEquals(1, noConstraint.exitCode());
    assertFalse(noConstraint.err().contains("Exception"), noConstraint.err());

    assertEquals(before, ok(c, "cib", "export").out(), "nothing changed");

    CliRun unreadable = run(c, "cib", "import", dir.resolve("missing.xml").toString());
    assertEquals(2, unreadable.exitCode());
    Files.writeString(dir.resolve("bad.xml"), "<cib><configuration>");
    CliRun malformed = run(c, "cib", "import", "--replace", dir.resolve("bad.xml").toString());
    assertEquals(2, malformed.exitCode());
    assertTrue(malformed.err().contains("not well-formed"), malformed.err());
  }

  @Test
  void handEditedObjectIsReportedByVerifyLive(TestInfo info, @TempDir Path dir) throws Exception {
    String c = cluster(info);
    Path f = dir.resolve("cib.xml");
    Files.writeString(f, CIB);
    ok(c, "cib", "import", f.toString());
    try (CuratorFramework zk = CuratorFrameworkFactory.newClient(server.getConnectString(), new RetryOneTime(100))) {
      zk.start();
      zk.create().forPath("/zcrm/" + c + "/config/resources/manual",
          "<primitive id=\"manual\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>".getBytes(StandardCharsets.UTF_8));
      zk.create().forPath("/zcrm/" + c + "/config/constraints/oops",
          "<rsc_order id=\"oops\" first=\"db\" then=\"nowhere\"/>".getBytes(StandardCharsets.UTF_8));
    }
    CliRun v = CliRun.of("verify", "--live", "--zk", server.getConnectString(), "--cluster", c);
    assertEquals(1, v.exitCode(), v.out() + v.err());
    assertTrue(v.err().contains("constraint oops (/zcrm/" + c + "/config/constraints/oops)"), v.err());
    assertTrue(ok(c, "cib", "query", "--xpath", "//primitive[@id='manual']").out().contains("manual"));
    CliRun export = ok(c, "cib", "export");
    assertFalse(export.out().contains("oops"), "left out of the export");
    assertTrue(export.err().contains("oops"), "and reported: " + export.err());
  }
}
