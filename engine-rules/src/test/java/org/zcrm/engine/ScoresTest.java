package org.zcrm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoresTest {
  private static final int INF = Scores.INFINITY;

  static Stream<Arguments> sums() {
    return Stream.of(
        Arguments.of("plain", 5, 7, 12),
        Arguments.of("minus infinity wins over infinity", INF, -INF, -INF),
        Arguments.of("infinity absorbs", INF, -5, INF),
        Arguments.of("saturates up", 999_999, 5, INF),
        Arguments.of("saturates down", -999_999, -5, -INF),
        Arguments.of("beyond infinity is infinity", 2 * INF, 0, INF));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sums")
  void addsLikePacemaker(String name, int a, int b, int want) {
    assertEquals(want, Scores.add(a, b));
    assertEquals(want, Scores.add(b, a));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("INFINITY", INF), Arguments.of("+INFINITY", INF),
        Arguments.of("-INFINITY", -INF), Arguments.of("100", 100), Arguments.of("-5", -5),
        Arguments.of("2000000", INF), Arguments.of("12abc", 12), Arguments.of("red", -INF),
        Arguments.of("junk", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void parsesScores(String text, int want) {
    assertEquals(want, Scores.parse(text, 0));
  }
}
