package org.zcrm.cib.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.cib.model.Cib;

/**
 * Reading a large file with its status section in pieces gives the same model as one pass, and the
 * same error (message, line, column) for malformed input, whatever sits where the pieces are cut.
 */
@Timeout(120)
class SplitStatusReaderTest {
  private static final Executor HELPER = r -> {
    Thread t = new Thread(r, "test-cib-reader");
    t.setDaemon(true);
    t.start();
  };

  @TempDir Path tmp;

  /** A CIB of about 6 MB: 24 nodes, 300 resources, two operations each in every node's history. */
  static String cib(String rootAttributes, String configurationExtra, UnaryOperator<String> nodeState) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<cib crm_feature_set=\"3.16.2\" validate-with=\"pacemaker-3.9\" epoch=\"3\" num_updates=\"0\"")
        .append(" admin_epoch=\"0\"").append(rootAttributes).append(">\n  <configuration>\n");
    sb.append("    <nodes>\n");
    for (int n = 1; n <= 24; n++) {
      sb.append("      <node id=\"").append(n).append("\" uname=\"node").append(n).append("\"/>\n");
    }
    sb.append("    </nodes>\n    <resources>\n");
    for (int r = 1; r <= 300; r++) {
      sb.append("      <primitive id=\"rsc").append(r)
          .append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>\n");
    }
    sb.append("    </resources>\n").append(configurationExtra).append("  </configuration>\n  <status>\n");
    for (int n = 1; n <= 24; n++) {
      StringBuilder ns = new StringBuilder();
      ns.append("    <node_state id=\"").append(n).append("\" uname=\"node").append(n)
          .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">\n");
      ns.append("      <transient_attributes id=\"").append(n).append("\"><instance_attributes id=\"status-")
          .append(n).append("\"><nvpair id=\"status-").append(n)
          .append("-x\" name=\"x\" value=\"a &amp; b &lt; c\"/></instance_attributes></transient_attributes>\n");
      ns.append("      <lrm id=\"").append(n).append("\"><lrm_resources>\n");
      for (int r = 1; r <= 300; r++) {
        ns.append("        <lrm_resource id=\"rsc").append(r)
            .append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\">");
        for (String op : List.of("start", "monitor")) {
          ns.append("<lrm_rsc_op id=\"rsc").append(r).append('_').append(op).append("_0\" operation_key=\"rsc")
              .append(r).append('_').append(op).append("_0\" operation=\"").append(op)
              .append("\" crm-debug-origin=\"test\" crm_feature_set=\"3.16.2\" transition-key=\"")
              .append(r).append(":").append(n).append(":0:0a0b0c0d-0000-0000-0000-000000000000\" on_node=\"node")
              .append(n).append("\" call-id=\"").append(n * 1000 + r).append("\" rc-code=\"0\" op-status=\"0\"")
              .append(" interval=\"0\" last-rc-change=\"").append(1700000000 + r).append("\" exec-time=\"")
              .append(r % 17).append("\" queue-time=\"0\" op-digest=\"f2317cad3d54cec5d7d7aa7d0bf35cf8\"/>");
        }
        ns.append("</lrm_resource>\n");
      }
      ns.append("      </lrm_resources></lrm>\n    </node_state>\n");
      sb.append(nodeState.apply(ns.toString()));
    }
    sb.append("    <tickets><ticket_state id=\"t1\" granted=\"true\"/></tickets>\n  </status>\n</cib>\n");
    return sb.toString();
  }

  /** A comment holding text that looks like status content, {@code bytes} long. */
  private static String lookalikeComment(int bytes) {
    StringBuilder sb = new StringBuilder("    <!-- ");
    while (sb.length() < bytes) {
      sb.append("<node_state id=\"x\"> </node_state> <lrm_resource id=\"y\"/>\n");
    }
    return sb.append(" -->\n").toString();
  }

  static Stream<Arguments> sameAsOnePass() {
    String big = lookalikeComment(200_000);
    return Stream.of(
        Arguments.of("plain status section", cib("", "", s -> s)),
        Arguments.of("comments, text and unknown elements between node states",
            cib("", "", s -> "    <!-- before -->\n" + s + "    stray text <zz-unknown a=\"1\"><b/></zz-unknown>\n")),
        Arguments.of("comments holding node_state tags where the cuts fall", cib("", "", s -> big + s)),
        Arguments.of("node_state tags inside CDATA",
            cib("", "", s -> s.replace("<lrm id=", "<zz-text><![CDATA[" + big + "]]></zz-text><lrm id="))),
        Arguments.of("a status tag in a comment in the configuration",
            cib("", "    <!-- <status> <node_state id=\"9\"> -->\n", s -> s)),
        Arguments.of("a default namespace on the root (not a CIB either way)", cib(" xmlns=\"urn:example\"", "", s -> s)),
        Arguments.of("a prefix declared on the root and used in the status section",
            cib(" xmlns:z=\"urn:example\"", "", s -> s.replace("<lrm id=", "<z:extra z:a=\"1\"/><lrm id="))),
        Arguments.of("a node state with a marker-like element",
            cib("", "", s -> s.replace("<lrm id=", "<zcrm-split-status-here nonce=\"1\"/><lrm id="))),
        Arguments.of("non-ASCII text", cib("", "", s -> s.replace("value=\"a &amp; b", "value=\"\u00e9t\u00e9 \u2713"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameAsOnePass")
  void readsTheSameModelAsOnePass(String name, String xml) throws IOException {
    Path f = write(xml);
    assertEquals(outcome(() -> CibCodec.read(f)), outcome(() -> CibCodec.read(f, HELPER)), name);
  }

  /** The model as XML with the classes of the status children, or the error a read gives. */
  private static String outcome(Callable<Cib> read) throws IOException {
    try {
      Cib cib = read.call();
      return CibCodec.writeString(cib) + classes(cib);
    } catch (CibParseException e) {
      return "error " + e.getMessage() + " line " + e.line() + " column " + e.column();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPlainLargeFileIsReallyReadInPieces() throws IOException {
    Path f = write(cib("", "", s -> s));
    Cib split = readSplit(f);
    assertNotNull(split, "read in pieces");
    assertEquals(25, split.status().children().size());
    assertEquals(CibCodec.writeString(CibCodec.read(f)), CibCodec.writeString(split));
  }

  @Test
  void aSmallFileOrAnotherEncodingIsLeftToOnePass() throws IOException {
    assertNull(readSplit(write(cib("", "", s -> s).substring(0, 2000))));
    String latin = cib("", "", s -> s).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    Path f = tmp.resolve("latin1.xml");
    Files.write(f, latin.getBytes(StandardCharsets.ISO_8859_1));
    assertNull(readSplit(f));
    assertEquals(CibCodec.writeString(CibCodec.read(f)), CibCodec.writeString(CibCodec.read(f, HELPER)));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a node state not closed",
            (UnaryOperator<String>) s -> s.contains("id=\"13\"") ? s.replace("</node_state>", "") : s),
        Arguments.of("mismatched end tag deep in the status section",
            (UnaryOperator<String>) s -> s.contains("id=\"17\"") ? s.replace("</lrm_resources>", "</lrm_resource>") : s),
        Arguments.of("an unknown entity",
            (UnaryOperator<String>) s -> s.contains("id=\"7\"") ? s.replace("a &amp; b", "a &nbsp; b") : s),
        Arguments.of("a stray less-than in an attribute value",
            (UnaryOperator<String>) s -> s.contains("id=\"20\"") ? s.replace("call-id=\"20150\"", "call-id=\"<\"") : s),
        Arguments.of("an unbound prefix",
            (UnaryOperator<String>) s -> s.contains("id=\"5\"") ? s.replace("<lrm id=", "<q:x/><lrm id=") : s),
        Arguments.of("a comment not closed before the next node state",
            (UnaryOperator<String>) s -> s.contains("id=\"11\"") ? s + "    <!-- open\n" : s),
        Arguments.of("a duplicate attribute",
            (UnaryOperator<String>) s -> s.contains("id=\"23\"") ? s.replace("rc-code=\"0\"", "rc-code=\"0\" rc-code=\"1\"") : s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedStatusGivesTheOnePassError(String name, UnaryOperator<String> change) throws IOException {
    Path f = write(cib("", "", change));
    CibParseException one = assertThrows(CibParseException.class, () -> CibCodec.read(f));
    CibParseException split = assertThrows(CibParseException.class, () -> CibCodec.read(f, HELPER));
    assertEquals(one.getMessage(), split.getMessage(), name);
    assertEquals(one.line(), split.line());
    assertEquals(one.column(), split.column());
    assertTrue(one.line() > 300, name + ": the error is in the status section, at line " + one.line());
  }

  private static List<String> classes(Cib cib) {
    return cib.status().children().stream().map(o -> o.getClass().getSimpleName()).toList();
  }

  private Cib readSplit(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      return SplitStatusReader.read(ch, ch.size(), f.toString(), HELPER);
    }
  }

  private Path write(String xml) throws IOException {
    Path f = tmp.resolve("cib.xml");
    Files.writeString(f, xml, StandardCharsets.UTF_8);
    return f;
  }
}
