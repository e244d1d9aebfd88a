package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.Transition;

class ActionDispatcherTest {

  static Stream<Arguments> historyIds() {
    return Stream.of(
        Arguments.of("a primitive keeps its id", "db", Map.of(), "db"),
        Arguments.of("an anonymous instance runs under the primitive's id", "ping:2",
            Map.of("clone", "2", "globally_unique", "false"), "ping"),
        Arguments.of("a cloned group member too", "ip:1", Map.of("clone", "1", "globally_unique", "false"), "ip"),
        Arguments.of("a unique instance keeps its number", "ping:2",
            Map.of("clone", "2", "globally_unique", "true"), "ping:2"),
        Arguments.of("a colon that is no instance number", "a:b", Map.of(), "a:b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("historyIds")
  void nodesKnowAnonymousInstancesByThePrimitiveId(String name, String rsc, Map<String, String> meta,
      String expected) {
    Transition.Operation op = new Transition.Operation("ocf:pacemaker:Dummy", 0, 20_000, new TreeMap<>(),
        new TreeMap<>(meta));
    Transition.GraphAction a = new Transition.GraphAction(1, rsc + "_start_0", rsc, "start", "n1", false, true, op);
    assertEquals(expected, ActionDispatcher.historyId(a));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agents")
  void remoteConnectionsAreNeverSent(String agent, boolean connection) {
    Transition.Operation op = new Transition.Operation(agent, 0, 20_000, new TreeMap<>(), new TreeMap<>());
    assertEquals(connection, ActionDispatcher.remoteConnection(op));
  }

  static Stream<Arguments> agents() {
    return Stream.of(Arguments.of("ocf:pacemaker:remote", true), Arguments.of("ocf:pacemaker:Dummy", false),
        Arguments.of("stonith:fence_xvm", false));
  }
}
