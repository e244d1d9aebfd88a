package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.fence.FenceResult;

/**
 * `zcrm fence` naming the DC's own node, with three `zcrm node start` JVMs and fence_zcrm_process:
 * the DC hands the fencing over, a peer's fencer kills the DC's process, a new DC takes over and the
 * DC's resource starts elsewhere only after the fencing completed.
 */
class DcFencingProcessIT {

  @TempDir
  Path dir;

  @Test
  void zcrmFenceOfTheDcNodeIsCarriedOutByAPeer() throws Exception {
    try (NodeProcesses c = new NodeProcesses(dir, "dcproc", Duration.ofSeconds(2))) {
      String dc = c.startThree();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + NodeProcesses.nv("o1", "stonith-enabled", "true") + "</cluster_property_set></crm_config><resources>"
          + c.processFenceDevice() + c.dummy("X") + "</resources><constraints>"
          + "<rsc_location id=\"X-pref\" rsc=\"X\" node=\"" + dc + "\" score=\"100\"/></constraints></configuration>");
      NodeProcesses.await("X on the DC " + dc, Duration.ofSeconds(60),
          NodeProcesses.io(() -> dc.equals(c.lastStartedOn("X").orElse(""))));

      Process p = c.nodes.get(dc);
      StringWriter out = new StringWriter();
      double fenceAt = System.currentTimeMillis() / 1000.0;
      int rc = Zcrm.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
          .execute("fence", dc, "--zk", c.zk.getConnectString(), "--cluster", c.cluster, "--timeout", "60s");
      assertEquals(0, rc, "zcrm fence: " + out);
      assertTrue(out.toString().contains("Fenced " + dc), out.toString());
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the fenced DC's daemon is gone");

      NodeProcesses.await("X recovered", Duration.ofSeconds(60), NodeProcesses.io(() ->
          c.startedElsewhere("X", dc, fenceAt) > 0));
      String newDc = c.dcInfo().orElseThrow()[0];
      assertNotEquals(dc, newDc, "a new DC");
      List<FenceResult> fenced = c.fencingHistory().stream().filter(f -> f.target().equals(dc)).toList();
      assertEquals(1, fenced.size(), "fenced once: " + fenced);
      assertTrue(fenced.get(0).succeeded(), "fencing succeeded: " + fenced);
      assertNotEquals(dc, fenced.get(0).delegate(), "a peer's fencer did it: " + fenced);
      double fencedAt = fenced.get(0).completed().toEpochMilli() / 1000.0;
      assertTrue(c.startedElsewhere("X", dc, fenceAt) > fencedAt, "X started elsewhere after the fencing completed");
    }
  }
}
