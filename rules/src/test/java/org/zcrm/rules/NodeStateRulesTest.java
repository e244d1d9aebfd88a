package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.conclusions.HistoryTrusted;
import org.zcrm.engine.conclusions.NodeStatus;
import org.zcrm.engine.conclusions.NodeStatus.State;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.rules.RuleRun;

/** node-state.drl: what membership fields mean, with and without fencing. */
class NodeStateRulesTest {

  private static ClusterFact cluster(boolean fencing) {
    return new ClusterFact(fencing, true, "stop", true, false, false, true, true, true, "default", true);
  }

  private static NodeFact node(boolean hasStatus, long member, long online, String join,
      String expected) {
    return new NodeFact("n1", "1", hasStatus, member, online, join, expected, false, false, false,
        false, false);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("member and joined", true, node(true, 100, 100, "member", "member"), State.ONLINE, "active"),
        Arguments.of("lost from membership", true, node(true, 0, 0, "member", "member"), State.UNCLEAN,
            "peer is no longer part of the cluster"),
        Arguments.of("controller gone", true, node(true, 100, 0, "member", "member"), State.UNCLEAN,
            "peer process is no longer available"),
        Arguments.of("never seen", true, node(true, -1, 0, null, "member"), State.UNCLEAN,
            "peer has not been seen by the cluster"),
        Arguments.of("banned (join nack)", true, node(true, 100, 100, "banned", "member"), State.UNCLEAN,
            "peer failed Pacemaker membership criteria"),
        Arguments.of("cleanly down", true, node(true, 0, 0, "down", "down"), State.OFFLINE, "down"),
        Arguments.of("no status entry", true, node(false, -1, 0, null, null), State.UNCLEAN, "node is unclean"),
        Arguments.of("still joining", true, node(true, 100, 100, "pending", "member"), State.PENDING,
            "not ready to run resources"),
        Arguments.of("down without fencing", false, node(true, 0, 0, "down", "member"), State.OFFLINE, "not a member"),
        Arguments.of("unexpectedly down without fencing", false, node(true, 100, 0, "member", "member"),
            State.UNCLEAN, "peer is unexpectedly down"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void concludesNodeState(String name, boolean fencing, NodeFact n, State state, String reason) {
    List<NodeStatus> out = RuleHarness.conclude(NodeStatus.class, List.of(cluster(fencing), n),
        RuleRun.NODE_STATE);
    assertEquals(1, out.size(), "exactly one state per node: " + out);
    assertEquals(state, out.get(0).state());
    assertEquals(reason, out.get(0).reason());
  }

  static Stream<Arguments> historyCases() {
    return Stream.of(
        Arguments.of("online, fencing", true, node(true, 100, 100, "member", "member"), true),
        Arguments.of("lost, fencing: what it ran must be known", true, node(true, 0, 0, "member", "member"), true),
        Arguments.of("cleanly down, fencing", true, node(true, 0, 0, "down", "down"), true),
        Arguments.of("online, no fencing", false, node(true, 100, 100, "member", "member"), true),
        Arguments.of("down, no fencing", false, node(true, 0, 0, "down", "member"), false),
        Arguments.of("not ready, no fencing", false, node(true, 100, 100, "pending", "member"), false),
        Arguments.of("unexpectedly down, no fencing", false, node(true, 100, 0, "member", "member"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("historyCases")
  void concludesWhetherHistoryCounts(String name, boolean fencing, NodeFact n, boolean counts) {
    List<HistoryTrusted> out = RuleHarness.conclude(HistoryTrusted.class, List.of(cluster(fencing), n),
        RuleRun.NODE_STATE);
    assertEquals(counts ? List.of("n1") : List.of(), out.stream().map(HistoryTrusted::node).toList());
    out.forEach(t -> assertTrue(t.rule().startsWith("node: history counts"), t.rule()));
  }
}
