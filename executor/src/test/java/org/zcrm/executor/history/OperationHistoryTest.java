package org.zcrm.executor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.ExecStatus;

class OperationHistoryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // name                | action       | interval | rc | status    | ids                                  | operation | recorded rc
            "start ok              | start        | 0        | 0  | DONE      | web_last_0                           | start     | 0",
            "start failed          | start        | 0        | 1  | DONE      | web_last_failure_0 web_last_0        | start     | 1",
            "recurring ok          | monitor      | 10000    | 0  | DONE      | web_monitor_10000                    | monitor   | 0",
            "recurring failed      | monitor      | 10000    | 7  | DONE      | web_last_failure_0                   | monitor   | 7",
            "probe not running     | monitor      | 0        | 7  | DONE      | web_last_0                           | monitor   | 7",
            "reload-agent ok       | reload-agent | 0        | 0  | DONE      | web_last_0                           | start     | 0",
            "reload-agent timeout  | reload-agent | 0        | 1  | TIMEOUT   | web_last_failure_0 web_last_0        | monitor   | 1",
            "migrate_to keeps key  | migrate_to   | 0        | 1  | DONE      | web_migrate_to_0                     | migrate_to | 1",
            "notify always ok      | notify       | 0        | 1  | DONE      | web_post_notify_start_0              | notify    | 0",
            "cancelled: nothing    | monitor      | 10000    | 0  | CANCELLED | ''                                   | ''        | 0",
    })
    void recordsAsPacemakersController(String name, String action, long interval, int rc, ExecStatus status,
                                       String ids, String operation, int recordedRc) {
        ActionRequest req = new ActionRequest("web", AgentId.ocf("zcrm", "Dummy"), action, interval,
                Duration.ofSeconds(20), Map.of("ip", "1.2.3.4"),
                Map.of("notify_type", "post", "notify_operation", "start"), null, null);
        Instant t = Instant.ofEpochSecond(1_700_000_000);
        ActionResult result = new ActionResult(req, 9, rc, status, "why", "", "", t, t.minusSeconds(50),
                Duration.ofMillis(12), Duration.ofMillis(3));
        List<OperationRecord> records = OperationHistory.records(result, "n1", Optional.empty());
        assertEquals(ids, String.join(" ", records.stream().map(OperationRecord::id).toList()));
        for (OperationRecord r : records) {
            assertEquals(operation, r.operation());
            assertEquals(recordedRc, r.rcCode());
            assertEquals(9, r.callId());
            assertEquals(12, r.execTimeMs());
            assertEquals(3, r.queueTimeMs());
            assertEquals(interval > 0 ? 1_700_000_000 - 50 : 1_700_000_000, r.lastRcChange());
            // only the failure branch records the reason (a failed migration keeps its key, and no reason)
            assertEquals(ids.contains("last_failure") ? "why" : "", r.exitReason());
            assertNull(r.opRestartDigest(), "no metadata given, no restart digest");
        }
    }
}
