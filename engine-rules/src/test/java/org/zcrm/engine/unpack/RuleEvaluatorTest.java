package org.zcrm.engine.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.rule.Rule;
import org.zcrm.cib.model.xml.CibCodec;

class RuleEvaluatorTest {
  private static final Map<String, String> ATTRS =
      Map.of("#uname", "node1", "cpus", "8", "load", "0.75", "site", "Paris");

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("uname eq", "<expression id='e' attribute='#uname' operation='eq' value='node1'/>", true),
        Arguments.of("string eq ignores case", "<expression id='e' attribute='site' operation='eq' value='paris'/>", true),
        Arguments.of("integer gt by default", "<expression id='e' attribute='cpus' operation='gt' value='10'/>", false),
        Arguments.of("number when a dot", "<expression id='e' attribute='load' operation='lt' value='1'/>", true),
        Arguments.of("integer type truncates", "<expression id='e' attribute='load' operation='eq' value='0' type='integer'/>", true),
        Arguments.of("defined", "<expression id='e' attribute='cpus' operation='defined'/>", true),
        Arguments.of("not defined", "<expression id='e' attribute='gpu' operation='not_defined'/>", true),
        Arguments.of("missing attribute never lt", "<expression id='e' attribute='gpu' operation='lt' value='3'/>", false),
        Arguments.of("date in range", "<date_expression id='d' operation='in_range' start='2020-01-01' end='2030-01-01'/>", true),
        Arguments.of("date gt", "<date_expression id='d' operation='gt' start='2025-01-01'/>", false));
  }

  /** A CIB whose first location constraint holds {@code rules}. */
  private static Cib cibWithRules(String rules) {
    return CibCodec.readString("<cib><configuration><constraints><rsc_location id='l' rsc='x'>"
        + rules + "</rsc_location></constraints></configuration><status/></cib>");
  }

  private static boolean passes(Cib cib, int rule) {
    RuleEvaluator ev = new RuleEvaluator(new ModelIds(cib), Instant.parse("2024-06-01T00:00:00Z"));
    Rule r = cib.configuration().constraints().locations().get(0).rules().get(rule);
    return ev.passes(r, ATTRS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluatesLikePacemaker(String name, String condition, boolean want) {
    assertEquals(want, passes(cibWithRules("<rule id='r' score='1'>" + condition + "</rule>"), 0));
  }

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("rule by id-ref",
            "<rule id='r1' score='1'><expression id='e' attribute='site' operation='eq' value='Paris'/></rule>"
            + "<rule id-ref='r1'/>", true),
        Arguments.of("expression by id-ref",
            "<rule id='r1' score='1'><expression id='e' attribute='site' operation='eq' value='Paris'/></rule>"
            + "<rule id='r2' score='1'><expression id-ref='e'/></rule>", true),
        Arguments.of("dangling id-ref is an empty rule",
            "<rule id='r1' score='1'/><rule id-ref='nowhere'/>", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void followsIdReferences(String name, String rules, boolean want) {
    assertEquals(want, passes(cibWithRules(rules), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durations")
  void readsDurations(String text, long ms) {
    assertEquals(ms, ResourceReader.durationMillis(text));
  }

  static Stream<Arguments> durations() {
    return Stream.of(Arguments.of("10", 10_000L), Arguments.of("10s", 10_000L),
        Arguments.of("2min", 120_000L), Arguments.of("500ms", 500L), Arguments.of("PT1M", 60_000L),
        Arguments.of("1h", 3_600_000L), Arguments.of("P40S", 40_000L),
        Arguments.of("PT1H30M", 5_400_000L), Arguments.of("P1D", 86_400_000L),
        Arguments.of("P1DT1S", 86_401_000L));
  }
}
