package org.zcrm.fence.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FencingTopologyTest {

    private static final FencingTopology TOPOLOGY = new FencingTopology(List.of(
            new FencingLevel("p-2", new LevelTarget.ByPattern("^node[0-9]$"), 2, List.of("power")),
            new FencingLevel("p-1", new LevelTarget.ByPattern("^node[0-9]$"), 1, List.of("ipmi")),
            new FencingLevel("n1-1", new LevelTarget.ByName("node1"), 1, List.of("disk", "net")),
            new FencingLevel("n1-3", new LevelTarget.ByName("NODE1"), 3, List.of("power")),
            new FencingLevel("rack-1", new LevelTarget.ByAttribute("rack", "r7"), 1, List.of("pdu-r7")),
            new FencingLevel("bad-index", new LevelTarget.ByName("node5"), 10, List.of("x")),
            new FencingLevel("no-devices", new LevelTarget.ByName("node6"), 1, List.of())));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("exact name beats pattern", "node1", Map.of(), List.of("n1-1", "n1-3")),
                Arguments.of("name is case-insensitive", "Node1", Map.of(), List.of("n1-1", "n1-3")),
                Arguments.of("pattern, levels by index", "node2", Map.of(), List.of("p-1", "p-2")),
                Arguments.of("pattern is unanchored search", "xnode2", Map.of(), List.of()),
                Arguments.of("attribute", "db1", Map.of("rack", "r7"), List.of("rack-1")),
                Arguments.of("attribute value must match", "db1", Map.of("rack", "r8"), List.of()),
                Arguments.of("index out of range ignored", "node5", Map.of(), List.of("p-1", "p-2")),
                Arguments.of("no match", "other", Map.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void selectsLevels(String name, String node, Map<String, String> attrs, List<String> expected) {
        assertEquals(expected, TOPOLOGY.levelsFor(node, attrs).stream().map(FencingLevel::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviceLists")
    void parsesDevices(String text, List<String> expected) {
        assertEquals(expected, FencingLevel.parseDevices(text));
    }

    static Stream<Arguments> deviceLists() {
        return Stream.of(Arguments.of("a", List.of("a")), Arguments.of("a,b", List.of("a", "b")),
                Arguments.of(" a , b ,", List.of("a", "b")), Arguments.of("", List.of()));
    }
}
