package org.zcrm.executor.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.executor.agent.AgentMetadata;

class OpDigestsTest {

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
        assertEquals(expected, OpDigests.serialize(attrs));
    }

    @Test
    void emptyParameterSetHasPacemakersDigest() {
        assertEquals(OpDigests.EMPTY_DIGEST, OpDigests.opDigest(Map.of(
                "CRM_meta_timeout", "20000", "CRM_meta_interval", "0", "crm_feature_set", "3.0.7")));
    }

    @Test
    void filterKeepsTimeoutOnlyForRecurringOperations() {
        Map<String, String> probe = Map.of("ip", "10.0.0.1", "CRM_meta_interval", "0", "CRM_meta_timeout", "20000",
                "CRM_meta_on_node", "n1", "crm_feature_set", "3.19.0", "id", "x", "pcmk_external_ip", "1.2.3.4");
        assertEquals(Map.of("ip", "10.0.0.1"), OpDigests.filterForDigest(probe));
        Map<String, String> monitor = new LinkedHashMap<>(probe);
        monitor.put("CRM_meta_interval", "10000");
        assertEquals(Map.of("ip", "10.0.0.1", "CRM_meta_timeout", "20000"), OpDigests.filterForDigest(monitor));
        assertFalse(OpDigests.opDigest(probe).equals(OpDigests.opDigest(monitor)));
    }

    private static final String META = """
            <resource-agent name="X"><version>1.1</version>
            <parameters>
              <parameter name="state" unique="1"/>
              <parameter name="fake" reloadable="1"/>
              <parameter name="passwd" reloadable="true" private="1"/>
              <parameter name="host"/>
            </parameters>
            <actions><action name="start"/><action name="reload-agent"/></actions>
            </resource-agent>""";

    @Test
    void restartAndSecureListsFollowTheControllersFormat() {
        AgentMetadata md = AgentMetadata.parse(META);
        Map<String, String> params = Map.of("state", "/s", "fake", "f", "passwd", "secret", "host", "h",
                "CRM_meta_interval", "0", "CRM_meta_timeout", "20000");
        OpDigests.ListDigest restart = OpDigests.restartDigest(params, 0, md).orElseThrow();
        // metadata order reversed, two leading and two trailing spaces: "  host state  "
        assertEquals("  host state  ", restart.list());
        assertEquals(OpDigests.digestParameters(Map.of("state", "/s", "host", "h")), restart.digest());
        assertTrue(OpDigests.restartDigest(params, 10000, md).isEmpty(), "recurring operations have none");

        OpDigests.ListDigest secure = OpDigests.secureDigest(params, md).orElseThrow();
        assertEquals("  passwd  ", secure.list());
        assertEquals(OpDigests.digestParameters(Map.of("state", "/s", "fake", "f", "host", "h")), secure.digest());
    }

    @Test
    void agentsWithoutReloadHaveNoRestartDigestAndImplicitPrivateNames() {
        AgentMetadata md = AgentMetadata.parse("""
                <resource-agent name="Y"><version>1.0</version>
                <parameters><parameter name="user"/><parameter name="password"/><parameter name="ip"/></parameters>
                <actions><action name="start"/><action name="reload-agent"/></actions></resource-agent>""");
        assertTrue(OpDigests.restartDigest(Map.of(), 0, md).isEmpty(), "reload-agent needs OCF 1.1");
        assertEquals("  password user  ", OpDigests.secureDigest(Map.of("ip", "1"), md).orElseThrow().list());
        assertEquals(List.of("password", "user"), OpDigests.parseWordList("  password user  "));
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
