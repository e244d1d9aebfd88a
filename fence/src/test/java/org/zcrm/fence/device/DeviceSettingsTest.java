package org.zcrm.fence.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.fence.agent.AgentArguments;

class DeviceSettingsTest {

    static FenceDevice device(String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new FenceDevice("dev", "fence_x", p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "pcmk_host_list,true", "pcmk_host_map,true", "pcmk_host_check,true", "pcmk_host_argument,true",
            "pcmk_delay_base,true", "pcmk_delay_max,true", "pcmk_action_limit,true", "pcmk_reboot_action,true",
            "pcmk_off_timeout,true", "pcmk_list_retries,true", "provides,true", "stonith-timeout,true",
            "action,true", "CRM_meta_timeout,true", "crm_feature_set,true",
            "pcmk_monitor,false", "pcmk_reboot_thing,false", "ipaddr,false", "port,false", "login,false"})
    void knowsWhichParametersTheFencerConsumes(String name, boolean consumed) {
        assertEquals(consumed, FenceDevice.isFencerParam(name));
    }

    static Stream<Arguments> defaultChecks() {
        return Stream.of(
                Arguments.of("host list wins", device("pcmk_host_list", "n1"), true, true, HostCheck.STATIC_LIST),
                Arguments.of("host map wins", device("pcmk_host_map", "n1:1"), true, true, HostCheck.STATIC_LIST),
                Arguments.of("list action", device(), true, true, HostCheck.DYNAMIC_LIST),
                Arguments.of("status action", device(), false, true, HostCheck.STATUS),
                Arguments.of("nothing", device(), false, false, HostCheck.NONE),
                Arguments.of("explicit none", device("pcmk_host_list", "n1", "pcmk_host_check", "none"), true, true, HostCheck.NONE),
                Arguments.of("explicit case-insensitive", device("pcmk_host_check", "Dynamic-List"), false, false, HostCheck.DYNAMIC_LIST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultChecks")
    void derivesHostCheck(String name, FenceDevice d, boolean list, boolean status, HostCheck expected) {
        assertEquals(Optional.of(expected), DeviceSettings.of(d).hostCheck(list, status));
    }

    @Test
    void invalidHostCheckIsEmpty() {
        assertEquals(Optional.empty(), DeviceSettings.of(device("pcmk_host_check", "bogus")).hostCheck(true, true));
    }

    @Test
    void readsActionSpecificParameters() {
        DeviceSettings s = DeviceSettings.of(device("pcmk_reboot_timeout", "90s", "pcmk_off_retries", "5",
                "pcmk_reboot_action", "off", "pcmk_list_retries", "x", "pcmk_status_timeout", "junk"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), s.actionTimeout("reboot"));
        assertEquals(Optional.empty(), s.actionTimeout("off"));
        assertEquals(Optional.empty(), s.actionTimeout("status"));
        assertEquals(5, s.tries("off"));
        assertEquals(DeviceSettings.DEFAULT_TRIES, s.tries("reboot"));
        assertEquals(DeviceSettings.DEFAULT_TRIES, s.tries("list"));
        assertEquals("off", s.agentAction("reboot"));
        assertEquals("on", s.agentAction("on"));
    }

    static Stream<Arguments> agentArguments() {
        return Stream.of(
                Arguments.of("default port from metadata, name as port",
                        device("ipaddr", "10.0.0.1"), "port", "off",
                        List.of("action=off", "nodename=node1", "port=node1", "ipaddr=10.0.0.1")),
                Arguments.of("plug from metadata, mapped port",
                        device("pcmk_host_map", "node1:vm-1;node2:vm-2", "login", "admin"), "plug", "reboot",
                        List.of("action=reboot", "nodename=node1", "plug=vm-1", "login=admin")),
                Arguments.of("pcmk_host_argument overrides",
                        device("pcmk_host_argument", "uuid"), "plug", "off",
                        List.of("action=off", "nodename=node1", "uuid=node1")),
                Arguments.of("pcmk_host_argument none passes only nodename",
                        device("pcmk_host_argument", "none"), "plug", "off",
                        List.of("action=off", "nodename=node1")),
                Arguments.of("configured port is kept",
                        device("port", "fixed"), "port", "off",
                        List.of("action=off", "nodename=node1", "port=fixed")),
                Arguments.of("configured dynamic port is replaced",
                        device("port", "dynamic"), "port", "off",
                        List.of("action=off", "nodename=node1", "port=node1")),
                Arguments.of("action alias and pcmk params dropped",
                        device("pcmk_off_action", "power-off", "pcmk_off_timeout", "5s", "pcmk_host_list", "node1",
                                "action", "reboot", "user", "u"), "port", "off",
                        List.of("action=power-off", "nodename=node1", "port=node1", "user=u")),
                Arguments.of("no host argument when metadata has none",
                        device("a", "b"), null, "off", List.of("action=off", "nodename=node1", "a=b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentArguments")
    void buildsAgentArguments(String name, FenceDevice d, String defaultHostArg, String action, List<String> expected) {
        Map<String, String> args = AgentArguments.build(d, DeviceSettings.of(d), action, "node1", defaultHostArg);
        assertEquals(expected, args.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    @Test
    void deviceLevelActionsGetNoTarget() {
        FenceDevice d = device("ipaddr", "x");
        Map<String, String> args = AgentArguments.build(d, DeviceSettings.of(d), "list", null, "port");
        assertEquals(Map.of("action", "list", "ipaddr", "x"), args);
    }

    static Stream<Arguments> staticLists() {
        return Stream.of(
                Arguments.of("in host list", device("pcmk_host_list", "node1,node2"), "node2", true),
                Arguments.of("host list ignores case", device("pcmk_host_list", "Node1"), "NODE1", true),
                Arguments.of("not in host list", device("pcmk_host_list", "node1,node2"), "node3", false),
                Arguments.of("in host map", device("pcmk_host_map", "node1:1;node3:3"), "node3", true),
                Arguments.of("host map ignores case", device("pcmk_host_map", "NODE3:3"), "node3", true),
                Arguments.of("port names count as targets", device("pcmk_host_map", "node1:node9"), "node9", true),
                Arguments.of("not in host map", device("pcmk_host_map", "node1:1"), "node2", false),
                Arguments.of("list or map", device("pcmk_host_list", "a", "pcmk_host_map", "b:1"), "b", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staticLists")
    void staticList(String name, FenceDevice d, String target, boolean allowed) {
        assertEquals(allowed, DeviceSettings.of(d).staticListAllows(target));
    }
}
