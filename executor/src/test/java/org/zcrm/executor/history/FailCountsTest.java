package org.zcrm.executor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.ExecStatus;

class FailCountsTest {

    private static ActionResult result(String action, long interval, int rc, ExecStatus status, String key,
                                       Map<String, String> meta) {
        ActionRequest req = new ActionRequest("db", AgentId.ocf("zcrm", "Dummy"), action, interval,
                Duration.ofSeconds(20), Map.of(), meta, key, null);
        Instant t = Instant.ofEpochSecond(1000);
        return new ActionResult(req, 5, rc, status, "", "", "", t, t, Duration.ZERO, Duration.ZERO);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // name                      | action  | interval | rc | status  | key           | fatal | count after two
            "success counts nothing      | start   | 0        | 0  | DONE    | 1:2:0:u       | true  | null",
            "failed start is fatal       | start   | 0        | 1  | DONE    | 1:2:0:u       | true  | INFINITY",
            "failed start adds one       | start   | 0        | 1  | DONE    | 1:2:0:u       | false | 2",
            "failed stop is fatal        | stop    | 0        | 1  | DONE    | 1:2:0:u       | false | INFINITY",
            "recurring monitor adds one  | monitor | 10000    | 7  | DONE    | 1:2:0:u       | true  | 2",
            "timeout is a failure        | monitor | 10000    | 1  | TIMEOUT | 1:2:0:u       | true  | 2",
            "promote adds one            | promote | 0        | 1  | DONE    | 1:2:0:u       | true  | 2",
            "probe in a transition       | monitor | 0        | 0  | DONE    | 1:2:7:u       | true  | null",
            "probe outside a transition  | monitor | 0        | 0  | DONE    | null          | true  | 2",
            "notify in a transition      | notify  | 0        | 1  | DONE    | 1:2:0:u       | true  | null",
            "cancelled is no failure     | monitor | 10000    | 0  | CANCELLED | 1:2:0:u     | true  | null",
    })
    void countsAsPacemakersController(String name, String action, long interval, int rc, ExecStatus status,
                                      String key, boolean fatal, String expected) {
        FailCounts fc = new FailCounts();
        ActionResult r = result(action, interval, rc, status, key, Map.of());
        fc.record(r, fatal, 1000);
        fc.record(r, fatal, 1001);
        String name2 = FailCounts.failCountName("db", action, interval);
        assertEquals(expected, fc.attributes().get(name2));
        if (expected != null) {
            assertEquals("1001", fc.attributes().get(FailCounts.lastFailureName("db", action, interval)));
        }
    }

    @Test
    void onFailIgnoreKeepsOnlyTheLastFailureTime() {
        FailCounts fc = new FailCounts();
        FailCounts.Update u = fc.record(result("monitor", 5000, 7, ExecStatus.DONE, "1:2:0:u",
                Map.of("on-fail", "ignore")), true, 42).orElseThrow();
        assertEquals(null, u.failCount());
        assertEquals(Map.of("last-failure-db#monitor_5000", "42"), fc.attributes());
    }

    @Test
    void totalsSaturateAndClear() {
        FailCounts fc = new FailCounts();
        fc.record(result("start", 0, 1, ExecStatus.DONE, null, Map.of()), true, 1);
        fc.record(result("monitor", 10000, 1, ExecStatus.DONE, null, Map.of()), true, 2);
        assertEquals(FailCounts.INFINITY, fc.failCount("db"));
        fc.clear("db");
        assertEquals(0, fc.failCount("db"));
        assertEquals(Map.of(), fc.attributes());
    }
}
