package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zcrm.coordinator.UserRuleTexts.BAN_FROM_NODE1;
import static org.zcrm.coordinator.UserRuleTexts.HEADER;
import static org.zcrm.coordinator.UserRuleTexts.rulesError;
import static org.zcrm.coordinator.UserRuleTexts.setRule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user rule that never ends does not hold the DC: the engine run is bounded, the rules are dropped
 * as if they had thrown, the error is in dc/rules-error, and the shipped rules carry on. Both kinds of
 * endless rule: one that keeps re-activating itself (stopped by halt) and one whose right-hand side
 * loops (which only stopping its thread ends).
 */
class LoopingRulesIT {
  private static final String REFIRES = HEADER + """
      rule "user: fires forever"
        agenda-group "placement"
        when
          $r : ResourceFact( id == "R" )
        then
          update( $r );
      end
      """;
  private static final String SPINS = HEADER + """
      rule "user: spins forever"
        agenda-group "placement"
        when
          $r : ResourceFact( id == "R" )
        then
          long n = 0;
          while ( System.nanoTime() > 0 ) { n++; }
      end
      """;

  @TempDir
  Path dir;

  private String oldTimeout;

  @BeforeEach
  void shortTimeout() {
    oldTimeout = System.getProperty("zcrm.rules.timeout");
    System.setProperty("zcrm.rules.timeout", "2000");
  }

  @AfterEach
  void restoreTimeout() {
    if (oldTimeout == null) {
      System.clearProperty("zcrm.rules.timeout");
    } else {
      System.setProperty("zcrm.rules.timeout", oldTimeout);
    }
  }

  @Test
  void anEndlessRuleIsStoppedAndTheShippedRulesCarryOn() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "loops")) {
      c.startAll("node1", "node2");
      String a = c.audit.toString();
      c.configure("<configuration><crm_config><cluster_property_set id=\"opts\">"
          + "<nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/></cluster_property_set></crm_config>"
          + "<resources>" + ClusterFixture.dummy("R", a, "") + "</resources>"
          + "<constraints><rsc_location id=\"R-on-1\" rsc=\"R\" node=\"node1\" score=\"100\"/></constraints>"
          + "</configuration>");
      ClusterFixture.await("R on node1", Duration.ofSeconds(30), () -> c.stateOn("R").equals(List.of("node1")));
      Dc dc = c.dc().orElseThrow().dc();
      long epoch = dc.epoch();

      for (String endless : List.of(REFIRES, SPINS)) {
        setRule(c, "ban", BAN_FROM_NODE1);
        ClusterFixture.await("R moved to node2 by the user rule", Duration.ofSeconds(60),
            () -> c.stateOn("R").equals(List.of("node2")) && rulesError(c).isEmpty());
        setRule(c, "endless", endless);
        ClusterFixture.await("the rule error recorded", Duration.ofSeconds(60), () -> rulesError(c).isPresent());
        String error = rulesError(c).orElseThrow();
        assertTrue(error.contains("endless") && error.contains("did not finish"), error);
        ClusterFixture.await("R back on node1 with the shipped rules", Duration.ofSeconds(60),
            () -> c.stateOn("R").equals(List.of("node1")));
        assertTrue(dc.isDc(), "the DC survived the endless rule");
        assertEquals(epoch, dc.epoch(), "the same DC term");
        setRule(c, "endless", null);
      }
      assertTrue(Thread.getAllStackTraces().keySet().stream()
          .noneMatch(t -> t.getName().equals("zcrm-dc-engine") && t.getState() == Thread.State.RUNNABLE),
          "no engine thread left spinning");
    }
  }
}
