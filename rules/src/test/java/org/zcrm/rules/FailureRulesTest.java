package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.Scores;
import org.zcrm.engine.conclusions.RecoveryDecision;
import org.zcrm.engine.conclusions.ScoreContribution;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.FailCountFact;
import org.zcrm.engine.facts.FailedOpFact;
import org.zcrm.engine.facts.NowFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.rules.RuleRun;

/** failures.drl: on-fail handling and migration-threshold / failure-timeout. */
class FailureRulesTest {

  private static ClusterFact cluster(boolean fencing) {
    return new ClusterFact(fencing, true, "stop", true, false, false, true, true, true, "default", true);
  }

  private static ResourceFact rsc(int threshold, long failureTimeout) {
    return new ResourceFact("r", ResourceFact.Kind.PRIMITIVE, null, List.of(), "ocf:pacemaker:Dummy",
        false, null, true, 0, 0, threshold, failureTimeout, "stop_start", false, false, null, null);
  }

  static Stream<Arguments> recoveries() {
    return Stream.of(
        Arguments.of("failed monitor restarts", true, "monitor", null, "RESTART"),
        Arguments.of("failed stop fences", true, "stop", null, "FENCE"),
        Arguments.of("failed stop blocks without fencing", false, "stop", null, "BLOCK"),
        Arguments.of("on-fail=block", true, "monitor", "block", "BLOCK"),
        Arguments.of("on-fail=stop", true, "monitor", "stop", "STOP"),
        Arguments.of("on-fail=ignore", true, "monitor", "ignore", "IGNORE"),
        Arguments.of("on-fail=standby", true, "start", "standby", "STANDBY"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recoveries")
  void decidesRecovery(String name, boolean fencing, String task, String onFail, String want) {
    FailedOpFact f = new FailedOpFact("r", "n1", task, 0, 1, onFail, "soft", "op1");
    List<RecoveryDecision> out = RuleHarness.conclude(RecoveryDecision.class,
        List.of(cluster(fencing), rsc(Scores.INFINITY, 0), f), RuleRun.FAILURES);
    assertEquals(1, out.size(), out.toString());
    assertEquals(want, out.get(0).recovery().name());
  }

  static Stream<Arguments> thresholds() {
    return Stream.of(
        Arguments.of("below threshold", 3, 2, 0L, 0L, false),
        Arguments.of("at threshold", 3, 3, 0L, 0L, true),
        Arguments.of("infinite fail count", Scores.INFINITY, Scores.INFINITY, 0L, 0L, true),
        Arguments.of("expired by failure-timeout", 1, 1, 60L, 1000L, false),
        Arguments.of("not yet expired", 1, 1, 600L, 1000L, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("thresholds")
  void bansAtMigrationThreshold(String name, int threshold, int count, long timeout, long lastFailure,
      boolean banned) {
    List<Object> facts = new ArrayList<>(List.of(cluster(true), rsc(threshold, timeout),
        new FailCountFact("r", "n1", count, lastFailure), new NowFact(1500)));
    List<ScoreContribution> out = RuleHarness.conclude(ScoreContribution.class, facts,
        RuleRun.FAILURES);
    boolean ban = out.stream().anyMatch(s -> s.node().equals("n1") && s.score() == -Scores.INFINITY);
    assertEquals(banned, ban, out.toString());
  }

  static Stream<Arguments> launchedThresholds() {
    return Stream.of(
        Arguments.of("a launched resource's failures ban its container", 3, 3, 0L, true),
        Arguments.of("below the container's threshold", 3, 2, 0L, false),
        Arguments.of("expired by the container's failure-timeout", 1, 1, 60L, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("launchedThresholds")
  void countsALaunchedResourceAgainstItsContainer(String name, int threshold, int count,
      long timeout, boolean banned) {
    ResourceFact launched = new ResourceFact("guest1", ResourceFact.Kind.PRIMITIVE, null, List.of(),
        "ocf:pacemaker:remote", false, null, true, 0, 0, Scores.INFINITY, 0, "stop_start", false,
        false, null, null);
    List<Object> facts = new ArrayList<>(List.of(cluster(true), rsc(threshold, timeout), launched,
        new org.zcrm.engine.facts.ResourceMetaFact("guest1", "container", "r"),
        new FailCountFact("guest1", "n1", count, 1000L), new NowFact(1500)));
    List<ScoreContribution> out = RuleHarness.conclude(ScoreContribution.class, facts,
        RuleRun.FAILURES);
    boolean ban = out.stream().anyMatch(s -> s.rsc().equals("r") && "n1".equals(s.node())
        && s.score() == -Scores.INFINITY);
    assertEquals(banned, ban, out.toString());
  }
}
