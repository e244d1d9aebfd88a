package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.facts.ColocationFact;

class ColocationSetsTest {

  private static ColocationSets.Set set(String id, String sequential, Integer score,
      boolean withPrevious, String... members) {
    return new ColocationSets.Set(id, List.of(members), null, score, sequential, withPrevious);
  }

  private static ColocationSets.Set set(String id, String sequential, String... members) {
    return set(id, sequential, null, true, members);
  }

  /** "B@A:100" for B placed with A at score 100. */
  private static List<String> pairs(List<ColocationFact> cs) {
    List<String> out = new ArrayList<>();
    for (ColocationFact c : cs) {
      out.add(c.rsc() + "@" + c.withRsc() + ":" + c.score());
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("one set: each member with the one before it, like a group",
            List.of(set("s1", null, "A", "B", "C")), 100, List.of("B@A:100", "C@B:100")),
        Arguments.of("ordering other than group: each member with the one after it",
            List.of(set("s1", null, null, false, "A", "B")), 100, List.of("A@B:100")),
        Arguments.of("sequential=false: nothing inside the set",
            List.of(set("s1", "false", "A", "B")), 100, List.of()),
        Arguments.of("negative score: each member avoids every one before it",
            List.of(set("s1", null, "A", "B", "C")), -100,
            List.of("B@A:-100", "C@A:-100", "C@B:-100")),
        Arguments.of("a set's own score wins inside it",
            List.of(set("s1", null, 50, true, "A", "B")), 100, List.of("B@A:50")),
        Arguments.of("two sets: first of the first with last of the second",
            List.of(set("s1", null, "A", "B"), set("s2", null, "C", "D")), 100,
            List.of("B@A:100", "D@C:100", "A@D:100")),
        Arguments.of("two unsequenced sets: every pair",
            List.of(set("s1", "false", "A", "B"), set("s2", "false", "C")), 100,
            List.of("A@C:100", "B@C:100")),
        Arguments.of("score 0: nothing",
            List.of(set("s1", null, "A", "B"), set("s2", null, "C")), 0, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expandsLikePacemaker(String name, List<ColocationSets.Set> sets, int score,
      List<String> want) {
    assertEquals(want, pairs(ColocationSets.expand("c1", sets, score, "#uname", true)));
  }
}
