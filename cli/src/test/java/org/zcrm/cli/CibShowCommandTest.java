package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CibShowCommandTest {
  @TempDir Path tmp;

  @Test
  void summarizesTheSample() {
    CliRun r = CliRun.of("cib", "show", "--xml-file", VerifyCommandTest.SAMPLE.toString());
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    assertTrue(out.contains("Nodes (3): node1, node2, node3\n"), out);
    assertTrue(out.contains("Resources: 4 primitives in all; top level: 1 primitive, 1 group\n"), out);
    assertTrue(out.contains("  web  group of 3: web-ip, web-fs, web-server\n"), out);
    assertTrue(out.contains("  fence-ipmi  primitive stonith:fence_ipmilan\n"), out);
    assertTrue(out.contains("Constraints (3): 3 rsc_location\n"), out);
    assertTrue(out.contains("fencing-enabled=true"), out);
    assertEquals("", r.err());
  }

  @Test
  void countsEveryKindAndStatus() throws IOException {
    Path f = tmp.resolve("mixed.xml");
    Files.writeString(f, """
        <cib epoch="3" admin_epoch="0" num_updates="1">
          <configuration>
            <crm_config/>
            <nodes><node id="1" uname="a"/><node id="r1" uname="r1" type="remote"/></nodes>
            <resources>
              <master id="ms"><primitive id="db" class="ocf" provider="pacemaker" type="Stateful"/></master>
              <clone id="cl"><group id="g"><primitive id="p1" class="lsb" type="foo"/>
                <primitive id="p2" class="lsb" type="bar"/></group></clone>
            </resources>
            <constraints>
              <rsc_order id="o" first="ms" then="cl"/>
              <rsc_colocation id="c" rsc="cl" with-rsc="ms" score="INFINITY"/>
            </constraints>
          </configuration>
          <status>
            <node_state id="1" uname="a" in_ccm="true" crmd="online" join="member">
              <lrm id="1"><lrm_resources><lrm_resource id="db" class="ocf" provider="pacemaker" type="Stateful">
                <lrm_rsc_op id="db_last_0" operation="start" call-id="3" rc-code="0"/>
              </lrm_resource></lrm_resources></lrm>
            </node_state>
          </status>
        </cib>
        """);
    CliRun r = CliRun.of("cib", "show", "--xml-file", f.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Nodes (2): a, r1 (remote)\n"), r.out());
    assertTrue(r.out().contains("Resources: 3 primitives in all; top level: 1 promotable clone, 1 clone\n"),
        r.out());
    assertTrue(r.out().contains("Constraints (2): 1 rsc_colocation, 1 rsc_order\n"), r.out());
    assertTrue(r.out().contains("Status: 1 node state (1 online), 1 resource history, 1 recorded operation\n"),
        r.out());
  }

  @Test
  void unreadableFileIsExitTwoWithoutStackTrace() throws IOException {
    Path f = tmp.resolve("bad.xml");
    Files.writeString(f, "<cib><configuration></cib>");
    CliRun r = CliRun.of("cib", "show", "--xml-file", f.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith(f + ":1:"), r.err());
    assertEquals("", r.out());
    CliRun missing = CliRun.of("cib", "show", "--xml-file", tmp.resolve("none.xml").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("cannot read: no such file or folder"), missing.err());
  }

  @Test
  void missingFileOptionIsAUsageError() {
    CliRun r = CliRun.of("cib", "show");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("--xml-file"), r.err());
  }
}
