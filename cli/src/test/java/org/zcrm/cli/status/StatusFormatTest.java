package org.zcrm.cli.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON keys scripts depend on, and the text's notices. */
class StatusFormatTest {
  static ClusterState state() {
    return state(Optional.empty());
  }

  static ClusterState state(Optional<String> rulesError) {
    return new ClusterState("zcrm", "127.0.0.1:2181", Optional.of("n1"), 3, true, "0.7", 42,
        Instant.parse("2030-01-01T00:00:00Z"),
        List.of(new ClusterState.NodeView("n1", ClusterState.NodeState.ONLINE, true, true, false, false),
            new ClusterState.NodeView("n2", ClusterState.NodeState.UNCLEAN, false, false, false, false)),
        List.of(new ClusterState.ResourceView("ip", "ocf:zcrm:Dummy", "web", List.of("n1"), "Started", true, true, null)),
        List.of(new ClusterState.FailedAction("ip", "n1", "monitor", 10000, 7, "gone \"away\"")),
        List.of(new ClusterState.FailCount("ip", "n1", 1)), List.of(), List.of(), List.of("cli-prefer-web"), List.of(),
        rulesError, List.of());
  }

  @Test
  void jsonKeysAreStable() {
    Map<String, Object> tree = StatusFormat.tree(state());
    assertEquals("n1", tree.get("dc"));
    assertEquals(List.of(Map.of("name", "n1", "state", "online", "online", true, "dc", true, "standby", false,
        "maintenance", false), Map.of("name", "n2", "state", "unclean", "online", false, "dc", false, "standby", false,
        "maintenance", false)), tree.get("nodes"));
    @SuppressWarnings("unchecked")
    Map<String, Object> r = ((List<Map<String, Object>>) tree.get("resources")).get(0);
    assertEquals("ip", r.get("id"));
    assertEquals("ocf:zcrm:Dummy", r.get("agent"));
    assertEquals(List.of("n1"), r.get("running_on"));
    assertEquals("Started", r.get("role"));
    assertEquals(true, r.get("failed"));
    assertTrue(StatusFormat.json(state()).contains("\"exit_reason\": \"gone \\\"away\\\"\""), StatusFormat.json(state()));
  }

  @Test
  void textNamesUncleanNodesFailuresAndLeftOverMoveConstraints() {
    String t = StatusFormat.text(state());
    assertTrue(t.contains("Node n2: UNCLEAN (offline)"), t);
    assertTrue(t.contains("ip_monitor_10000 on n1 returned 7 'gone \"away\"'"), t);
    assertTrue(t.contains("cli-prefer-web") && t.contains("zcrm resource clear"), t);
    assertTrue(t.contains("* ip\t(ocf:zcrm:Dummy):\tStarted n1 FAILED"), t);
  }

  @Test
  void aRulesErrorIsShownInEveryFormatAndAbsentOtherwise() {
    ClusterState bad = state(Optional.of("rule files [throws] threw while scheduling, disabled: boom"));
    String t = StatusFormat.text(bad);
    assertTrue(t.contains("ERROR policy rules not in use") && t.contains("[throws]") && t.contains("boom"), t);
    assertEquals("rule files [throws] threw while scheduling, disabled: boom", StatusFormat.tree(bad).get("rules_error"));
    assertTrue(StatusFormat.xml(bad).contains("<rules_error message=\"rule files [throws]"), StatusFormat.xml(bad));
    assertTrue(!StatusFormat.text(state()).contains("ERROR policy rules"), StatusFormat.text(state()));
    assertTrue(StatusFormat.tree(state()).containsKey("rules_error"));
    assertEquals(null, StatusFormat.tree(state()).get("rules_error"));
  }
}
