package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.conclusions.FenceDecision;
import org.zcrm.engine.conclusions.HistoryTrusted;
import org.zcrm.engine.conclusions.NodeStatus;
import org.zcrm.engine.conclusions.NodeStatus.State;
import org.zcrm.engine.conclusions.RecoveryDecision;
import org.zcrm.engine.facts.ActiveFact;
import org.zcrm.engine.facts.ClusterFact;
import org.zcrm.engine.facts.ConnectionStateFact;
import org.zcrm.engine.facts.FailedOpFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.RemoteNodeFact;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;
import org.zcrm.engine.rules.RuleRun;

/**
 * node-state.drl and fencing.drl for Pacemaker Remote nodes ("r1", reached by connection "r1" on
 * cluster node "h1") and guest nodes ("g1", connection "g1", container "vm1" on "h1").
 */
class RemoteNodeRulesTest {
  private static final Role UP = Role.STARTED;
  private static final Role DOWN = Role.STOPPED;

  private static ClusterFact cluster(boolean fencing, boolean device) {
    return new ClusterFact(fencing, true, "stop", true, false, false, true, device, true, "default",
        true);
  }

  private static NodeFact remoteNode(String name, boolean shutdown) {
    return new NodeFact(name, name, true, -1, 0, null, null, shutdown, false, false, false, true);
  }

  /** A cluster node: in the membership, or lost (unclean) when {@code up} is false. */
  private static NodeFact host(boolean up) {
    return new NodeFact("h1", "1", true, up ? 100 : 0, up ? 100 : 0, "member", "member", false,
        false, false, false, false);
  }

  private static ResourceFact rsc(String id) {
    return new ResourceFact(id, ResourceFact.Kind.PRIMITIVE, null, List.of(), "ocf:pacemaker:Dummy",
        false, null, true, 0, 0, 1_000_000, 0, "stop_start", false, false, null, null);
  }

  private static RemoteNodeFact remote() {
    return new RemoteNodeFact("r1", "r1", null, 0, false);
  }

  private static RemoteNodeFact guest() {
    return new RemoteNodeFact("g1", "g1", "vm1", 0, false);
  }

  private static ConnectionStateFact remoteState(Role conn, boolean failed) {
    return new ConnectionStateFact("r1", "r1", null, conn, failed, conn == UP ? "h1" : null, UP,
        false, null);
  }

  private static ConnectionStateFact guestState(Role conn, Role container, boolean containerFailed) {
    return new ConnectionStateFact("g1", "g1", "vm1", conn, false, conn == UP ? "h1" : null,
        container, containerFailed, container == UP ? "h1" : null);
  }

  private static List<Object> facts(Object... f) {
    return new ArrayList<>(List.of(f));
  }

  static Stream<Arguments> states() {
    return Stream.of(
        Arguments.of("remote: connection running", "r1",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), remoteState(UP, false)),
            State.ONLINE, "connection is running"),
        Arguments.of("remote: connection running, shutdown requested", "r1",
            facts(cluster(true, true), host(true), remoteNode("r1", true), remote(), remoteState(UP, false)),
            State.SHUTDOWN, "shutting down"),
        Arguments.of("remote: connection failed", "r1",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), remoteState(UP, true)),
            State.OFFLINE, "connection failed"),
        Arguments.of("remote: connection stopped", "r1",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), remoteState(DOWN, false)),
            State.OFFLINE, "connection is stopped"),
        Arguments.of("remote: a lost connection host does not make a remote node unclean", "r1",
            facts(cluster(true, true), host(false), remoteNode("r1", false), remote(), remoteState(UP, false)),
            State.ONLINE, "connection is running"),
        Arguments.of("remote: node entry left without its connection resource", "r1",
            facts(cluster(true, true), remoteNode("r1", false)),
            State.OFFLINE, "connection resource removed"),
        Arguments.of("guest: container and connection running", "g1",
            facts(cluster(true, true), host(true), remoteNode("g1", false), guest(), guestState(UP, UP, false)),
            State.ONLINE, "connection is running"),
        Arguments.of("guest: container failed", "g1",
            facts(cluster(true, true), host(true), remoteNode("g1", false), guest(), guestState(UP, UP, true)),
            State.UNCLEAN, "guest resource failed"),
        Arguments.of("guest: container stopped", "g1",
            facts(cluster(true, true), host(true), remoteNode("g1", false), guest(), guestState(UP, DOWN, false)),
            State.OFFLINE, "connection is stopped"),
        Arguments.of("guest: host lost", "g1",
            facts(cluster(true, true), host(false), remoteNode("g1", false), guest(), guestState(UP, UP, false)),
            State.UNCLEAN, "host is unclean"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void concludesRemoteNodeState(String name, String node, List<Object> facts, State state,
      String reason) {
    List<NodeStatus> out = RuleHarness.conclude(NodeStatus.class, facts, RuleRun.NODE_STATE)
        .stream().filter(s -> s.node().equals(node)).toList();
    assertEquals(1, out.size(), "exactly one state per node: " + out);
    assertEquals(state, out.get(0).state());
    assertEquals(reason, out.get(0).reason());
  }

  static Stream<Arguments> historyCases() {
    return Stream.of(
        Arguments.of("fencing: a remote node's history counts whatever its connection", true, DOWN, true),
        Arguments.of("no fencing: counts while the connection runs", false, UP, true),
        Arguments.of("no fencing: not while the connection is stopped", false, DOWN, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("historyCases")
  void concludesWhetherRemoteHistoryCounts(String name, boolean fencing, Role conn, boolean counts) {
    List<String> out = RuleHarness.conclude(HistoryTrusted.class,
        facts(cluster(fencing, true), remoteNode("r1", false), remote(), remoteState(conn, false)),
        RuleRun.NODE_STATE).stream().map(HistoryTrusted::node).distinct().toList();
    assertEquals(counts ? List.of("r1") : List.of(), out);
  }

  static Stream<Arguments> fencing() {
    FailedOpFact monitorFailed = new FailedOpFact("r1", "h1", "monitor", 30_000, 1, null, "soft", "op1");
    FailedOpFact startFailed = new FailedOpFact("r1", "h1", "start", 0, 1, null, "soft", "op2");
    ActiveFact fakeOnRemote = new ActiveFact("fake", "r1", UP, false, 7);
    ActiveFact fakeOnGuest = new ActiveFact("fake", "g1", UP, false, 7);
    return Stream.of(
        Arguments.of("remote: failed connection monitor fences the node",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), rsc("r1"),
                remoteState(UP, true), monitorFailed),
            List.of("r1 'remote connection is unrecoverable' revocable=false")),
        Arguments.of("remote: a failed start alone does not",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), rsc("r1"),
                remoteState(UP, true), startFailed),
            List.of()),
        Arguments.of("remote: failed connection with a resource active there",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), rsc("r1"),
                rsc("fake"), remoteState(UP, true), startFailed, fakeOnRemote),
            List.of("r1 'fake is thought to be active there' revocable=false")),
        Arguments.of("remote: stopped connection with a resource active there (revocable)",
            facts(cluster(true, true), host(true), remoteNode("r1", false), remote(), rsc("r1"),
                rsc("fake"), remoteState(DOWN, false), fakeOnRemote),
            List.of("r1 'fake is active there (fencing will be revoked if remote connection can be"
                + " re-established elsewhere)' revocable=true")),
        Arguments.of("remote: no fencing device, no fencing",
            facts(cluster(true, false), host(true), remoteNode("r1", false), remote(), rsc("r1"),
                remoteState(UP, true), monitorFailed),
            List.of()),
        Arguments.of("guest: failed container fences the guest by recovering it",
            facts(cluster(true, true), host(true), remoteNode("g1", false), guest(), rsc("vm1"),
                rsc("g1"), guestState(UP, UP, true)),
            List.of("g1 (resource: vm1) 'guest is unclean' revocable=false")),
        Arguments.of("guest: fenced even without fencing devices",
            facts(cluster(false, false), host(true), remoteNode("g1", false), guest(), rsc("vm1"),
                rsc("g1"), rsc("fake"), guestState(UP, DOWN, false), fakeOnGuest),
            List.of("g1 (resource: vm1) 'guest is unclean' revocable=false")),
        Arguments.of("guest: running guest is not fenced",
            facts(cluster(true, true), host(true), remoteNode("g1", false), guest(), rsc("vm1"),
                rsc("g1"), rsc("fake"), guestState(UP, UP, false), fakeOnGuest),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fencing")
  void concludesFencing(String name, List<Object> facts, List<String> expected) {
    List<String> out = RuleHarness.conclude(FenceDecision.class, facts, RuleRun.NODE_STATE,
        RuleRun.FAILURES, RuleRun.FENCING).stream()
        .map(f -> f.node() + (f.guest() ? " (resource: " + f.container() + ")" : "") + " '"
            + f.reason() + "' revocable=" + f.revocable())
        .distinct().sorted().toList();
    assertEquals(expected, out);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containerRecovery")
  void recoversTheContainerOfAGuestFencedForItsResources(String name, Role conn, Role container,
      List<String> expected) {
    List<String> out = RuleHarness.conclude(RecoveryDecision.class,
        facts(cluster(true, true), host(true), remoteNode("g1", false), guest(), rsc("vm1"),
            rsc("g1"), rsc("fake"), guestState(conn, container, false),
            new ActiveFact("fake", "g1", UP, false, 3)),
        RuleRun.NODE_STATE, RuleRun.FAILURES, RuleRun.FENCING).stream()
        .map(d -> d.rsc() + "@" + d.node() + " " + d.recovery()).distinct().sorted().toList();
    assertEquals(expected, out);
  }

  static Stream<Arguments> containerRecovery() {
    return Stream.of(
        Arguments.of("connection down, container running: both recovered", DOWN, UP,
            List.of("fake@g1 RESTART", "vm1@h1 RESTART")),
        Arguments.of("container stopped: only the resource there", UP, DOWN,
            List.of("fake@g1 RESTART")),
        Arguments.of("guest up: nothing to recover", UP, UP, List.of()));
  }
}
