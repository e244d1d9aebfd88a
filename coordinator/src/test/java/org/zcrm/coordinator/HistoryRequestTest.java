package org.zcrm.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zcrm.executor.history.OperationRecord;

class HistoryRequestTest {

  @Test
  void roundTrips() {
    HistoryRequest r = new HistoryRequest(HistoryRequest.Mode.CLEANUP, List.of("web-ip", "base"));
    assertEquals(r, HistoryRequest.parse(r.toBytes()));
    assertEquals(List.of("base", "web-ip"), r.resources());
    HistoryRequest all = new HistoryRequest(HistoryRequest.Mode.REFRESH, List.of());
    assertEquals(all, HistoryRequest.parse(all.toBytes()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"no mode,resources=a", "unknown mode,mode=wipe"})
  void refusesWhatIsNotARequest(String name, String text) {
    assertThrows(IllegalArgumentException.class, () -> HistoryRequest.parse(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({"base,base,true", "base,base:0,true", "base,base:12,true", "base,base-x,false", "base,bas,false",
      "base,other:1,false", "'',anything,true", "base,base:x,false"})
  void coversPrimitivesAndTheirCloneInstances(String rsc, String historyId, boolean covered) {
    HistoryRequest r = new HistoryRequest(HistoryRequest.Mode.CLEANUP, rsc.isEmpty() ? List.of() : List.of(rsc));
    assertEquals(covered, r.covers(historyId));
  }

  private static OperationRecord op(String id, int callId, int rc, int status) {
    return new OperationRecord(id, "R_x_0", "x", "o", "3", "k", "m", "", "n", callId, rc, status, 0, 0, 0, 0, 0, null,
        null, null, null, null);
  }

  @Test
  void cleanupForgetsFailuresAndRefreshAllButInFlight() {
    List<OperationRecord> ops = List.of(op("R_last_0", 4, 1, 0), op("R_last_failure_0", 4, 1, 0),
        op("R_monitor_1000", 2, 0, 0), op("S_last_0", 9, 0, -1));
    assertEquals(Set.of("R_last_0", "R_last_failure_0"), HistoryRequest.forgotten(HistoryRequest.Mode.CLEANUP, ops));
    assertEquals(Set.of("R_last_0", "R_last_failure_0", "R_monitor_1000"),
        HistoryRequest.forgotten(HistoryRequest.Mode.REFRESH, ops));
    // a recurring monitor's failure: its last_failure only; the last one-shot (a start) stays
    List<OperationRecord> mon = List.of(op("R_last_0", 3, 0, 0), op("R_last_failure_0", 5, 7, 0));
    assertEquals(Set.of("R_last_failure_0"), HistoryRequest.forgotten(HistoryRequest.Mode.CLEANUP, mon));
  }
}
