package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.engine.facts.OrderFact;
import org.zcrm.engine.facts.OrderFact.Kind;

class OrderSetsTest {

  private static OrderSets.Set set(String id, String sequential, boolean requireAll, Kind kind,
      String... members) {
    return set(id, "start", sequential, requireAll, kind, members);
  }

  private static OrderSets.Set set(String id, String action, String sequential,
      boolean requireAll, Kind kind, String... members) {
    return new OrderSets.Set(id, List.of(members), action, kind, kind != Kind.SERIALIZE,
        sequential, requireAll);
  }

  private static OrderSets.Set set(String id, String sequential, String... members) {
    return set(id, sequential, true, Kind.MANDATORY, members);
  }

  /**
   * "A>B" for a symmetric ordering of starts, "A>B!" for a one-way one, "A>B via P" for one
   * through the pseudo action P.
   */
  private static List<String> pairs(List<OrderFact> orders) {
    List<String> out = new ArrayList<>();
    for (OrderFact o : orders) {
      out.add(o.first() + ">" + o.then() + (o.symmetrical() ? "" : "!")
          + (o.anyOf() == null ? "" : " via " + o.anyOf().action() + "/" + o.anyOf().min()));
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("one set, sequential by default: a chain",
            List.of(set("s1", null, "A", "B", "C")), List.of("A>B", "B>C")),
        Arguments.of("one set, sequential=false: no order inside",
            List.of(set("s1", "false", "A", "B", "C")), List.of()),
        Arguments.of("two sets, default sequential: every member of the first before every member"
                + " of the second",
            List.of(set("s1", null, "A"), set("s2", "false", "B", "C")), List.of("A>B", "A>C")),
        Arguments.of("two sets, sequential=true explicitly: last of the first before first of the"
                + " second",
            List.of(set("s1", "true", "A", "B"), set("s2", "true", "C", "D")),
            List.of("A>B", "C>D", "B>C")),
        Arguments.of("two sets, sequential left out: the chain inside, all pairs between",
            List.of(set("s1", null, "A", "B"), set("s2", null, "C", "D")),
            List.of("A>B", "C>D", "A>C", "A>D", "B>C", "B>D")),
        Arguments.of("require-all=false: every member through one-or-more:SETID to every member"
                + " of the next set",
            List.of(set("s1", "false", false, Kind.MANDATORY, "A", "B"), set("s2", null, "C", "D")),
            List.of("C>D", "A>C via one-or-more:s1/1", "A>D via one-or-more:s1/1",
                "B>C via one-or-more:s1/1", "B>D via one-or-more:s1/1")),
        Arguments.of("require-all=false with sequential=true: sequential is irrelevant",
            List.of(set("s1", "true", false, Kind.MANDATORY, "A", "B"), set("s2", "true", "C")),
            List.of("A>B", "A>C via one-or-more:s1/1", "B>C via one-or-more:s1/1")),
        Arguments.of("require-all=false on the last set: nothing comes after it",
            List.of(set("s1", null, "A"), set("s2", "false", false, Kind.MANDATORY, "B", "C")),
            List.of("A>B", "A>C")),
        Arguments.of("require-all=false on stopping sets: every member is needed, plain orders",
            List.of(set("s1", "stop", "false", false, Kind.MANDATORY, "A", "B"),
                set("s2", "stop", "false", true, Kind.MANDATORY, "C")),
            List.of("A>C", "B>C")),
        Arguments.of("serialize set: each member before every later one, one way",
            List.of(set("s1", null, true, Kind.SERIALIZE, "A", "B", "C")),
            List.of("A>B!", "A>C!", "B>C!")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expandsLikePacemaker(String name, List<OrderSets.Set> sets, List<String> want) {
    assertEquals(want, pairs(OrderSets.expand("o1", sets, Kind.MANDATORY, true)));
  }

  @ParameterizedTest(name = "symmetrical={0} parent={1} kind={2} -> {3}")
  @MethodSource("symmetry")
  void symmetryFollowsTheElementThenItsParentThenTheKind(String own, String parent, Kind kind,
      boolean want) {
    assertEquals(want, OrderSets.symmetrical(own, parent, kind));
  }

  static Stream<Arguments> symmetry() {
    return Stream.of(
        Arguments.of(null, null, Kind.MANDATORY, true),
        Arguments.of(null, null, Kind.SERIALIZE, false),
        Arguments.of("false", null, Kind.MANDATORY, false),
        Arguments.of(null, "false", Kind.OPTIONAL, false),
        Arguments.of("true", "false", Kind.MANDATORY, true),
        Arguments.of("true", null, Kind.SERIALIZE, false));
  }

  @ParameterizedTest(name = "kind={0} score={1} -> {2}")
  @MethodSource("kinds")
  void kindFromKindThenScore(String kind, String score, Kind want) {
    assertEquals(want, OrderSets.kind(kind, score));
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(null, null, Kind.MANDATORY),
        Arguments.of(null, "0", Kind.OPTIONAL),
        Arguments.of(null, "INFINITY", Kind.MANDATORY),
        Arguments.of("Optional", "INFINITY", Kind.OPTIONAL),
        Arguments.of("Serialize", null, Kind.SERIALIZE));
  }
}
