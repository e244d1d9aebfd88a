package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.NodeHealthFact;

class NodeHealthTest {
  private static final int INF = Scores.INFINITY;

  private static Map<String, String> opts(String... kv) {
    java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static Stream<Arguments> cases() {
    Map<String, String> yellowAndRed = Map.of("#health-a", "yellow", "#health-b", "red");
    Map<String, String> yellowAnd10 = Map.of("#health-a", "yellow", "#health-b", "10", "other", "5");
    return Stream.of(
        Arguments.of("no strategy: no facts", opts(), yellowAndRed, null),
        Arguments.of("unknown strategy counts as none", opts("node-health-strategy", "bogus"),
            yellowAndRed, null),
        Arguments.of("migrate-on-red: red is -INFINITY", opts("node-health-strategy", "migrate-on-red"),
            yellowAndRed, -INF),
        Arguments.of("migrate-on-red: yellow is 0", opts("node-health-strategy", "migrate-on-red"),
            yellowAnd10, 10),
        Arguments.of("only-green: yellow is -INFINITY", opts("node-health-strategy", "only-green"),
            yellowAnd10, -INF),
        Arguments.of("custom: colours from options, numbers added",
            opts("node-health-strategy", "custom", "node-health-yellow", "-20"), yellowAnd10, -10),
        Arguments.of("custom ignores the base",
            opts("node-health-strategy", "custom", "node-health-base", "100"), yellowAnd10, 10),
        Arguments.of("progressive adds the base",
            opts("node-health-strategy", "Progressive", "node-health-base", "100",
                "node-health-yellow", "-20"), yellowAnd10, 90),
        Arguments.of("an attribute that is not a score is ignored",
            opts("node-health-strategy", "custom"), Map.of("#health-a", "bad", "#health-b", "7"), 7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sumsHealthAttributes(String name, Map<String, String> options, Map<String, String> attrs,
      Integer want) {
    List<NodeHealthFact> got = NodeHealth.of(options, Map.of("n1", attrs));
    if (want == null) {
      assertEquals(List.of(), got);
    } else {
      assertEquals(1, got.size());
      assertEquals(want, got.get(0).score());
    }
  }
}
