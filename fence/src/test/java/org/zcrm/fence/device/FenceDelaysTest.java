package org.zcrm.fence.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FenceDelaysTest {

    private static DeviceSettings settings(String base, String max) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        if (base != null) {
            p.put("pcmk_delay_base", base);
        }
        if (max != null) {
            p.put("pcmk_delay_max", max);
        }
        return DeviceSettings.of(new FenceDevice("dev", "fence_x", p));
    }

    @ParameterizedTest(name = "base={0} max={1} target={2} action={3}")
    @CsvSource(nullValues = "-", value = {
            "-,-,n1,reboot,0,0",
            "2s,-,n1,reboot,2000,2000",
            "2s,-,n1,off,2000,2000",
            "2s,-,n1,on,0,0",
            "2s,-,n1,monitor,0,0",
            "-,500ms,n1,reboot,0,500",
            "100ms,500ms,n1,reboot,100,500",
            "900ms,500ms,n1,reboot,500,500",
            "n1:1s;n2:3s,-,n2,reboot,3000,3000",
            "n1:1s n2:3s,-,N1,reboot,1000,1000",
            "n1:1s;n2:3s,-,n3,reboot,0,0",
            "n1:100ms,400ms,n1,off,100,400"})
    void staysWithinBaseAndMax(String base, String max, String target, String action, long low, long high) {
        DeviceSettings s = settings(base, max);
        Set<Long> seen = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            long d = FenceDelays.delay(s, action, target, random).toMillis();
            assertTrue(d >= low && d <= high, "delay " + d + " outside [" + low + "," + high + "]");
            seen.add(d);
        }
        if (high > low) {
            assertTrue(seen.size() > 10, "random part should vary, saw " + seen);
        }
    }

    @Test
    void sameSeedSameDelays() {
        DeviceSettings s = settings("1s", "5s");
        Random a = new Random(7);
        Random b = new Random(7);
        for (int i = 0; i < 20; i++) {
            Duration x = FenceDelays.delay(s, "reboot", "n1", a);
            assertEquals(x, FenceDelays.delay(s, "reboot", "n1", b));
        }
    }
}
