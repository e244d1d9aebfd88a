package org.zcrm.fence.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.fence.FencingConfig;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.topology.FencingLevel;
import org.zcrm.fence.topology.LevelTarget;

class CibFencingMapperTest {

    private static final String CIB = """
            <cib validate-with="pacemaker-3.9" epoch="1" num_updates="0" admin_epoch="0">
              <configuration>
                <crm_config>
                  <cluster_property_set id="opts">
                    <nvpair id="opts-st" name="stonith-timeout" value="90s"/>
                  </cluster_property_set>
                </crm_config>
                <nodes>
                  <node id="1" uname="db1">
                    <instance_attributes id="db1-attrs">
                      <nvpair id="db1-rack" name="rack" value="r7"/>
                    </instance_attributes>
                  </node>
                  <node id="2" uname="web1"/>
                </nodes>
                <resources>
                  <template id="ipmi-template" class="stonith" type="fence_ipmilan">
                    <instance_attributes id="ipmi-template-ia">
                      <nvpair id="t-login" name="login" value="admin"/>
                      <nvpair id="t-lanplus" name="lanplus" value="1"/>
                    </instance_attributes>
                  </template>
                  <primitive id="ipmi-db1" template="ipmi-template">
                    <instance_attributes id="ipmi-db1-ia">
                      <nvpair id="i-ip" name="ipaddr" value="192.0.2.1"/>
                      <nvpair id="i-login" name="login" value="root"/>
                      <nvpair id="i-list" name="pcmk_host_list" value="db1"/>
                    </instance_attributes>
                  </primitive>
                  <primitive id="pdu" class="stonith" type="fence_apc_snmp">
                    <instance_attributes id="pdu-ia">
                      <nvpair id="p-map" name="pcmk_host_map" value="db1:10;web1:11"/>
                      <nvpair id="p-delay" name="pcmk_delay_max" value="8s"/>
                    </instance_attributes>
                  </primitive>
                  <primitive id="off-device" class="stonith" type="fence_xvm">
                    <meta_attributes id="off-meta">
                      <nvpair id="off-role" name="target-role" value="Stopped"/>
                    </meta_attributes>
                  </primitive>
                  <primitive id="web" class="ocf" provider="heartbeat" type="apache"/>
                  <group id="g">
                    <primitive id="ip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                  </group>
                </resources>
                <constraints/>
                <fencing-topology>
                  <fencing-level id="fl-db1-1" target="db1" index="1" devices="ipmi-db1"/>
                  <fencing-level id="fl-db1-2" target="db1" index="2" devices="pdu, ipmi-db1"/>
                  <fencing-level id="fl-web" target-pattern="^web[0-9]+$" index="1" devices="pdu"/>
                  <fencing-level id="fl-rack" target-attribute="rack" target-value="r7" index="3" devices="pdu"/>
                  <fencing-level id="fl-bad-index" target="db1" index="12" devices="pdu"/>
                  <fencing-level id="fl-no-target" index="1" devices="pdu"/>
                  <fencing-level id="fl-bad-pattern" target-pattern="web(" index="1" devices="pdu"/>
                </fencing-topology>
              </configuration>
              <status/>
            </cib>
            """;

    @Test
    void mapsDevicesLevelsTimeoutAndNodeAttributes() {
        CibFencingMapper.Mapped mapped = CibFencingMapper.map(CibCodec.readString(CIB));
        FencingConfig c = mapped.config();
        assertEquals(List.of(
                new FenceDevice("ipmi-db1", "fence_ipmilan", Map.of("login", "root", "lanplus", "1",
                        "ipaddr", "192.0.2.1", "pcmk_host_list", "db1")),
                new FenceDevice("pdu", "fence_apc_snmp", Map.of("pcmk_host_map", "db1:10;web1:11",
                        "pcmk_delay_max", "8s"))), c.devices());
        assertEquals(List.of("login", "lanplus", "ipaddr", "pcmk_host_list"),
                List.copyOf(c.devices().get(0).params().keySet()), "template parameters first, then the primitive's");
        assertEquals(List.of(
                new FencingLevel("fl-db1-1", new LevelTarget.ByName("db1"), 1, List.of("ipmi-db1")),
                new FencingLevel("fl-db1-2", new LevelTarget.ByName("db1"), 2, List.of("pdu", "ipmi-db1")),
                new FencingLevel("fl-web", new LevelTarget.ByPattern("^web[0-9]+$"), 1, List.of("pdu")),
                new FencingLevel("fl-rack", new LevelTarget.ByAttribute("rack", "r7"), 3, List.of("pdu"))), c.levels());
        assertEquals(Duration.ofSeconds(90), c.fencingTimeout());
        assertEquals(Map.of("rack", "r7"), c.attributesOf("DB1"));
        assertEquals(List.of(
                "fencing-level fl-bad-index has index 12, which must be 1 to 9",
                "fencing-level fl-no-target names no target: set target, target-pattern, or target-attribute with target-value",
                "fencing-level fl-bad-pattern has an invalid target-pattern: Unclosed group"), mapped.problems());
    }

    @Test
    void fencingTimeoutPrefersTheNewName() {
        assertEquals(Duration.ofSeconds(30), FencingConfig.fencingTimeout(Map.of("fencing-timeout", "30s",
                "stonith-timeout", "90s")));
        assertEquals(Duration.ofSeconds(60), FencingConfig.fencingTimeout(Map.of("stonith-timeout", "soon")));
        assertEquals(Duration.ofSeconds(60), FencingConfig.fencingTimeout(Map.of()));
    }
}
