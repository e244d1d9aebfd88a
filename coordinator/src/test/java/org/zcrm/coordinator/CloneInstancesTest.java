package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml;

/** Which instance id an action on a clone instance runs under on its node. */
class CloneInstancesTest {

  private static String op(String id, String task, int rc) {
    return "<lrm_rsc_op id=\"" + id + "_last_0\" operation=\"" + task + "\" rc-code=\"" + rc + "\" op-status=\"0\"/>";
  }

  private static String lrm(String id, String ops) {
    return "<lrm_resource id=\"" + id + "\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\">" + ops + "</lrm_resource>";
  }

  private record Input(org.zcrm.cib.model.Cib model, CibDoc cib) {}

  private static Input input(boolean unique, String node2Lrm) throws Exception {
    String xml = "<cib><configuration><crm_config/><nodes/><resources><clone id=\"C\"><meta_attributes id=\"m\">"
        + "<nvpair id=\"m1\" name=\"globally-unique\" value=\"" + unique + "\"/></meta_attributes>"
        + "<primitive id=\"P\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\"/></clone>"
        + "<primitive id=\"R\" class=\"ocf\" provider=\"zcrm\" type=\"Dummy\"/></resources><constraints/>"
        + "</configuration><status><node_state id=\"node2\" uname=\"node2\"><lrm id=\"node2\"><lrm_resources>"
        + node2Lrm + "</lrm_resources></lrm></node_state></status></cib>";
    Element root = CibXml.parse(xml);
    return new Input(org.zcrm.cib.model.xml.CibCodec.readString(xml), new CibDoc(root));
  }

  static Stream<Arguments> cases() {
    String p0Running = lrm("P:0", op("P:0", "start", 0));
    return Stream.of(
        Arguments.of("another number runs there", false, p0Running, "P:2", "P:0"),
        Arguments.of("the same number runs there", false, p0Running, "P:0", "P:0"),
        Arguments.of("promoted there counts as running", false, lrm("P:1", op("P:1", "promote", 0)), "P:2", "P:1"),
        Arguments.of("globally unique instances keep their number", true, p0Running, "P:2", "P:2"),
        Arguments.of("a stopped instance is not taken", false, lrm("P:0", op("P:0", "stop", 0)), "P:2", "P:2"),
        Arguments.of("a probe that found nothing is not taken", false, lrm("P:0", op("P:0", "monitor", 7)), "P:2",
            "P:2"),
        Arguments.of("a failed stop still runs", false, lrm("P:0", op("P:0", "stop", 1)), "P:2", "P:0"),
        Arguments.of("two running: left as the engine said", false,
            p0Running + lrm("P:1", op("P:1", "start", 0)), "P:2", "P:2"),
        Arguments.of("not a clone instance", false, p0Running, "R", "R"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void instanceIdOnTheNode(String name, boolean unique, String node2Lrm, String engine, String expected)
      throws Exception {
    Input in = input(unique, node2Lrm);
    assertEquals(expected, CloneInstances.onNode(in.model(), in.cib(), "node2", engine));
  }
}
