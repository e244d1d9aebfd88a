package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.conclusions.ScoreContribution;
import org.zcrm.engine.facts.NodeHealthFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.ResourceMetaFact;
import org.zcrm.engine.rules.RuleRun;

/** health.drl: a node's health score as a location score of top-level resources. */
class HealthRulesTest {
  private static ResourceFact rsc(String id, String parent) {
    return new ResourceFact(id, ResourceFact.Kind.PRIMITIVE, parent, List.of(), "ocf:pacemaker:Dummy",
        false, null, true, 0, 0, 1_000_000, 0, "stop_start", false, false, null, null);
  }

  private static NodeHealthFact health(int score) {
    return new NodeHealthFact("n1", "custom", score);
  }

  private static ResourceMetaFact allow(String value) {
    return new ResourceMetaFact("r", "allow-unhealthy-nodes", value);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("negative health scores the resource", List.of(rsc("r", null), health(-300)), -300),
        Arguments.of("positive health scores the resource", List.of(rsc("r", null), health(20)), 20),
        Arguments.of("zero health has no effect", List.of(rsc("r", null), health(0)), null),
        Arguments.of("allow-unhealthy-nodes ignores negative health",
            List.of(rsc("r", null), health(-300), allow("true")), null),
        Arguments.of("allow-unhealthy-nodes keeps positive health",
            List.of(rsc("r", null), health(20), allow("yes")), 20),
        Arguments.of("allow-unhealthy-nodes=false keeps the ban",
            List.of(rsc("r", null), health(-300), allow("false")), -300),
        Arguments.of("children take it from their parent",
            List.of(rsc("r", "g"), health(-300)), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void scoresNodeHealth(String name, List<Object> facts, Integer want) {
    List<ScoreContribution> out = RuleHarness.conclude(ScoreContribution.class, facts,
        RuleRun.PLACEMENT);
    List<ScoreContribution> onR = out.stream().filter(s -> s.rsc().equals("r")).toList();
    if (want == null) {
      assertEquals(List.of(), onR);
    } else {
      assertEquals(1, onR.size(), onR.toString());
      assertEquals("n1", onR.get(0).node());
      assertEquals(want, onR.get(0).score());
    }
  }
}
