package org.zcrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.engine.CibSnapshot;
import org.zcrm.engine.Transition;

/** Where clone instances that are already running end up, on two nodes n1 and n2. */
class CloneAssignmentTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** An lrm_resource entry for {@code id}: started (rc 0) or failed monitor (rc 1) after start. */
  private static String running(String id, boolean failed) {
    String key = "1:1:0:00000000-0000-0000-0000-000000000000";
    return "<lrm_resource id='" + id + "' class='ocf' provider='heartbeat' type='IPaddr2'>"
        + "<lrm_rsc_op id='" + id + "_start_0' operation_key='" + id + "_start_0' operation='start' "
        + "interval='0' rc-code='0' op-status='0' call-id='1' transition-key='" + key
        + "' last-rc-change='1700000000'/>"
        + (failed ? "<lrm_rsc_op id='" + id + "_monitor_10000' operation_key='" + id
            + "_monitor_10000' operation='monitor' interval='10000' rc-code='1' op-status='0' "
            + "call-id='2' transition-key='2:1:0:00000000-0000-0000-0000-000000000000' "
            + "last-rc-change='1700000001'/>" : "")
        + "</lrm_resource>";
  }

  private static String cib(String meta, String n1History, String n2History) {
    return "<cib have-quorum='1' epoch='1' num_updates='0' admin_epoch='0'><configuration>"
        + "<crm_config><cluster_property_set id='o'>"
        + "<nvpair id='o1' name='stonith-enabled' value='false'/></cluster_property_set></crm_config>"
        + "<nodes><node id='n1' uname='n1'/><node id='n2' uname='n2'/></nodes><resources>"
        + "<clone id='ip-clone'><meta_attributes id='m'>" + meta + "</meta_attributes>"
        + "<primitive id='ip' class='ocf' provider='heartbeat' type='IPaddr2'/></clone>"
        + "</resources><constraints/></configuration><status>"
        + "<node_state id='n1' uname='n1' in_ccm='true' crmd='online' join='member' expected='member'>"
        + "<lrm id='n1'><lrm_resources>" + n1History + "</lrm_resources></lrm></node_state>"
        + "<node_state id='n2' uname='n2' in_ccm='true' crmd='online' join='member' expected='member'>"
        + "<lrm id='n2'><lrm_resources>" + n2History + "</lrm_resources></lrm></node_state>"
        + "</status></cib>";
  }

  private static final String UNIQUE_TWO = "<nvpair id='m1' name='globally-unique' value='true'/>"
      + "<nvpair id='m2' name='clone-max' value='2'/><nvpair id='m3' name='clone-node-max' value='2'/>"
      + "<nvpair id='m4' name='resource-stickiness' value='0'/>";

  /** A cloned group (a, b) with clone-node-max=1, active as given per node. */
  private static String clonedGroup(boolean onN1, boolean onN2) {
    String group = "<clone id='g-clone'><meta_attributes id='gm'>"
        + "<nvpair id='gm1' name='clone-node-max' value='1'/>"
        + "<nvpair id='gm2' name='clone-max' value='2'/></meta_attributes><group id='g'>"
        + "<primitive id='a' class='ocf' provider='heartbeat' type='IPaddr2'/>"
        + "<primitive id='b' class='ocf' provider='heartbeat' type='IPaddr2'/></group></clone>";
    String both = running("a", false) + running("b", false);
    return cib("", onN1 ? both : "", onN2 ? both : "")
        .replace("<clone id='ip-clone'><meta_attributes id='m'></meta_attributes>"
            + "<primitive id='ip' class='ocf' provider='heartbeat' type='IPaddr2'/></clone>", group);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("two unique instances on one node: one moves to the idle node",
            cib(UNIQUE_TWO, running("ip:0", false) + running("ip:1", false), ""),
            List.of("Move       ip:1    ( n1 -> n2 )")),
        Arguments.of("one instance per node: nothing moves",
            cib(UNIQUE_TWO, running("ip:0", false), running("ip:1", false)), List.of()),
        Arguments.of("with stickiness the second instance stays all the same",
            cib(UNIQUE_TWO.replace("value='0'", "value='100'"),
                running("ip:0", false) + running("ip:1", false), ""),
            List.of()),
        Arguments.of("cloned group: the second instance goes to the node without one",
            clonedGroup(true, false), List.of("Start      a:1     (    n2 )", "Start      b:1     (    n2 )")),
        Arguments.of("cloned group stays put; the new instance takes the preferred node",
            clonedGroup(true, false).replace("<constraints/>",
                "<constraints><rsc_location id='l' rsc='g-clone' node='n2' score='100'/></constraints>"),
            List.of("Start      a:1     (    n2 )", "Start      b:1     (    n2 )")),
        Arguments.of("cloned group active on both nodes: nothing to do",
            clonedGroup(true, true), List.of()),
        Arguments.of("a failed instance is recovered in place when no node is better",
            cib("<nvpair id='m2' name='clone-max' value='1'/>"
                + "<nvpair id='m4' name='resource-stickiness' value='0'/>",
                running("ip", true), ""),
            List.of("Recover    ip:0    (    n1 )")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void placesInstances(String name, String xml, List<String> want) {
    Transition t = Scenarios.engine().schedule(new CibSnapshot(HistoryDigests.stamp(CibCodec.readString(xml), NOW)), NOW);
    assertEquals(new TreeSet<>(want), new TreeSet<>(t.summary()));
  }
}
