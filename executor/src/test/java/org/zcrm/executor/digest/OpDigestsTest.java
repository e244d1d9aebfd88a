package org.zcrm.executor.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.executor.agent.AgentMetadata;

class OpDigestsTest {

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
        assertEquals(ParamDigests.digestParameters(Map.of("state", "/s", "host", "h")), restart.digest());
        assertTrue(OpDigests.restartDigest(params, 10000, md).isEmpty(), "recurring operations have none");

        OpDigests.ListDigest secure = OpDigests.secureDigest(params, md).orElseThrow();
        assertEquals("  passwd  ", secure.list());
        assertEquals(ParamDigests.digestParameters(Map.of("state", "/s", "fake", "f", "host", "h")), secure.digest());
    }

    @Test
    void agentsWithoutReloadHaveNoRestartDigestAndImplicitPrivateNames() {
        AgentMetadata md = AgentMetadata.parse("""
                <resource-agent name="Y"><version>1.0</version>
                <parameters><parameter name="user"/><parameter name="password"/><parameter name="ip"/></parameters>
                <actions><action name="start"/><action name="reload-agent"/></actions></resource-agent>""");
        assertTrue(OpDigests.restartDigest(Map.of(), 0, md).isEmpty(), "reload-agent needs OCF 1.1");
        assertEquals("  password user  ", OpDigests.secureDigest(Map.of("ip", "1"), md).orElseThrow().list());
        assertEquals(List.of("password", "user"), ParamDigests.parseWordList("  password user  "));
    }
}
