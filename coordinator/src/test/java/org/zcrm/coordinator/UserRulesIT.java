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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User policy rules under config/rules are loaded by the running DC, and a rule that throws is dropped. */
class UserRulesIT {
  private static final String THROWS = HEADER + """
      rule "user: throws"
        agenda-group "placement"
        when
          $r : ResourceFact( id == "R" )
        then
          if ( true ) { throw new IllegalStateException( "boom from a user rule" ); }
      end
      """;

  @TempDir
  Path dir;

  @Test
  void rulesLoadWithoutRestartAndAThrowingRuleFallsBackToTheShippedRules() throws Exception {
    try (ClusterFixture c = new ClusterFixture(dir, "rules")) {
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

      setRule(c, "ban", BAN_FROM_NODE1);
      ClusterFixture.await("R moved to node2 by the user rule", Duration.ofSeconds(60),
          () -> c.stateOn("R").equals(List.of("node2")));
      assertEquals(epoch, dc.epoch(), "the same DC term, no restart");
      assertEquals(Optional.empty(), rulesError(c));

      // with the ban still stored, a throwing rule makes the DC drop all user rules: R goes back
      setRule(c, "throws", THROWS);
      ClusterFixture.await("the rule error recorded", Duration.ofSeconds(60), () -> rulesError(c).isPresent());
      String error = rulesError(c).orElseThrow();
      assertTrue(error.contains("throws") && error.contains("boom from a user rule"), error);
      ClusterFixture.await("R back on node1 with the shipped rules", Duration.ofSeconds(60),
          () -> c.stateOn("R").equals(List.of("node1")));
      assertTrue(dc.isDc(), "the DC survived the throwing rule");
      assertEquals(epoch, dc.epoch(), "the same DC term");

      setRule(c, "throws", null);
      setRule(c, "ban", null);
      ClusterFixture.await("the rule error cleared", Duration.ofSeconds(60), () -> rulesError(c).isEmpty());
    }
  }
}
