package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Transition;

/**
 * Colocations with one role of a promotable clone, and which instances are promoted, on a
 * three-node cluster where node "b" has the highest promotion score.
 */
class PromotableColocationTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static String cib(String cloneMeta, String constraints, String scores) {
    StringBuilder nodes = new StringBuilder();
    StringBuilder status = new StringBuilder();
    String[] names = {"a", "b", "c"};
    String[] promo = scores.split(",");
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      nodes.append("<node id='").append(n).append("' uname='").append(n).append("'>")
          .append("<instance_attributes id='").append(n).append("-a'>")
          .append("<nvpair id='").append(n).append("-p' name='master-db' value='")
          .append(promo[i]).append("'/></instance_attributes></node>");
      status.append("<node_state id='").append(n).append("' uname='").append(n)
          .append("' in_ccm='true' crmd='online' join='member' expected='member'/>");
    }
    return "<cib have-quorum='1' epoch='1' num_updates='0' admin_epoch='0'><configuration>"
        + "<crm_config><cluster_property_set id='o'>"
        + "<nvpair id='o1' name='stonith-enabled' value='false'/></cluster_property_set></crm_config>"
        + "<nodes>" + nodes + "</nodes><resources>"
        + "<clone id='db-clone'><meta_attributes id='m'>"
        + "<nvpair id='m1' name='promotable' value='true'/>" + cloneMeta + "</meta_attributes>"
        + "<primitive id='db' class='ocf' provider='pacemaker' type='Stateful'/></clone>"
        + "<primitive id='vip' class='ocf' provider='heartbeat' type='IPaddr2'/>"
        + "</resources><constraints>" + constraints + "</constraints></configuration>"
        + "<status>" + status + "</status></cib>";
  }

  private static String coloc(String score, String role) {
    return "<rsc_colocation id='vip-with-db' rsc='vip' with-rsc='db-clone' score='" + score
        + "' with-rsc-role='" + role + "'/>";
  }

  static Stream<Arguments> cases() {
    String twoPromoted = "<nvpair id='m2' name='promoted-max' value='2'/>";
    return Stream.of(
        Arguments.of("mandatory with promoted: where the promoted instance is", "",
            coloc("INFINITY", "Promoted"), "5,50,10", "b"),
        Arguments.of("mandatory with promoted follows the promotion score", "",
            coloc("INFINITY", "Promoted"), "50,5,10", "a"),
        Arguments.of("optional with promoted outweighs node name order", "",
            coloc("100", "Promoted"), "5,50,10", "b"),
        Arguments.of("negative with promoted: away from the promoted instance", "",
            coloc("-INFINITY", "Promoted"), "50,5,10", "b"),
        Arguments.of("mandatory with unpromoted: not where the promoted one is", "",
            coloc("INFINITY", "Unpromoted") + "<rsc_location id='l' rsc='vip' node='b' score='10'/>",
            "5,50,10", "c"),
        Arguments.of("mandatory with unpromoted adds the instance's own score", "",
            coloc("INFINITY", "Unpromoted"), "30,50,10", "a"),
        Arguments.of("a dependent's strong preference moves the promotion to its node", "",
            coloc("INFINITY", "Promoted") + "<rsc_location id='l' rsc='vip' node='c' score='1000'/>",
            "5,50,10", "c"),
        Arguments.of("two promoted: the better of the promoted nodes", twoPromoted,
            coloc("INFINITY", "Promoted"), "5,50,10", "b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void placesTheDependent(String name, String cloneMeta, String constraints, String scores,
      String want) {
    Transition t = Scenarios.engine().schedule(
        new CibSnapshot(CibCodec.readString(cib(cloneMeta, constraints, scores))), NOW);
    String line = t.summary().stream().filter(l -> l.contains(" vip ")).findFirst().orElse("");
    assertEquals(want, line.replaceAll(".*\\(\\s*([a-z]+)\\s*\\).*", "$1"), t.summary().toString());
  }

  private static String dependentColoc(String score, String role, String vipNode) {
    return "<rsc_colocation id='db-with-vip' rsc='db-clone' rsc-role='" + role + "' with-rsc='vip' "
        + "score='" + score + "'/><rsc_location id='vl' rsc='vip' node='" + vipNode
        + "' score='1000'/>";
  }

  static Stream<Arguments> dependentRoles() {
    return Stream.of(
        Arguments.of("mandatory promoted with a primitive: promoted where it runs",
            dependentColoc("INFINITY", "Promoted", "c"), "c"),
        Arguments.of("mandatory unpromoted with a primitive: promoted elsewhere",
            dependentColoc("INFINITY", "Unpromoted", "b"), "c"),
        Arguments.of("optional promoted with a primitive adds to the promotion score",
            dependentColoc("45", "Promoted", "c"), "c"),
        Arguments.of("a weaker optional one does not outweigh a better promotion score",
            dependentColoc("20", "Promoted", "c"), "b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dependentRoles")
  void promotesWithItsPrimary(String name, String constraints, String want) {
    Transition t = Scenarios.engine().schedule(
        new CibSnapshot(CibCodec.readString(cib("", constraints, "5,50,10"))), NOW);
    String line = t.summary().stream().filter(l -> l.contains("Promoted")).findFirst().orElse("");
    assertEquals(want, line.replaceAll(".*Promoted\\s+([a-z]+)\\s*\\).*", "$1"), t.summary().toString());
  }

  static Stream<Arguments> promotions() {
    return Stream.of(
        Arguments.of("highest promotion score is promoted", "5,50,10", "b"),
        Arguments.of("another node's score wins", "60,50,10", "a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("promotions")
  void promotesTheBestInstance(String name, String scores, String want) {
    Transition t = Scenarios.engine().schedule(
        new CibSnapshot(CibCodec.readString(cib("", "", scores))), NOW);
    String line = t.summary().stream().filter(l -> l.contains("Promoted")).findFirst().orElse("");
    assertEquals(want, line.replaceAll(".*Promoted\\s+([a-z]+)\\s*\\).*", "$1"), t.summary().toString());
  }
}
