package org.zcrm.fence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which device may fence which node, with the real fence_zcrm_dummy answering list and status. */
class HostCheckIT {

    @TempDir
    Path tmp;
    TestBed bed;

    @BeforeEach
    void setUp() throws Exception {
        bed = new TestBed(tmp);
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("static list: listed", List.of("pcmk_host_list", "node1,node2"), "node2", true, List.of()),
                Arguments.of("static list: not listed", List.of("pcmk_host_list", "node1,node2"), "node3", false, List.of()),
                Arguments.of("static list: spaces and case", List.of("pcmk_host_list", "Node1 node2;node3"), "NODE1", true, List.of()),
                Arguments.of("static map: mapped", List.of("pcmk_host_map", "node1:vm-1;node2:vm-2"), "node2", true, List.of()),
                Arguments.of("static map: spaces, commas in port", List.of("pcmk_host_map", "node1:1 node2:2,3"), "node2", true, List.of()),
                Arguments.of("static map: not mapped", List.of("pcmk_host_map", "node1:vm-1"), "node2", false, List.of()),
                Arguments.of("static wins over list action", List.of("pcmk_host_list", "node1", "hosts", "node2"), "node2", false, List.of()),
                Arguments.of("default dynamic list: listed", List.of("hosts", "node1,node2"), "node2", true, List.of("list")),
                Arguments.of("default dynamic list: not listed", List.of("hosts", "node1,node2"), "node3", false, List.of("list")),
                Arguments.of("dynamic list with map alias", List.of("pcmk_host_check", "dynamic-list", "pcmk_host_map",
                        "node1:vm-1", "hosts", "vm-1"), "node1", true, List.of("list")),
                Arguments.of("dynamic list alias not listed", List.of("pcmk_host_check", "dynamic-list", "pcmk_host_map",
                        "node1:vm-9", "hosts", "node1"), "node1", false, List.of("list")),
                Arguments.of("failed list falls back to status", List.of("hosts", "node1", "fail_actions", "list"), "node1", true,
                        List.of("list", "list", "status")),
                Arguments.of("failed explicit dynamic list", List.of("pcmk_host_check", "dynamic-list", "hosts", "node1",
                        "fail_actions", "list"), "node1", false, List.of("list", "list")),
                Arguments.of("status: known (on)", List.of("pcmk_host_check", "status", "hosts", "node1"), "node1", true, List.of("status")),
                Arguments.of("status: known (off)", List.of("pcmk_host_check", "status", "hosts", "node1", "status_rc", "2"), "node1", true,
                        List.of("status", "status")),
                Arguments.of("status: unknown target", List.of("pcmk_host_check", "status", "hosts", "node1"), "node2", false,
                        List.of("status", "status")),
                Arguments.of("status: odd code", List.of("pcmk_host_check", "status", "status_rc", "3"), "node1", false,
                        List.of("status", "status")),
                Arguments.of("none: anything", List.of("pcmk_host_check", "none", "pcmk_host_list", "node1"), "node9", true, List.of()),
                Arguments.of("invalid check", List.of("pcmk_host_check", "bogus"), "node1", false, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, List<String> params, String target, boolean capable, List<String> agentCalls)
            throws Exception {
        Fencer fencer = bed.fencer(TestBed.config(List.of(bed.dummy("dev", params.toArray(String[]::new)))));
        Optional<String> why = fencer.whyCannotFence("dev", target, FenceAction.REBOOT);
        assertEquals(capable, why.isEmpty(), () -> "reason: " + why.orElse("(capable)"));
        assertEquals(agentCalls, bed.actions("dev"), "agent calls (a non-zero exit is retried once, as Pacemaker does)");
    }

    @Test
    void statusCheckPassesTheTargetAsPlug() throws Exception {
        Fencer fencer = bed.fencer(TestBed.config(List.of(bed.dummy("dev", "pcmk_host_check", "status",
                "pcmk_host_map", "node1:outlet-4"))));
        assertEquals(Optional.empty(), fencer.whyCannotFence("dev", "node1", FenceAction.OFF));
        var call = bed.calls("dev").get(0);
        assertEquals("outlet-4", call.get("plug"));
        assertEquals("node1", call.get("nodename"));
    }

    @Test
    void dynamicListIsCachedForAMinute() throws Exception {
        Fencer fencer = bed.fencer(TestBed.config(List.of(bed.dummy("dev", "hosts", "node1,node2"))));
        assertTrue(fencer.whyCannotFence("dev", "node1", FenceAction.REBOOT).isEmpty());
        assertTrue(fencer.whyCannotFence("dev", "node2", FenceAction.REBOOT).isEmpty());
        assertTrue(fencer.whyCannotFence("dev", "node3", FenceAction.REBOOT).isPresent());
        assertEquals(List.of("list"), bed.actions("dev"));
        bed.clock.advance(Duration.ofSeconds(61));
        assertTrue(fencer.whyCannotFence("dev", "node1", FenceAction.REBOOT).isEmpty());
        assertEquals(List.of("list", "list"), bed.actions("dev"));
    }
}
