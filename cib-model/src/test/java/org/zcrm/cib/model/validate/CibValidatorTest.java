package org.zcrm.cib.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.Fixtures;
import org.zcrm.cib.model.validate.Problem.Severity;
import org.zcrm.cib.model.xml.CibCodec;

/**
 * One case per kind of problem: a small valid CIB with one thing broken, and the single problem the
 * validator must report (severity, element, id and the words that say what is wrong).
 */
class CibValidatorTest {
  private static final String OPTIONS =
      "<cluster_property_set id=\"opts\"><nvpair id=\"opts-fencing\" name=\"fencing-enabled\" value=\"false\"/>"
          + "</cluster_property_set>";
  private static final String NODES = "<node id=\"1\" uname=\"n1\"/><node id=\"2\" uname=\"n2\"/>";
  private static final String RESOURCES = """
      <primitive id="a" class="ocf" provider="pacemaker" type="Dummy">
        <operations><op id="a-mon" name="monitor" interval="10s"/></operations>
      </primitive>
      <group id="g"><primitive id="g1" class="lsb" type="foo"/><primitive id="g2" class="systemd" type="bar"/></group>
      <clone id="c"><primitive id="c1" class="ocf" provider="heartbeat" type="IPaddr2"/></clone>
      <template id="t" class="ocf" provider="pacemaker" type="Dummy"/>
      """;

  /** A CIB from parts; any part may be replaced by a case. */
  static String cib(String options, String nodes, String resources, String constraints, String more) {
    return "<cib validate-with=\"pacemaker-3.9\" epoch=\"1\" admin_epoch=\"0\" num_updates=\"0\"><configuration>"
        + "<crm_config>" + options + "</crm_config><nodes>" + nodes + "</nodes><resources>" + resources
        + "</resources><constraints>" + constraints + "</constraints>" + more + "</configuration><status/></cib>";
  }

  static String withResources(String extra) {
    return cib(OPTIONS, NODES, RESOURCES + extra, "", "");
  }

  static String withConstraints(String c) {
    return cib(OPTIONS, NODES, RESOURCES, c, "");
  }

  static String withMore(String more) {
    return cib(OPTIONS, NODES, RESOURCES, "", more);
  }

  static String withFence(String more) {
    return cib(OPTIONS, NODES, RESOURCES + "<primitive id=\"f\" class=\"stonith\" type=\"fence_x\"/>", "", more);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        error("duplicate id", withResources("<primitive id=\"g1\" class=\"lsb\" type=\"x\"/>"),
            "primitive", "g1", "duplicate id"),
        error("duplicate id across kinds", withConstraints("<rsc_order id=\"a-mon\" first=\"a\" then=\"c\"/>"),
            "rsc_order", "a-mon", "duplicate id"),
        error("missing id", withResources("<primitive class=\"lsb\" type=\"x\"/>"), "primitive", null, "has no id"),
        error("unresolved id-ref", withResources(
            "<primitive id=\"b\" class=\"lsb\" type=\"x\"><meta_attributes id-ref=\"nowhere\"/></primitive>"),
            "meta_attributes", null, "id-ref \"nowhere\" does not name a <meta_attributes>"),
        error("id-ref to another kind", withResources(
            "<primitive id=\"b\" class=\"lsb\" type=\"x\"><meta_attributes id-ref=\"a-mon\"/></primitive>"),
            "meta_attributes", null, "id-ref \"a-mon\""),
        error("location to unknown resource", withConstraints(
            "<rsc_location id=\"l\" rsc=\"zz\" node=\"n1\" score=\"10\"/>"), "rsc_location", "l",
            "rsc \"zz\" is not a resource, template or tag"),
        error("colocation with unknown resource", withConstraints(
            "<rsc_colocation id=\"co\" rsc=\"a\" with-rsc=\"zz\" score=\"INFINITY\"/>"), "rsc_colocation", "co",
            "with-rsc \"zz\" is not a resource"),
        error("colocation with a clone's child", withConstraints(
            "<rsc_colocation id=\"co\" rsc=\"a\" with-rsc=\"c1\" score=\"INFINITY\"/>"), "rsc_colocation", "co",
            "is inside clone \"c\""),
        error("order with unknown resource", withConstraints("<rsc_order id=\"o\" first=\"zz\" then=\"a\"/>"),
            "rsc_order", "o", "first \"zz\" is not a resource"),
        error("order without then", withConstraints("<rsc_order id=\"o\" first=\"a\"/>"), "rsc_order", "o",
            "has no then"),
        error("ticket without ticket", withConstraints("<rsc_ticket id=\"tk\" rsc=\"a\"/>"), "rsc_ticket", "tk",
            "has no ticket"),
        error("set with unknown resource", withConstraints("<rsc_order id=\"o\"><resource_set id=\"s\">"
            + "<resource_ref id=\"a\"/><resource_ref id=\"zz\"/></resource_set></rsc_order>"),
            "resource_set", "s", "resource_ref \"zz\" is not a resource"),
        error("unparseable location score", withConstraints(
            "<rsc_location id=\"l\" rsc=\"a\" node=\"n1\" score=\"lots\"/>"), "rsc_location", "l",
            "score \"lots\" is not a score"),
        error("unparseable colocation score", withConstraints(
            "<rsc_colocation id=\"co\" rsc=\"a\" with-rsc=\"g\" score=\"INFINITE\"/>"), "rsc_colocation", "co",
            "score \"INFINITE\" is not a score"),
        error("health keyword outside rules", withConstraints(
            "<rsc_colocation id=\"co\" rsc=\"a\" with-rsc=\"g\" score=\"red\"/>"), "rsc_colocation", "co",
            "is not a score"),
        error("invalid role", withConstraints(
            "<rsc_location id=\"l\" rsc=\"c\" node=\"n1\" score=\"5\" role=\"Boss\"/>"), "rsc_location", "l",
            "invalid role \"Boss\""),
        error("invalid order kind", withConstraints(
            "<rsc_order id=\"o\" first=\"a\" then=\"g\" kind=\"Always\"/>"), "rsc_order", "o", "invalid kind"),
        error("invalid order action", withConstraints(
            "<rsc_order id=\"o\" first=\"a\" then=\"g\" first-action=\"begin\"/>"), "rsc_order", "o",
            "invalid first-action \"begin\""),
        error("invalid resource-discovery", withConstraints(
            "<rsc_location id=\"l\" rsc=\"a\" node=\"n1\" score=\"5\" resource-discovery=\"sometimes\"/>"),
            "rsc_location", "l", "invalid resource-discovery"),
        error("location without node or rule", withConstraints("<rsc_location id=\"l\" rsc=\"a\" score=\"5\"/>"),
            "rsc_location", "l", "neither node and score nor a rule"),
        error("location rule without score", withConstraints("<rsc_location id=\"l\" rsc=\"a\"><rule id=\"r\">"
            + "<expression id=\"e\" attribute=\"x\" operation=\"defined\"/></rule></rsc_location>"),
            "rule", "r", "needs a score or a score-attribute"),
        error("bad rsc-pattern", withConstraints(
            "<rsc_location id=\"l\" rsc-pattern=\"a(\" node=\"n1\" score=\"5\"/>"), "rsc_location", "l",
            "not a valid regular expression"),
        error("two templates colocated", withResources("<template id=\"t2\" class=\"lsb\" type=\"x\"/>")
            .replace("<constraints></constraints>",
                "<constraints><rsc_colocation id=\"co\" rsc=\"t\" with-rsc=\"t2\" score=\"10\"/></constraints>"),
            "rsc_colocation", "co", "two templates or tags"),
        error("unparseable interval", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\"><operations>"
            + "<op id=\"b-mon\" name=\"monitor\" interval=\"often\"/></operations></primitive>"),
            "op", "b-mon", "interval \"often\" is not a time span"),
        error("unparseable date", withConstraints("<rsc_location id=\"l\" rsc=\"a\"><rule id=\"r\" score=\"5\">"
            + "<date_expression id=\"d\" operation=\"gt\" start=\"next tuesday\"/></rule></rsc_location>"),
            "date_expression", "d", "start \"next tuesday\" is not an ISO 8601 date"),
        error("date expression missing end", withConstraints("<rsc_location id=\"l\" rsc=\"a\"><rule id=\"r\" score=\"5\">"
            + "<date_expression id=\"d\" operation=\"lt\"/></rule></rsc_location>"),
            "date_expression", "d", "operation lt needs an end"),
        error("bad date_spec", withConstraints("<rsc_location id=\"l\" rsc=\"a\"><rule id=\"r\" score=\"5\">"
            + "<date_expression id=\"d\" operation=\"date_spec\"><date_spec id=\"ds\" hours=\"9 to 5\"/>"
            + "</date_expression></rule></rsc_location>"), "date_spec", "ds", "hours \"9 to 5\""),
        error("bad duration", withConstraints("<rsc_location id=\"l\" rsc=\"a\"><rule id=\"r\" score=\"5\">"
            + "<date_expression id=\"d\" operation=\"in_range\" start=\"2026-01-01\"><duration id=\"du\" "
            + "months=\"one\"/></date_expression></rule></rsc_location>"), "duration", "du", "months \"one\""),
        error("bad expression operation", withConstraints("<rsc_location id=\"l\" rsc=\"a\"><rule id=\"r\" score=\"5\">"
            + "<expression id=\"e\" attribute=\"x\" operation=\"like\" value=\"1\"/></rule></rsc_location>"),
            "expression", "e", "invalid operation \"like\""),
        error("group holding a clone", withResources(
            "<group id=\"g3\"><clone id=\"c3\"><primitive id=\"c3p\" class=\"lsb\" type=\"x\"/></clone></group>"),
            "group", "g3", "a group can hold only primitives"),
        error("empty group", withResources("<group id=\"g3\"/>"), "group", "g3", "has no members"),
        error("clone of nothing", withResources("<clone id=\"c3\"/>"), "clone", "c3", "nothing to clone"),
        error("clone of a clone", withResources(
            "<clone id=\"c3\"><clone id=\"c4\"><primitive id=\"c4p\" class=\"lsb\" type=\"x\"/></clone></clone>"),
            "clone", "c3", "only a primitive or a group"),
        error("bundle without runtime", withResources("<bundle id=\"b\"/>"), "bundle", "b",
            "no container runtime"),
        error("port mapping without port", withResources("<bundle id=\"b\"><podman image=\"i\"/>"
            + "<network control-port=\"3121\"><port-mapping id=\"pm\"/></network></bundle>"),
            "port-mapping", "pm", "needs a port or a range"),
        error("storage mapping without target", withResources("<bundle id=\"b\"><podman image=\"i\"/>"
            + "<storage><storage-mapping id=\"sm\" source-dir=\"/a\"/></storage></bundle>"),
            "storage-mapping", "sm", "needs source-dir"),
        error("unknown container", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\">"
            + "<meta_attributes id=\"b-meta\"><nvpair id=\"b-ct\" name=\"container\" value=\"vm9\"/>"
            + "</meta_attributes></primitive>"), "primitive", "b", "container \"vm9\" is not a resource"),
        error("unknown resource class", withResources("<primitive id=\"b\" class=\"docker\" type=\"x\"/>"),
            "primitive", "b", "unknown resource class \"docker\""),
        error("ocf without provider", withResources("<primitive id=\"b\" class=\"ocf\" type=\"Dummy\"/>"),
            "primitive", "b", "needs a provider"),
        error("primitive without type", withResources("<primitive id=\"b\" class=\"lsb\"/>"), "primitive", "b",
            "has no type"),
        error("unknown template", withResources("<primitive id=\"b\" template=\"nope\"/>"), "primitive", "b",
            "template \"nope\" does not exist"),
        error("invalid target-role", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\">"
            + "<meta_attributes id=\"b-meta\"><nvpair id=\"b-tr\" name=\"target-role\" value=\"Running\"/>"
            + "</meta_attributes></primitive>"), "primitive", "b", "invalid target-role \"Running\""),
        error("fencing level index out of range", withFence("<fencing-topology><fencing-level id=\"fl\" "
            + "target=\"n1\" index=\"10\" devices=\"f\"/></fencing-topology>"), "fencing-level", "fl",
            "from 1 to 9"),
        error("fencing level without target", withFence("<fencing-topology><fencing-level id=\"fl\" "
            + "index=\"1\" devices=\"f\"/></fencing-topology>"), "fencing-level", "fl", "exactly one of target"),
        error("node of unknown type", cib(OPTIONS, NODES + "<node id=\"3\" uname=\"n3\" type=\"robot\"/>",
            RESOURCES, "", ""), "node", "3", "unrecognized node type \"robot\""),
        error("alert without path", withMore("<alerts><alert id=\"al\"/></alerts>"), "alert", "al", "has no path"),
        warning("location to unknown node", withConstraints(
            "<rsc_location id=\"l\" rsc=\"a\" node=\"n9\" score=\"10\"/>"), "rsc_location", "l",
            "node \"n9\" is not in the nodes section"),
        warning("duplicate operation", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\"><operations>"
            + "<op id=\"b1\" name=\"monitor\" interval=\"10s\" role=\"Promoted\"/>"
            + "<op id=\"b2\" name=\"monitor\" interval=\"10000ms\" role=\"Unpromoted\"/></operations></primitive>"),
            "op", "b2", "duplicates operation \"b1\""),
        warning("on-fail stop for stop", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\"><operations>"
            + "<op id=\"b1\" name=\"stop\" interval=\"0\" on-fail=\"stop\"/></operations></primitive>"),
            "op", "b1", "not allowed for stop"),
        warning("unparseable timeout", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\"><operations>"
            + "<op id=\"b1\" name=\"start\" interval=\"0\" timeout=\"bad\"/></operations></primitive>"),
            "op", "b1", "timeout \"bad\" is not a time span"),
        warning("promoted target-role on a primitive", withResources("<primitive id=\"b\" class=\"lsb\" type=\"x\">"
            + "<meta_attributes id=\"b-meta\"><nvpair id=\"b-tr\" name=\"target-role\" value=\"Promoted\"/>"
            + "</meta_attributes></primitive>"), "primitive", "b", "only makes sense for promotable clones"),
        warning("fencing enabled without devices", cib("", NODES, RESOURCES, "", ""), "crm_config", null,
            "no fencing device"),
        warning("bad cluster option", cib(OPTIONS.replace("</cluster_property_set>",
            "<nvpair id=\"nqp\" name=\"no-quorum-policy\" value=\"panic\"/></cluster_property_set>"), NODES,
            RESOURCES, "", ""), "nvpair", "nqp", "no-quorum-policy=\"panic\" is not one of"),
        warning("rule without conditions", withConstraints("<rsc_location id=\"l\" rsc=\"a\">"
            + "<rule id=\"r\" score=\"5\"/></rsc_location>"), "rule", "r", "contains no conditions"),
        warning("fencing level with unknown device", withMore("<fencing-topology><fencing-level id=\"fl\" "
            + "target=\"n1\" index=\"1\" devices=\"a\"/></fencing-topology>"), "fencing-level", "fl",
            "device \"a\" is not a configured fencing"));
  }

  static Arguments error(String name, String xml, String element, String id, String words) {
    return Arguments.of(name, xml, Severity.ERROR, element, id, words);
  }

  static Arguments warning(String name, String xml, String element, String id, String words) {
    return Arguments.of(name, xml, Severity.WARNING, element, id, words);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyOneProblem(String name, String xml, Severity severity, String element, String id,
      String words) {
    List<Problem> problems = CibValidator.validate(CibCodec.readString(xml));
    assertEquals(1, problems.size(), () -> name + ": " + problems);
    Problem p = problems.get(0);
    assertEquals(severity, p.severity(), p::toString);
    assertEquals(element, p.element(), p::toString);
    assertEquals(id, p.id(), p::toString);
    assertTrue(p.message().contains(words), p::toString);
    assertEquals(severity == Severity.ERROR, CibValidator.hasErrors(problems));
  }

  @Test
  void baseCibHasNoProblems() {
    assertEquals(List.of(), CibValidator.validate(CibCodec.readString(withConstraints(""))));
  }

  @Test
  void oldAndNewNamesAreBothAccepted() {
    String xml = cib("<cluster_property_set id=\"o\"><nvpair id=\"o1\" name=\"stonith-enabled\" value=\"no\"/>"
        + "</cluster_property_set>", NODES, RESOURCES
        + "<master id=\"ms\"><primitive id=\"msp\" class=\"ocf\" provider=\"pacemaker\" type=\"Stateful\"/></master>",
        "<rsc_colocation id=\"co1\" rsc=\"a\" with-rsc=\"ms\" with-rsc-role=\"Master\" score=\"INFINITY\"/>"
            + "<rsc_colocation id=\"co2\" rsc=\"g\" with-rsc=\"ms\" with-rsc-role=\"Promoted\" score=\"+INFINITY\"/>"
            + "<rsc_order id=\"o2\" first=\"ms\" first-action=\"promote\" then=\"g\" kind=\"Optional\"/>"
            + "<rsc_location id=\"l1\" rsc=\"ms\" role=\"Slave\" node=\"n1\" score=\"-INFINITY\"/>"
            + "<rsc_location id=\"l2\" rsc=\"c\"><rule id=\"r\" score-attribute=\"pingd\" boolean-op=\"or\">"
            + "<expression id=\"e\" attribute=\"pingd\" operation=\"gt\" type=\"number\" value=\"0\"/>"
            + "<date_expression id=\"d\" operation=\"in_range\" start=\"2005-001\">"
            + "<duration id=\"du\" years=\"1\"/></date_expression></rule></rsc_location>",
        "");
    assertEquals(List.of(), CibValidator.validate(CibCodec.readString(xml)));
  }

  @Test
  void fixtureIsValid() {
    List<Problem> problems = CibValidator.validate(CibCodec.readString(Fixtures.text("mixed.xml")));
    assertTrue(!CibValidator.hasErrors(problems), problems::toString);
  }

  @Test
  void problemPrintsElementIdAndMessage() {
    Problem p = new Problem(Severity.ERROR, "rsc_order", "o1", "then \"x\" is not a resource");
    assertEquals("error: <rsc_order id=\"o1\">: then \"x\" is not a resource", p.toString());
    assertEquals("warning: <nodes>: m", new Problem(Severity.WARNING, "nodes", null, "m").toString());
  }
}
