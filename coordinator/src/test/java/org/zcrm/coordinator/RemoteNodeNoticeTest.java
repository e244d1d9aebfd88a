package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.Transition;

/** The DC's warning about Pacemaker Remote and guest nodes it will send nothing to. */
class RemoteNodeNoticeTest {

  private static final Transition GRAPH = TransitionRunTest.graph(List.of(
      new Transition.GraphAction(0, "store1_start_0", "store1", "start", "n1", false, true,
          new Transition.Operation("ocf:pacemaker:remote", 0, 60_000, new TreeMap<>(), new TreeMap<>())),
      TransitionRunTest.act(1, "web", "start", "store1", false, true),
      TransitionRunTest.act(2, "db", "stop", "store1", true, true),
      TransitionRunTest.act(3, "app", "start", "store1", false, false)), new int[][] {{0, 1}});

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("no remote nodes: nothing to say", Set.of(), Set.of("n1"), Optional.empty()),
        Arguments.of("a remote node: names it and the runnable actions held for it", Set.of("store1"),
            Set.of("n1"), Optional.of("The CIB defines Pacemaker Remote or guest nodes, which zcrm does"
                + " not connect to: no action is sent to them or to their connections (remove their"
                + " ocf:pacemaker:remote resources or remote-node meta attributes, or run them as cluster"
                + " nodes) nodes=[store1] heldActions=[store1_start_0@n1, web_start_0@store1]")),
        Arguments.of("a member of that name is a cluster node", Set.of("store1"),
            Set.of("n1", "store1"), Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void warnsAboutRemoteNodes(String name, Set<String> remote, Set<String> members,
      Optional<String> expected) {
    assertEquals(expected, new RemoteNodeNotice().check(remote, GRAPH, members));
  }

  @Test
  void warnsOnceForTheSameNodes() {
    RemoteNodeNotice n = new RemoteNodeNotice();
    assertEquals(true, n.check(Set.of("store1"), GRAPH, Set.of("n1")).isPresent());
    assertEquals(Optional.empty(), n.check(Set.of("store1"), GRAPH, Set.of("n1")));
    assertEquals(true, n.check(Set.of("store1", "guest1"), GRAPH, Set.of("n1")).isPresent());
  }
}
