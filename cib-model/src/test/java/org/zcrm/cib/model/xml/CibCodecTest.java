package org.zcrm.cib.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.Configuration;
import org.zcrm.cib.model.Fixtures;
import org.zcrm.cib.model.XmlDiff;
import org.zcrm.cib.model.constraint.RscLocation;
import org.zcrm.cib.model.constraint.RscOrder;
import org.zcrm.cib.model.resource.Bundle;
import org.zcrm.cib.model.resource.Clone;
import org.zcrm.cib.model.resource.Group;
import org.zcrm.cib.model.resource.Master;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.rule.DateExpression;
import org.zcrm.cib.model.rule.Expression;
import org.zcrm.cib.model.rule.Rule;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.cib.model.status.LrmRscOp;
import org.zcrm.cib.model.status.NodeState;

class CibCodecTest {

  private static Cib mixed() {
    return CibCodec.readString(Fixtures.text("mixed.xml"));
  }

  @Test
  void readsCibAttributesAndOptions() {
    Cib cib = mixed();
    assertEquals("7", cib.getEpoch());
    assertEquals("pacemaker-3.9", cib.getValidateWith());
    assertEquals("kept", cib.otherAttribute("future-attribute"));
    Configuration c = cib.configuration();
    assertEquals("true", c.option("stonith-enabled"));
    assertEquals("100", c.rscDefaults().value("resource-stickiness"));
    assertNull(c.opDefaults().value("timeout"), "a rule-conditioned set is not unconditional");
    assertEquals(List.of("alpha", "beta"), c.nodeList().stream().map(n -> n.getUname()).toList());
    assertEquals("r1", c.nodeList().get(0).attribute("rack"));
  }

  @Test
  void readsResourcesOfEveryKindInOrder() {
    Configuration c = mixed().configuration();
    List<Resource> all = c.resources().all();
    assertEquals(List.of("fence", "web", "db-master", "ping-clone", "httpd-bundle"),
        all.stream().map(Resource::getId).toList());
    assertEquals(List.of("primitive", "group", "master", "clone", "bundle"),
        all.stream().map(Resource::kind).toList());
    Group web = c.resources().groups().get(0);
    assertEquals(List.of("ip", "fs"), web.primitives().stream().map(Primitive::getId).toList());
    assertEquals("Started", web.meta("target-role"));
    Primitive ip = web.primitives().get(0);
    assertEquals("ocf", ip.getResourceClass());
    assertEquals("192.0.2.10", ip.param("ip"));
    assertEquals("10s", ip.ops().get(0).getInterval());
    Master m = assertInstanceOf(Master.class, all.get(2));
    assertTrue(m.isPromotable());
    assertEquals("db", m.child().getId());
    assertFalse(((Clone) all.get(3)).isPromotable());
    Bundle b = (Bundle) all.get(4);
    assertEquals("podman", b.runtime().runtime());
    assertEquals("2", b.runtime().getReplicas());
    assertEquals("80", b.network().portMappings().get(0).getPort());
    assertEquals("httpd", b.primitive().getId());
  }

  @Test
  void keepsUnknownChildrenInPlace() {
    Primitive fs = mixed().configuration().resources().groups().get(0).primitives().get(1);
    List<Element> unknown = fs.unknownElements();
    assertEquals(1, unknown.size());
    assertEquals("x-unknown-child", unknown.get(0).getTagName());
    assertEquals("mint", unknown.get(0).getAttribute("flavour"));
    String frag = CibCodec.writeFragment(fs);
    assertTrue(frag.contains("<deeper>text</deeper>"), frag);
  }

  @Test
  void findsObjectsById() {
    Cib cib = mixed();
    assertEquals("fs", cib.configuration().resource("fs").getId());
    assertEquals("db", cib.configuration().resource("db").getId());
    assertNull(cib.configuration().resource("nope"));
    assertEquals("ocf:heartbeat:IPaddr2", ((Primitive) cib.configuration().resource("ip")).agent());
    assertEquals("stonith:fence_dummy", ((Primitive) cib.configuration().resource("fence")).agent());
    assertEquals("2", cib.configuration().node("beta").getId());
    assertEquals("alpha", cib.status().nodeState("alpha").getUname());
    assertEquals("alpha", cib.status().nodeState("1").getUname());
  }

  @Test
  void buildsAndWritesNewObjects() {
    Primitive p = new Primitive().setResourceClass("ocf").setProvider("pacemaker").setType("Dummy");
    p.setId("new");
    org.zcrm.cib.model.nv.MetaAttributes meta = p.add(new org.zcrm.cib.model.nv.MetaAttributes());
    meta.setId("new-meta");
    meta.put("target-role", "Stopped");
    String frag = CibCodec.writeFragment(p);
    assertEquals("<primitive id=\"new\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"><meta_attributes"
        + " id=\"new-meta\"><nvpair id=\"new-meta-target-role\" name=\"target-role\" value=\"Stopped\"/>"
        + "</meta_attributes></primitive>", frag);
    assertEquals("Stopped", CibCodec.readFragment(frag, Primitive.class).meta("target-role"));
  }

  @Test
  void specialCharactersSurviveTheRoundTrip() {
    String xml = "<nvpair id=\"x\" name=\"n\" value=\"a&#10;b&#9;c &quot;q&quot; &lt;t&gt; &amp; &#13; \u00e9 \u65e5\"/>";
    org.zcrm.cib.model.nv.NvPair p = CibCodec.readFragment(xml, org.zcrm.cib.model.nv.NvPair.class);
    assertEquals("a\nb\tc \"q\" <t> & \r \u00e9 \u65e5", p.getValue());
    org.zcrm.cib.model.nv.NvPair back =
        CibCodec.readFragment(CibCodec.writeFragment(p), org.zcrm.cib.model.nv.NvPair.class);
    assertEquals(p.getValue(), back.getValue());
    byte[] bytes = CibCodec.writeFragmentBytes(p);
    assertEquals(p.getValue(), CibCodec.readFragment(bytes, org.zcrm.cib.model.nv.NvPair.class).getValue());
  }

  @Test
  void copyIsDeepAndEqual() {
    Cib cib = mixed();
    Cib copy = CibCodec.copy(cib);
    assertEquals(CibCodec.writeString(cib), CibCodec.writeString(copy));
    copy.configuration().resources().groups().get(0).primitives().get(0).setType("Other");
    assertEquals("IPaddr2", cib.configuration().resources().groups().get(0).primitives().get(0).getType());
  }

  @Test
  void readsRulesAsATree() {
    RscLocation loc = mixed().configuration().constraints().locations().get(1);
    assertEquals("Promoted", loc.getRole());
    Rule r = loc.rules().get(0);
    assertEquals("or", r.getBooleanOp());
    assertInstanceOf(Expression.class, r.conditions().get(0));
    DateExpression d = assertInstanceOf(DateExpression.class, r.conditions().get(1));
    assertEquals("12", d.duration().getMonths());
  }

  @Test
  void readsResourceSets() {
    RscOrder o = mixed().configuration().constraints().orders().get(1);
    assertEquals(2, o.resourceSets().size());
    assertEquals(List.of("ping-clone", "httpd-bundle"), o.resourceSets().get(0).resourceIds());
    assertEquals("false", o.resourceSets().get(0).getSequential());
  }

  @Test
  void readsStatusHistory() {
    NodeState alpha = mixed().status().nodeStates().get(0);
    assertEquals("100", alpha.transientAttribute("pingd"));
    LrmResource ip = alpha.lrmResources().get(0);
    LrmRscOp start = ip.ops().get(0);
    assertEquals(12, start.callId());
    assertEquals(0, start.rc());
    assertEquals(10000L, ip.ops().get(1).intervalMs());
    assertEquals("yes", ip.ops().get(1).otherAttribute("future-op-attribute"));
    assertEquals(1700000000L, start.lastRcChange());
    assertEquals(40L, start.execTime());
    LrmRscOp old = CibCodec.readFragment("<lrm_rsc_op id=\"x\" last_rc_change=\"5\" exec_time=\"7\"/>", LrmRscOp.class);
    assertEquals(5L, old.lastRcChange());
    assertEquals(7L, old.execTime());
  }

  @Test
  void wholeCibRoundTripsExactly() throws Exception {
    String original = Fixtures.text("mixed.xml");
    String written = CibCodec.writeString(CibCodec.readString(original));
    assertTrue(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cib "), written);
    assertEquals(List.of(), XmlDiff.diff(XmlDiff.parse(original), XmlDiff.parse(written), 10));
  }

  @Test
  void streamAndStringOutputAreTheSame() {
    Cib cib = mixed();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    CibCodec.write(cib, out);
    assertEquals(CibCodec.writeString(cib), out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(CibCodec.writeString(cib).endsWith("</cib>\n"));
  }

  @Test
  void fastReaderAgreesWithJaxb() {
    String text = Fixtures.text("mixed.xml");
    assertEquals(CibCodec.writeString(CibCodec.readWithJaxb(text, "mixed", Cib.class)),
        CibCodec.writeString(CibCodec.readString(text)));
  }

  @Test
  void fragmentsRoundTrip() throws Exception {
    Cib cib = mixed();
    List<Object> objects = List.of(
        cib.configuration().resources().groups().get(0),
        cib.configuration().constraints().locations().get(1),
        cib.status().nodeStates().get(0),
        cib.status().nodeStates().get(0).lrmResources().get(0),
        cib.configuration().nodeList().get(0));
    for (Object o : objects) {
      String frag = CibCodec.writeFragment(o);
      assertFalse(frag.startsWith("<?xml"), frag);
      Object back = CibCodec.readFragment(frag, o.getClass());
      assertEquals(frag, CibCodec.writeFragment(back));
    }
    Primitive p = CibCodec.readFragment("<primitive id=\"x\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>",
        Primitive.class);
    assertEquals("Dummy", p.getType());
    Resource r = CibCodec.readFragment("<clone id=\"c\"><primitive id=\"x\"/></clone>", Resource.class);
    assertEquals("x", ((Clone) r).child().getId());
  }

  @Test
  void fragmentOfTheWrongKindIsAClearError() {
    CibParseException e = assertThrows(CibParseException.class,
        () -> CibCodec.readFragment("<group id=\"g\"/>", Primitive.class));
    assertTrue(e.getMessage().contains("the root element is <group>, expected <primitive>"), e.getMessage());
  }

  @Test
  void malformedXmlGivesLineAndColumn() {
    String bad = "<cib epoch=\"1\">\n  <configuration>\n    <nodes>\n  </configuration>\n</cib>\n";
    CibParseException e = assertThrows(CibParseException.class, () -> CibCodec.readString(bad));
    assertEquals(4, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.getMessage().startsWith("input:4:"), e.getMessage());
    assertTrue(e.problem().startsWith("malformed XML: "), e.problem());
  }

  @Test
  void wrongRootElementIsAClearError() {
    CibParseException e = assertThrows(CibParseException.class, () -> CibCodec.readString("<html/>"));
    assertTrue(e.problem().contains("html"), e.problem());
  }
}
