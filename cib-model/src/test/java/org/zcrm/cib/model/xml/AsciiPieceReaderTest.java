package org.zcrm.cib.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-XML reader of status pieces against Woodstox: what it reads, it reads the same; what it
 * leaves to Woodstox includes everything Woodstox refuses.
 */
class AsciiPieceReaderTest {
  private static final String OP = "<lrm_rsc_op id=\"r_start_0\" operation=\"start\" call-id=\"7\" rc-code=\"0\"/>";

  static Stream<Arguments> read() {
    return Stream.of(
        Arguments.of("a node state with history", "\n    <node_state id=\"1\" uname=\"n1\" crmd=\"online\">\n"
            + "      <lrm id=\"1\"><lrm_resources><lrm_resource id=\"r\" class=\"ocf\" type=\"Dummy\">" + OP
            + "</lrm_resource></lrm_resources></lrm>\n    </node_state>\n"),
        Arguments.of("two node states and tickets", "<node_state id=\"1\"/>\r\n\t<node_state id=\"2\"></node_state>"
            + "<tickets><ticket_state id=\"t\" granted=\"true\"/></tickets>"),
        Arguments.of("entities, single quotes and spaces around =",
            "<node_state id = '1' uname=\"a&amp;b&lt;&gt;&quot;&apos;\" x='\"'></node_state >"),
        Arguments.of("unknown elements and attributes kept", "<node_state id=\"1\" zz-a=\"1\"><zz-b c=\"d\"><e/></zz-b>"
            + "</node_state><zz-top f=\"g\"/>"),
        Arguments.of("the same values many times", ("<node_state id=\"1\"><lrm><lrm_resources>"
            + "<lrm_resource id=\"r\">" + OP + OP.replace("r_start_0", "r_start_1") + "</lrm_resource>").repeat(3)
            .replace("<node_state id=\"1\"><lrm><lrm_resources><lrm_resource id=\"r\">", "<lrm_resource id=\"r\">")
            .replaceFirst("^", "<node_state id=\"1\"><lrm><lrm_resources>") + "</lrm_resources></lrm></node_state>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("read")
  void readsPlainXmlAsWoodstoxDoes(String name, String piece) throws Exception {
    assertEquals(xml(woodstox(piece)), xml(ascii(piece)), name);
  }

  static Stream<Arguments> leftToWoodstox() {
    return Stream.of(
        // malformed: Woodstox refuses these
        Arguments.of("unclosed element", "<node_state id=\"1\">", false),
        Arguments.of("mismatched end tag", "<node_state id=\"1\"></node_stat>", false),
        Arguments.of("duplicate attribute", "<node_state id=\"1\" id=\"2\"/>", false),
        Arguments.of("no space between attributes", "<node_state id=\"1\"uname=\"a\"/>", false),
        Arguments.of("less-than in a value", "<node_state id=\"<\"/>", false),
        Arguments.of("unknown entity", "<node_state id=\"&nbsp;\"/>", false),
        Arguments.of("bare ampersand", "<node_state id=\"a & b\"/>", false),
        Arguments.of("unquoted value", "<node_state id=1/>", false),
        Arguments.of("space after the less-than", "< node_state/>", false),
        Arguments.of("end tag without start", "</node_state>", false),
        Arguments.of("unbound prefix", "<z:node_state/>", false),
        Arguments.of("control character", "<node_state id=\"\u0001\"/>", false),
        Arguments.of("unclosed comment", "<node_state/><!-- ", false),
        Arguments.of("name starting with a digit", "<1node/>", false),
        // well-formed, but not plain: Woodstox reads these
        Arguments.of("comment", "<node_state id=\"1\"/><!-- c -->", true),
        Arguments.of("text", "<node_state id=\"1\">text</node_state>", true),
        Arguments.of("character reference", "<node_state id=\"&#65;\"/>", true),
        Arguments.of("tab in a value (normalised)", "<node_state id=\"a\tb\"/>", true),
        Arguments.of("non-ASCII value", "<node_state id=\"\u00e9\"/>", true),
        Arguments.of("CDATA", "<node_state><![CDATA[x]]></node_state>", true),
        Arguments.of("processing instruction", "<node_state/><?pi x?>", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leftToWoodstox")
  void leavesAnythingElseToWoodstox(String name, String piece, boolean wellFormed) throws Exception {
    assertThrows(AsciiPieceReader.Unsupported.class, () -> ascii(piece), name);
    if (wellFormed) {
      woodstox(piece);
    } else {
      assertThrows(Exception.class, () -> woodstox(piece), name + " is malformed");
    }
  }

  private static List<Object> ascii(String piece) throws Exception {
    byte[] b = piece.getBytes(StandardCharsets.UTF_8);
    return SplitStatusReader.readChildren(new AsciiPieceReader(b, b.length, SplitStatusReader.WRAPPER));
  }

  private static List<Object> woodstox(String piece) throws Exception {
    String w = SplitStatusReader.WRAPPER;
    XMLStreamReader r = CibCodec.inputFactory().createXMLStreamReader(new ByteArrayInputStream(
        ("<" + w + ">" + piece + "</" + w + ">").getBytes(StandardCharsets.UTF_8)));
    return SplitStatusReader.readChildren(r);
  }

  private static List<String> xml(List<Object> children) {
    return children.stream().map(o -> o instanceof org.w3c.dom.Element e ? dom(e) : CibCodec.writeFragment(o)
        + " " + o.getClass().getSimpleName()).toList();
  }

  private static String dom(org.w3c.dom.Element e) {
    try {
      var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      var sw = new java.io.StringWriter();
      t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(sw));
      return sw + " Element";
    } catch (javax.xml.transform.TransformerException x) {
      throw new AssertionError(x);
    }
  }
}
