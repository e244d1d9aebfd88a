package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.conclusions.FenceDecision;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.conclusions.ScoreContribution;
import org.zcrm.engine.facts.ActiveFact;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.LocationFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.OrderFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;
import org.zcrm.engine.rules.RuleRun;

/** location.drl, stickiness.drl, fencing.drl and ordering.drl on small inputs. */
class PlacementRulesTest {
  private static final ClusterFact SYMMETRIC =
      new ClusterFact(true, true, "stop", true, false, false, true, true, true, "default", true);
  private static final ClusterFact OPT_IN =
      new ClusterFact(true, false, "stop", true, false, false, true, true, true, "default", true);

  private static ResourceFact rsc(int stickiness, boolean managed) {
    return new ResourceFact("r", ResourceFact.Kind.PRIMITIVE, null, List.of(), "ocf:pacemaker:Dummy",
        false, null, managed, stickiness, 0, 1_000_000, 0, "stop_start", false, false, null, null);
  }

  static Stream<Arguments> scores() {
    return Stream.of(
        Arguments.of("location score", List.of(SYMMETRIC, rsc(0, true),
            new LocationFact("l1", "r", "n1", 50, null)), 50),
        Arguments.of("stickiness where running", List.of(SYMMETRIC, rsc(100, true),
            new ActiveFact("r", "n1", Role.STARTED, false, 0)), 100),
        Arguments.of("no stickiness when unmanaged", List.of(SYMMETRIC, rsc(100, false),
            new ActiveFact("r", "n1", Role.STARTED, false, 0)), 0),
        Arguments.of("no stickiness when active twice", List.of(SYMMETRIC, rsc(100, true),
            new ActiveFact("r", "n1", Role.STARTED, false, 0), new ActiveFact("r", "n2", Role.STARTED, false, 0)), 0),
        Arguments.of("opt-in cluster needs a location for stickiness", List.of(OPT_IN, rsc(100, true),
            new ActiveFact("r", "n1", Role.STARTED, false, 0)), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scores")
  void scoresNode(String name, List<Object> facts, int want) {
    List<ScoreContribution> out = RuleHarness.conclude(ScoreContribution.class, facts,
        RuleRun.PLACEMENT);
    int sum = out.stream().filter(s -> "n1".equals(s.node())).mapToInt(ScoreContribution::score).sum();
    assertEquals(want, sum, out.toString());
  }

  static Stream<Arguments> fencing() {
    NodeFact lost = new NodeFact("n1", "1", true, 0, 0, "member", "member", false, false, false, false, false);
    ClusterFact noDevice = new ClusterFact(true, true, "stop", true, false, false, true, false, true, "default", true);
    ClusterFact noQuorum = new ClusterFact(true, true, "stop", false, false, false, true, true, true, "default", true);
    ClusterFact noQuorumIgnore = new ClusterFact(true, true, "ignore", false, false, false, true, true, true, "default", true);
    return Stream.of(
        Arguments.of("lost node is fenced", SYMMETRIC, lost, 1),
        Arguments.of("no device, no fencing", noDevice, lost, 0),
        Arguments.of("no quorum, no fencing", noQuorum, lost, 0),
        Arguments.of("no-quorum-policy=ignore fences", noQuorumIgnore, lost, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fencing")
  void fencesUncleanNodes(String name, ClusterFact c, NodeFact n, int fences) {
    List<FenceDecision> out = RuleHarness.conclude(FenceDecision.class, List.of(c, n),
        RuleRun.NODE_STATE, RuleRun.FENCING);
    assertEquals(fences, out.size(), out.toString());
  }

  static Stream<Arguments> orders() {
    return Stream.of(
        Arguments.of("mandatory symmetrical gives two edges", OrderFact.Kind.MANDATORY, true, 2),
        Arguments.of("mandatory asymmetrical gives one", OrderFact.Kind.MANDATORY, false, 1),
        Arguments.of("optional symmetrical gives two", OrderFact.Kind.OPTIONAL, true, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orders")
  void ordersActions(String name, OrderFact.Kind kind, boolean symmetrical, int edges) {
    OrderFact o = new OrderFact("o1", "a", "start", "b", "start", kind, symmetrical);
    List<OrderingEdge> out = RuleHarness.conclude(OrderingEdge.class, List.of(o), RuleRun.ORDERING);
    assertEquals(edges, out.size(), out.toString());
    if (symmetrical) {
      assertEquals(1, out.stream().filter(e -> e.first().equals("b") && e.firstTask().equals("stop")
          && e.then().equals("a") && e.thenTask().equals("stop")).count());
    }
  }

}
