package org.zcrm.cib.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParamDigestsTest {

  static Stream<Arguments> serializations() {
    return Stream.of(
        Arguments.of("empty", Map.of(), "<parameters/>"),
        Arguments.of("sorted by name", ordered("b", "2", "a", "1", "B", "3"),
            "<parameters B=\"3\" a=\"1\" b=\"2\"/>"),
        Arguments.of("specials escaped", Map.of("v", "<a & \"b\">"),
            "<parameters v=\"&lt;a &amp; &quot;b&quot;&gt;\"/>"),
        Arguments.of("control characters as hex", Map.of("v", "x\ny\tz"),
            "<parameters v=\"x&#x0A;y&#x09;z\"/>"),
        Arguments.of("non-ASCII kept", Map.of("v", "grüß"), "<parameters v=\"grüß\"/>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serializations")
  void serializesLikePacemaker(String name, Map<String, String> attrs, String expected) {
    assertEquals(expected, ParamDigests.serialize(attrs));
  }

  @Test
  void emptyParameterSetHasPacemakersDigest() {
    assertEquals(ParamDigests.EMPTY_DIGEST, ParamDigests.opDigest(Map.of(
        "CRM_meta_timeout", "20000", "CRM_meta_interval", "0", "crm_feature_set", "3.0.7")));
  }

  @Test
  void filterKeepsTimeoutOnlyForRecurringOperations() {
    Map<String, String> probe = Map.of("ip", "10.0.0.1", "CRM_meta_interval", "0",
        "CRM_meta_timeout", "20000", "CRM_meta_on_node", "n1", "crm_feature_set", "3.19.0", "id", "x",
        "pcmk_external_ip", "1.2.3.4");
    assertEquals(Map.of("ip", "10.0.0.1"), ParamDigests.filterForDigest(probe));
    Map<String, String> monitor = new LinkedHashMap<>(probe);
    monitor.put("CRM_meta_interval", "10000");
    assertEquals(Map.of("ip", "10.0.0.1", "CRM_meta_timeout", "20000"),
        ParamDigests.filterForDigest(monitor));
    assertNotEquals(ParamDigests.opDigest(probe), ParamDigests.opDigest(monitor));
  }

  @Test
  void namedDigestCoversOnlyTheListedParameters() {
    Map<String, String> params = Map.of("a", "1", "b", "2", "c", "3");
    List<String> names = ParamDigests.parseWordList("  c a  ");
    assertEquals(List.of("c", "a"), names);
    assertEquals(ParamDigests.digestParameters(Map.of("a", "1", "c", "3")),
        ParamDigests.digestOfNamed(params, names));
    assertEquals(ParamDigests.EMPTY_DIGEST, ParamDigests.digestOfNamed(params, List.of("z")));
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
