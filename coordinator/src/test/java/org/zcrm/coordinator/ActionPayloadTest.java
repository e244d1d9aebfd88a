package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionPayloadTest {

  @Test
  void roundTripsEveryField() {
    ActionPayload p = new ActionPayload(7, "3:2:0:zcrm-dc-7", "web", "ocf:zcrm:Dummy", "monitor", 10_000,
        Duration.ofSeconds(20), Map.of("state", "/tmp/a b=c", "x", "ü\nnewline"), Map.of("migration-threshold", "3"));
    ActionPayload back = ActionPayload.parse(p.toBytes());
    assertEquals(p, back);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0000000007-0000000001,7", "0000000012-0000000100,12", "garbage,-1", "-5,-1"})
  void epochOfName(String name, long epoch) {
    assertEquals(epoch, ActionPayload.epochOf(name));
  }

  @Test
  void namesSortInSendOrder() {
    assertEquals(-1, Integer.signum(ActionPayload.znodeName(9, 99).compareTo(ActionPayload.znodeName(10, 1))));
    assertEquals(-1, Integer.signum(ActionPayload.znodeName(10, 9).compareTo(ActionPayload.znodeName(10, 10))));
  }

  @Test
  void incompleteActionIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ActionPayload.parse("epoch=1\nresource=r\n".getBytes(StandardCharsets.UTF_8)));
  }
}
