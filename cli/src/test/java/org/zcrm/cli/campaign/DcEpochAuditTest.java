package org.zcrm.cli.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DcEpochAuditTest {

  static String sent(String time, long epoch) {
    return "2026-11-25 " + time + " INFO  [zcrm-dc-node1] Dc - Sent action transition=1 action=r_start_0 node=n2 znode="
        + String.format("%010d-%06d", epoch, 1);
  }

  static String exec(String time, String node, long epoch) {
    return "2026-11-25 " + time + " INFO  [zcrm-change-feed] LocalNode - Executing action node=" + node
        + " resource=r task=start epoch=" + epoch + " key=1:1:0:zcrm-dc-" + epoch;
  }

  static String became(String time, String node, long epoch) {
    return "2026-11-25 " + time + " INFO  [zcrm-dc-" + node + "] Dc - Became DC node=" + node + " epoch=" + epoch;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("old actions done before the new DC acts",
            List.of(became("10:00:00.000", "n1", 1), sent("10:00:01.000", 1)),
            List.of(became("10:00:05.000", "n2", 2), sent("10:00:06.000", 2)),
            List.of(exec("10:00:01.010", "n3", 1), exec("10:00:06.010", "n3", 2)), 0),
        Arguments.of("an old action executed after the new DC acted",
            List.of(became("10:00:00.000", "n1", 1), sent("10:00:01.000", 1)),
            List.of(became("10:00:05.000", "n2", 2), sent("10:00:06.000", 2)),
            List.of(exec("10:00:06.500", "n3", 1)), 1),
        Arguments.of("an old action executed after the new DC was elected but before it acted",
            List.of(sent("10:00:01.000", 1)), List.of(became("10:00:05.000", "n2", 2), sent("10:00:06.000", 2)),
            List.of(exec("10:00:05.500", "n3", 1)), 0),
        Arguments.of("one epoch sent from two nodes",
            List.of(sent("10:00:01.000", 1)), List.of(sent("10:00:02.000", 1)), List.of(), 1),
        Arguments.of("the old DC sends after the new one acted",
            List.of(sent("10:00:01.000", 1), sent("10:00:07.000", 1)), List.of(sent("10:00:06.000", 2)), List.of(), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void audit(String name, List<String> n1, List<String> n2, List<String> n3, int violations) {
    List<DcEpochAudit.Act> acts = new ArrayList<>();
    acts.addAll(DcEpochAudit.parse("n1", n1));
    acts.addAll(DcEpochAudit.parse("n2", n2));
    acts.addAll(DcEpochAudit.parse("n3", n3));
    DcEpochAudit.Result r = DcEpochAudit.check(acts);
    assertEquals(violations, r.violations().size(), r.violations().toString());
  }
}
