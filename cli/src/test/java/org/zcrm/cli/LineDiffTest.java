package org.zcrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The summary diff of `zcrm simulate --live`, and its short transition ids. */
class LineDiffTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("equal", "a|b", "a|b", ""),
        Arguments.of("both empty", "", "", ""),
        Arguments.of("one changed line", "Start db ( n1 )", "Start db ( n2 )", "- Start db ( n1 )|+ Start db ( n2 )"),
        Arguments.of("added at the end", "a", "a|b", "+ b"),
        Arguments.of("removed in the middle", "a|b|c", "a|c", "- b"),
        Arguments.of("all new", "", "x|y", "+ x|+ y"),
        Arguments.of("reordered", "a|b", "b|a", "- a|+ a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void diff(String name, String dc, String replay, String expected) {
    assertEquals(lines(expected), LineDiff.diff(lines(dc), lines(replay)));
  }

  static Stream<Arguments> ids() {
    return Stream.of(
        Arguments.of("short form", "3-12", "0000000003-000012"),
        Arguments.of("full form", "0000000003-000012", "0000000003-000012"),
        Arguments.of("spaces", " 7-1 ", "0000000007-000001"),
        Arguments.of("not an id", "latest", "latest"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void normalize(String name, String given, String expected) {
    assertEquals(expected, LiveSimulation.normalize(given));
  }

  private static List<String> lines(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
  }
}
