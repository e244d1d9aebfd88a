package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.fence.FenceResult;

/** Three `zcrm node start` JVMs on loopback, fence_zcrm_process as the fence device. */
class NodeProcessIT {

  @TempDir
  Path dir;

  @Test
  void killedNodeIsFencedThenItsResourcesStartElsewhereAndZcrmFenceWorks() throws Exception {
    try (NodeProcesses c = new NodeProcesses(dir, "proc", Duration.ofSeconds(2))) {
      String dc = c.startThree();
      List<String> others = c.nodes.keySet().stream().filter(n -> !n.equals(dc)).toList();
      String victim = others.get(0);
      String second = others.get(1);
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + NodeProcesses.nv("o1", "stonith-enabled", "true") + "</cluster_property_set></crm_config><resources>"
          + c.processFenceDevice() + "<group id=\"G\">" + c.dummy("R1") + c.dummy("R2") + "</group>"
          + c.dummy("X") + "</resources><constraints>"
          + "<rsc_location id=\"G-pref\" rsc=\"G\" node=\"" + victim + "\" score=\"100\"/>"
          + "<rsc_location id=\"X-pref\" rsc=\"X\" node=\"" + second + "\" score=\"100\"/>"
          + "</constraints></configuration>");
      NodeProcesses.await("G on " + victim + " and X on " + second, Duration.ofSeconds(60), NodeProcesses.io(() ->
          victim.equals(c.lastStartedOn("R2").orElse("")) && second.equals(c.lastStartedOn("X").orElse(""))));

      double killedAt = System.currentTimeMillis() / 1000.0;
      c.killHard(victim);
      NodeProcesses.await("G recovered elsewhere", Duration.ofSeconds(60), NodeProcesses.io(() ->
          c.startedElsewhere("R2", victim, killedAt) > 0));
      List<FenceResult> fenced = c.fencingHistory().stream().filter(f -> f.target().equals(victim)).toList();
      assertEquals(1, fenced.size(), "fenced once: " + fenced);
      assertTrue(fenced.get(0).succeeded(), "fencing succeeded: " + fenced);
      double fencedAt = fenced.get(0).completed().toEpochMilli() / 1000.0;
      for (String r : List.of("R1", "R2")) {
        double s = c.startedElsewhere(r, victim, killedAt);
        assertTrue(s > fencedAt, r + " started elsewhere after fencing completed");
      }
      System.out.printf("failover kill->all started elsewhere: %.2f s (session timeout %d ms)%n",
          c.startedElsewhere("R2", victim, killedAt) - killedAt, c.session.toMillis());

      // zcrm fence NODE: the DC kills the daemon through fence_zcrm_process; X recovers elsewhere
      Process p = c.nodes.get(second);
      StringWriter out = new StringWriter();
      double fenceAt = System.currentTimeMillis() / 1000.0;
      int rc = Zcrm.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
          .execute("fence", second, "--zk", c.zk.getConnectString(), "--cluster", c.cluster, "--timeout", "60s");
      assertEquals(0, rc, "zcrm fence: " + out);
      assertTrue(out.toString().contains("Fenced " + second), out.toString());
      assertTrue(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the fenced daemon is gone");
      assertFalse(p.isAlive());
      NodeProcesses.await("X recovered", Duration.ofSeconds(60), NodeProcesses.io(() ->
          c.startedElsewhere("X", second, fenceAt) > 0));
    }
  }
}
