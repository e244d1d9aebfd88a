package org.zcrm.cib.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.SharedCorpus;
import org.zcrm.cib.model.XmlDiff;

/**
 * Every CIB of Pacemaker's scheduler regression suite: read, write, read again. The second model is
 * equal to the first (they write the same text) and the written XML equals the original up to
 * attribute order, whitespace and comments (comments are not kept by the codec). The fast StAX
 * reader and JAXB's unmarshaller give the same model (up to the order of unknown attributes: JAXB does not
 * keep it, the fast reader does).
 */
class CorpusRoundTripTest {

  static Stream<Arguments> cibs() {
    return SharedCorpus.files().stream().map(p -> Arguments.of(SharedCorpus.caseName(p), p));
  }

  @org.junit.jupiter.api.Test
  void sharedCorpusIsAvailable() {
    SharedCorpus.assumePresent();
    org.junit.jupiter.api.Assertions.assertTrue(SharedCorpus.files().size() > 600,
        "expected Pacemaker's 685 scheduler CIBs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cibs")
  void roundTripIsExact(String name, Path file) throws Exception {
    Cib cib = CibCodec.read(file);
    String written = CibCodec.writeString(cib);

    Cib again = CibCodec.readString(written);
    assertEquals(written, CibCodec.writeString(again), "model changed on the second read of " + name);

    String text = Files.readString(file);
    String viaJaxb = CibCodec.writeString(CibCodec.readWithJaxb(text, name, Cib.class));
    List<String> readers = XmlDiff.diff(XmlDiff.parse(viaJaxb), XmlDiff.parse(written), 10);
    assertTrue(readers.isEmpty(), () -> "the fast reader and JAXB disagree on " + name + ":\n"
        + String.join("\n", readers));

    Document original;
    try (InputStream in = Files.newInputStream(file)) {
      original = XmlDiff.parse(in);
    }
    List<String> diffs = XmlDiff.diff(original, XmlDiff.parse(written), 10);
    assertTrue(diffs.isEmpty(), () -> name + " differs after the round trip:\n" + String.join("\n", diffs));
  }
}
