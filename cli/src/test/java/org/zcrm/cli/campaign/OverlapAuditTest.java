package org.zcrm.cli.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OverlapAuditTest {

  static String a(String node, String rsc, String action, String mono) {
    return "node=" + node + " resource=" + rsc + " action=" + action + " mono=" + mono + " wall=1.0";
  }

  static String n(String node, String action, String mono) {
    return "node=" + node + " action=" + action + " mono=" + mono + " by=campaign";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("move: stop then start elsewhere", List.of(a("n1", "r", "start", "1.00"), a("n1", "r", "stop", "2.00"),
            a("n2", "r", "start", "2.00")), 0, "{r=[n2]}"),
        Arguments.of("start elsewhere before the stop", List.of(a("n1", "r", "start", "1.00"), a("n2", "r", "start", "1.50"),
            a("n1", "r", "stop", "2.00")), 1, "{r=[n2]}"),
        Arguments.of("node death ends its intervals", List.of(a("n1", "r", "start", "1.00"), n("n1", "down", "3.000"),
            a("n2", "r", "start", "3.10")), 0, "{r=[n2]}"),
        Arguments.of("started elsewhere before the fenced node died", List.of(a("n1", "r", "start", "1.00"),
            a("n2", "r", "start", "2.90"), n("n1", "down", "3.000")), 1, "{r=[n2]}"),
        Arguments.of("a start after death counts until the node is up again", List.of(n("n1", "down", "1.000"),
            a("n1", "r", "start", "1.01"), a("n2", "r", "start", "2.00"), n("n1", "up", "3.000")), 1, "{r=[n2]}"),
        Arguments.of("lost state ends the interval", List.of(a("n1", "r", "start", "1.00"),
            "node=n1 resource=r action=lost mono=2.000 by=campaign", a("n1", "r", "start", "2.50")), 0, "{r=[n1]}"),
        Arguments.of("two starts on one node without a stop", List.of(a("n1", "r", "start", "1.00"),
            a("n1", "r", "start", "2.00")), 1, "{r=[n1]}"),
        Arguments.of("clone instances on several nodes", List.of(a("n1", "c:0", "start", "1.00"),
            a("n2", "c:1", "start", "1.00")), 0, "{c=[n1, n2]}"),
        Arguments.of("clone instances twice on one node", List.of(a("n1", "c:0", "start", "1.00"),
            a("n1", "c:1", "start", "1.20")), 1, "{c=[n1]}"),
        Arguments.of("lines out of order in the file are sorted by time", List.of(a("n2", "r", "start", "2.00"),
            a("n1", "r", "start", "1.00"), a("n1", "r", "stop", "1.50")), 0, "{r=[n2]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void audit(String name, List<String> lines, int violations, String active) {
    OverlapAudit.Result r = OverlapAudit.check(AuditTrail.parse(lines), Set.of("c"));
    assertEquals(violations, r.violations().size(), r.violations().toString());
    assertEquals(active, r.active().toString());
  }
}
