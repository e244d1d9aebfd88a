package org.zcrm.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zcrm.executor.agent.AgentId;

class AgentInvokerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "none                | some noise\\n                                      | ''",
            "one line            | ocf-exit-reason:disk full\\n                       | disk full",
            "last one wins       | ocf-exit-reason:first\\nx\\nocf-exit-reason:second\\n | second",
            "to end of output    | ocf-exit-reason:no newline                        | no newline",
            "empty reason        | ocf-exit-reason:\\n                               | ''",
            "mid-line prefix     | WARN ocf-exit-reason:found anyway\\n              | found anyway",
            "control chars gone  | ocf-exit-reason:a\\tb\\n                          | ab",
    })
    void exitReasonIsTheLastPrefixedLine(String name, String stderr, String expected) {
        assertEquals(expected, AgentInvoker.exitReason(stderr.replace("\\n", "\n").replace("\\t", "\t")));
    }

    @Test
    void exitReasonIsCapped() {
        assertEquals(AgentInvoker.MAX_EXIT_REASON, AgentInvoker.exitReason("ocf-exit-reason:" + "x".repeat(500)).length());
    }

    @ParameterizedTest(name = "{0}ms = {1}")
    @CsvSource({"0,0s", "800,800ms", "20000,20s", "90000,1m30s", "3600000,1h", "90061001,1d1h1m1s1ms"})
    void readableIntervals(long ms, String text) {
        assertEquals(text, AgentInvoker.readable(ms));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "probe default         | monitor | 0     | null            | null | 7",
            "recurring default     | monitor | 10000 | null            | null | 0",
            "start default         | start   | 0     | null            | null | 0",
            "explicit              | start   | 0     | null            | 1    | 1",
            "from transition key   | monitor | 0     | 12:3:0:abc-uuid | 7    | 0",
            "malformed key ignored | start   | 0     | nonsense        | null | 0",
    })
    void targetRc(String name, String action, long interval, String key, Integer expected, int target) {
        ActionRequest r = new ActionRequest("r", AgentId.ocf("zcrm", "Dummy"), action, interval,
                Duration.ofSeconds(1), Map.of(), Map.of(), key, expected);
        assertEquals(target, r.targetRc());
    }

    @Test
    void operationParametersCarryMetaAsPacemakerNamesIt() {
        ActionRequest r = new ActionRequest("r", AgentId.ocf("zcrm", "Dummy"), "monitor", 10000,
                Duration.ofSeconds(20), Map.of("ip", "1.2.3.4"), Map.of("on-fail", "block", "CRM_meta_clone", "1"),
                null, null);
        assertEquals(Map.of("ip", "1.2.3.4", "CRM_meta_on_fail", "block", "CRM_meta_clone", "1",
                "CRM_meta_interval", "10000", "CRM_meta_timeout", "20000"), r.operationParameters());
        assertEquals("r_monitor_10000", r.operationKey());
    }
}
