package org.zcrm.fence.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcmkDurationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "60|60000", "60s|60000", "60sec|60000", "500ms|500", "500 msec|500", "2min|120000", "2m|120000",
            "1h|3600000", "1.9s|1000", "PT1M30S|90000", "P1DT1S|86401000", "1500us|1", "0|0"})
    void parsesValid(String text, long millis) {
        assertEquals(Optional.of(Duration.ofMillis(millis)), PcmkDuration.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abc", "10x", "-5s", "PTXS", "''"})
    void rejectsInvalid(String text) {
        assertEquals(Optional.empty(), PcmkDuration.parse(text));
    }
}
