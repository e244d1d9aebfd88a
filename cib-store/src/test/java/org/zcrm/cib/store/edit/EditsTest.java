package org.zcrm.cib.store.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.StoreException;

/** The pcs-like edits as pure functions: the ids they make, the elements they write, what they refuse. */
class EditsTest {

  private static ConfigState base() throws Exception {
    return ConfigState.fromCib(CibXml.parse("""
        <cib validate-with="pacemaker-3.9" admin_epoch="0" epoch="1"><configuration>
          <crm_config/>
          <nodes><node id="1" uname="n1"/></nodes>
          <resources>
            <primitive id="a" class="ocf" provider="heartbeat" type="Dummy"/>
            <group id="g"><primitive id="g1" class="lsb" type="cron"/><primitive id="g2" class="lsb" type="atd"/></group>
          </resources>
          <constraints><rsc_location id="location-a-n1-INFINITY" rsc="a" node="n1" score="INFINITY"/></constraints>
        </configuration></cib>"""));
  }

  private static ResourceEdits.Spec spec(String id, String agent, List<String> params, List<String> ops, String group) {
    return new ResourceEdits.Spec(id, agent, params, List.of(), ops, group);
  }

  static Stream<Arguments> made() {
    return Stream.of(
        Arguments.of("location prefers with a score", ObjectKind.CONSTRAINT, "location-a-n2-50",
            (UnaryOperator<ConfigState>) c -> ConstraintEdits.location(c, "a", "prefers", "n2=50"),
            "<rsc_location id=\"location-a-n2-50\" node=\"n2\" rsc=\"a\" score=\"50\"/>\n"),
        Arguments.of("location avoids without a score", ObjectKind.CONSTRAINT, "location-g-n2--INFINITY",
            (UnaryOperator<ConfigState>) c -> ConstraintEdits.location(c, "g", "avoids", "n2"),
            "<rsc_location id=\"location-g-n2--INFINITY\" node=\"n2\" rsc=\"g\" score=\"-INFINITY\"/>\n"),
        Arguments.of("location replaces the same resource and node", ObjectKind.CONSTRAINT, "location-a-n1-10",
            (UnaryOperator<ConfigState>) c -> ConstraintEdits.location(c, "a", "prefers", "n1=10"),
            "<rsc_location id=\"location-a-n1-10\" node=\"n1\" rsc=\"a\" score=\"10\"/>\n"),
        Arguments.of("colocation default score", ObjectKind.CONSTRAINT, "colocation-a-g-INFINITY",
            (UnaryOperator<ConfigState>) c -> ConstraintEdits.colocation(c, "a", "g", null),
            "<rsc_colocation id=\"colocation-a-g-INFINITY\" rsc=\"a\" score=\"INFINITY\" with-rsc=\"g\"/>\n"),
        Arguments.of("order with actions and options", ObjectKind.CONSTRAINT, "order-a-g-optional",
            (UnaryOperator<ConfigState>) c -> ConstraintEdits.order(c, List.of("promote", "a", "then", "start", "g",
                "kind=Optional", "symmetrical=false")),
            "<rsc_order id=\"order-a-g-optional\" first=\"a\" first-action=\"promote\" kind=\"Optional\""
                + " symmetrical=\"false\" then=\"g\" then-action=\"start\"/>\n"),
        Arguments.of("primitive with params and an op", ObjectKind.RESOURCE, "web",
            (UnaryOperator<ConfigState>) c -> ResourceEdits.create(c, spec("web", "ocf:heartbeat:apache",
                List.of("port=80"), List.of("monitor interval=10s timeout=20s"), null)),
            """
            <primitive id="web" class="ocf" provider="heartbeat" type="apache">
              <instance_attributes id="web-instance_attributes">
                <nvpair id="web-instance_attributes-port" name="port" value="80"/>
              </instance_attributes>
              <operations>
                <op id="web-monitor-interval-10s" interval="10s" name="monitor" timeout="20s"/>
              </operations>
            </primitive>
            """),
        Arguments.of("lsb primitive gets pcs's default monitor", ObjectKind.RESOURCE, "cron2",
            (UnaryOperator<ConfigState>) c -> ResourceEdits.create(c, spec("cron2", "lsb:cron", List.of(), List.of(), null)),
            """
            <primitive id="cron2" class="lsb" type="cron">
              <operations>
                <op id="cron2-monitor-interval-60s" interval="60s" name="monitor"/>
              </operations>
            </primitive>
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("made")
  void editsMakePcsIds(String name, ObjectKind kind, String id, UnaryOperator<ConfigState> edit, String xml) throws Exception {
    ConfigState after = edit.apply(base());
    assertEquals(xml, after.find(kind, id).orElseThrow(() -> new AssertionError("no " + id + " in " + after.ids(kind))).xml());
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("unknown resource in a location", (UnaryOperator<ConfigState>) c ->
            ConstraintEdits.location(c, "ghost", "prefers", "n1"), "Resource 'ghost' does not exist"),
        Arguments.of("neither prefers nor avoids", (UnaryOperator<ConfigState>) c ->
            ConstraintEdits.location(c, "a", "likes", "n1"), "Expected 'prefers' or 'avoids'"),
        Arguments.of("bad score", (UnaryOperator<ConfigState>) c ->
            ConstraintEdits.location(c, "a", "prefers", "n1=lots"), "'lots' is not a score"),
        Arguments.of("order without then", (UnaryOperator<ConfigState>) c ->
            ConstraintEdits.order(c, List.of("a", "before", "g")), "Write the order as"),
        Arguments.of("order kind", (UnaryOperator<ConfigState>) c ->
            ConstraintEdits.order(c, List.of("a", "then", "g", "kind=Sometimes")), "kind=Sometimes is not an order kind"),
        Arguments.of("id taken inside a group", (UnaryOperator<ConfigState>) c ->
            ResourceEdits.create(c, spec("g1", "lsb:cron", List.of(), List.of(), null)), "Id 'g1' is already used"),
        Arguments.of("agent without type", (UnaryOperator<ConfigState>) c ->
            ResourceEdits.create(c, spec("x", "ocf:heartbeat", List.of(), List.of(), null)), "should be CLASS:PROVIDER:TYPE"),
        Arguments.of("parameter without =", (UnaryOperator<ConfigState>) c ->
            ResourceEdits.create(c, spec("x", "lsb:cron", List.of("port"), List.of(), null)), "'port' is not a resource parameter"),
        Arguments.of("group that is a primitive", (UnaryOperator<ConfigState>) c ->
            ResourceEdits.create(c, spec("x", "lsb:cron", List.of(), List.of(), "a")), "is a primitive, not a group"),
        Arguments.of("delete unknown constraint", (UnaryOperator<ConfigState>) c ->
            ConstraintEdits.delete(c, "nope"), "Constraint 'nope' does not exist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void editsRefuseWithAMessageNamingTheObject(String name, UnaryOperator<ConfigState> edit, String message) throws Exception {
    ConfigState c = base();
    StoreException e = assertThrows(StoreException.class, () -> edit.apply(c));
    assertEquals(StoreException.Kind.REFUSED, e.kind());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void deletingTheLastMemberOfAGroupDeletesTheGroup() throws Exception {
    ConfigState c = ResourceEdits.delete(base(), "g1").config();
    c = ResourceEdits.delete(c, "g2").config();
    assertTrue(c.find(ObjectKind.RESOURCE, "g").isEmpty());
    ResourceEdits.Deleted d = ResourceEdits.delete(c, "a");
    assertEquals(List.of("location-a-n1-INFINITY"), d.removedConstraints());
  }

  @org.junit.jupiter.api.Test
  void propertiesAndNodeAttributes() throws Exception {
    ConfigState c = ClusterEdits.setProperty(base(), "stonith-enabled=false");
    c = ClusterEdits.setProperty(c, "no-quorum-policy=freeze");
    c = ClusterEdits.setProperty(c, "stonith-enabled=");
    assertEquals("{no-quorum-policy=freeze}", ClusterEdits.properties(c).toString());
    c = ClusterEdits.nodeAttributes(c, "n1", List.of("rack=7"));
    assertTrue(c.find(ObjectKind.NODE, "1").orElseThrow().xml().contains(
        "<instance_attributes id=\"nodes-1\">\n    <nvpair id=\"nodes-1-rack\" name=\"rack\" value=\"7\"/>"));
  }
}
