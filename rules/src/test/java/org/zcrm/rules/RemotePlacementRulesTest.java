package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.conclusions.ColocationEdge;
import org.zcrm.engine.conclusions.OrderingEdge;
import org.zcrm.engine.conclusions.ResourceFlag;
import org.zcrm.engine.conclusions.ScoreContribution;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.DiscoveryFact;
import org.zcrm.engine.facts.FailedOpFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.ResourceMetaFact;
import org.zcrm.engine.rules.RuleRun;

/**
 * remote.drl (where connections and containers may run, resources launched by a container) and
 * the exclusive resource-discovery rule of location.drl.
 */
class RemotePlacementRulesTest {

  private static ClusterFact cluster(boolean symmetric) {
    return new ClusterFact(true, symmetric, "stop", true, false, false, true, true, true, "default",
        true);
  }

  private static ResourceFact rsc(String id, String agent, boolean fencing) {
    return new ResourceFact(id, ResourceFact.Kind.PRIMITIVE, null, List.of(), agent, fencing, null,
        true, 0, 0, 1_000_000, 0, "stop_start", false, false, null, null);
  }

  private static ResourceFact dummy(String id) {
    return rsc(id, "ocf:pacemaker:Dummy", false);
  }

  private static NodeFact node(String name, boolean remote) {
    return new NodeFact(name, name, true, remote ? -1 : 100, remote ? 0 : 100,
        remote ? null : "member", remote ? null : "member", false, false, false, false, remote);
  }

  private static List<Object> facts(Object... f) {
    return new ArrayList<>(List.of(f));
  }

  private static final RemoteNodeFact REMOTE = new RemoteNodeFact("r1", "r1", null, 0, false);
  private static final RemoteNodeFact GUEST = new RemoteNodeFact("g1", "g1", "vm1", 0, false);

  static Stream<Arguments> scores() {
    return Stream.of(
        Arguments.of("a connection never runs on a remote node",
            facts(cluster(true), REMOTE, rsc("r1", "ocf:pacemaker:remote", false)),
            List.of("r1@r1 -1000000")),
        Arguments.of("nor does a fencing device",
            facts(cluster(true), REMOTE, rsc("fence1", "stonith:fence_xvm", true), dummy("web")),
            List.of("fence1@r1 -1000000")),
        Arguments.of("a guest's container runs on no remote or guest node",
            facts(cluster(true), REMOTE, GUEST, dummy("vm1"), rsc("g1", "ocf:pacemaker:remote", false)),
            List.of("g1@g1 -1000000", "g1@r1 -1000000", "vm1@g1 -1000000",
                "vm1@r1 -1000000")),
        Arguments.of("asymmetric cluster: a guest's connection may go wherever its container goes",
            facts(cluster(false), GUEST, dummy("vm1")),
            List.of("g1@* 0", "vm1@g1 -1000000")),
        Arguments.of("exclusive discovery bans the nodes not named",
            facts(cluster(true), node("n1", false), node("n2", false), node("r1", true), dummy("web"),
                new DiscoveryFact("web", null), new DiscoveryFact("web", "n1")),
            List.of("web@n2 -1000000", "web@r1 -1000000")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scores")
  void concludesScores(String name, List<Object> facts, List<String> expected) {
    List<String> out = RuleHarness.conclude(ScoreContribution.class, facts, RuleRun.PLACEMENT)
        .stream().map(s -> s.rsc() + "@" + (s.node() == null ? "*" : s.node()) + " " + s.score())
        .distinct().sorted().toList();
    assertEquals(expected, out);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("launched")
  void placesAndOrdersALaunchedResourceWithItsContainer(String name, List<Object> facts,
      List<String> colocations, List<String> orderings) {
    assertEquals(colocations, RuleHarness.conclude(ColocationEdge.class, facts, RuleRun.PLACEMENT)
        .stream().map(c -> c.dependent() + " with " + c.primary() + " " + c.score()).sorted()
        .toList());
    assertEquals(orderings, RuleHarness.conclude(OrderingEdge.class, facts, RuleRun.ORDERING)
        .stream().map(o -> o.first() + " " + o.firstTask() + " then " + o.then() + " "
            + o.thenTask()).sorted().toList());
  }

  static Stream<Arguments> launched() {
    return Stream.of(
        Arguments.of("a guest's connection follows its container",
            facts(GUEST, dummy("vm1"), rsc("g1", "ocf:pacemaker:remote", false),
                new ResourceMetaFact("g1", "container", "vm1")),
            List.of("g1 with vm1 1000000"),
            List.of("g1 stop then vm1 stop", "vm1 start then g1 start")),
        Arguments.of("a resource with meta container follows it too",
            facts(dummy("app"), dummy("box"), new ResourceMetaFact("app", "container", "box")),
            List.of("app with box 1000000"),
            List.of("app stop then box stop", "box start then app start")),
        Arguments.of("a container naming itself is ignored",
            facts(dummy("box"), new ResourceMetaFact("box", "container", "box")),
            List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("connectionStops")
  void keepsAConnectionStoppedWhenItMust(String name, List<Object> facts, List<String> expected) {
    List<String> out = RuleHarness.conclude(ResourceFlag.class, facts, RuleRun.PLACEMENT).stream()
        .map(f -> f.rsc() + " " + f.flag() + " " + f.reason()).sorted().toList();
    assertEquals(expected, out);
  }

  static Stream<Arguments> connectionStops() {
    FailedOpFact monitorFailed = new FailedOpFact("r1", "n1", "monitor", 30_000, 1, null, "soft", "op1");
    return Stream.of(
        Arguments.of("a failed connection with reconnect_interval waits",
            facts(cluster(true), new RemoteNodeFact("r1", "r1", null, 60, false),
                rsc("r1", "ocf:pacemaker:remote", false), monitorFailed),
            List.of("r1 STOP remote reset")),
        Arguments.of("without reconnect_interval it is recovered at once",
            facts(cluster(true), REMOTE, rsc("r1", "ocf:pacemaker:remote", false), monitorFailed),
            List.of()),
        Arguments.of("a remote node shutting down stops its connection",
            facts(cluster(true), REMOTE, rsc("r1", "ocf:pacemaker:remote", false),
                new NodeFact("r1", "r1", true, -1, 0, null, null, true, false, false, false, true)),
            List.of("r1 STOP remote shutdown")));
  }
}
