package org.zcrm.fence.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetListsTest {

    static Stream<Arguments> targetLists() {
        return Stream.of(
                Arguments.of("comma list", "node1,node2,node3", List.of("node1", "node2", "node3")),
                Arguments.of("spaces and semicolons", "node1 node2;node3 ,; node4", List.of("node1", "node2", "node3", "node4")),
                Arguments.of("one per line", "node1\nnode2\n", List.of("node1", "node2")),
                Arguments.of("literal backslash-n", "node1\\nnode2", List.of("node1", "node2")),
                Arguments.of("list output plug,alias", "vm-1,alias1\nvm-2,\n", List.of("vm-1", "alias1", "vm-2")),
                Arguments.of("status columns dropped", "node1 on\nnode2 OFF", List.of("node1", "node2")),
                Arguments.of("complaint lines skipped", "Parse error: invalid option\nnode1\nunknown variable x", List.of("node1")),
                Arguments.of("name ends at odd character", "node1:ext node2(x)", List.of("node1", "node2")),
                Arguments.of("dots and dashes kept", "a.example.com b_c-d", List.of("a.example.com", "b_c-d")),
                Arguments.of("empty", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetLists")
    void parsesTargets(String name, String spec, List<String> expected) {
        assertEquals(expected, TargetLists.parseTargets(spec));
    }

    static Stream<Arguments> hostMaps() {
        return Stream.of(
                Arguments.of("semicolons", "node1:1;node2:2", map("node1", "1", "node2", "2")),
                Arguments.of("spaces and tabs", " node1:1 node2:2\tnode3:3 ", map("node1", "1", "node2", "2", "node3", "3")),
                Arguments.of("commas belong to the port", "node1:1;node2:2,3", map("node1", "1", "node2", "2,3")),
                Arguments.of("equals sign (deprecated)", "node1=plug-a;node2:plug-b", map("node1", "plug-a", "node2", "plug-b")),
                Arguments.of("escaped space in port", "node1:my\\ port;node2:x", map("node1", "my port", "node2", "x")),
                Arguments.of("colon inside port", "node1:vm:1", map("node1", "vm:1")),
                Arguments.of("malformed skipped", "node1;:2;node3:;node4:4", map("node4", "4")),
                Arguments.of("doubled separators", "node1:1;;  node2:2;", map("node1", "1", "node2", "2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostMaps")
    void parsesHostMaps(String name, String spec, Map<String, String> expected) {
        assertEquals(expected, TargetLists.parseHostMap(spec, "dev"));
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
