package org.zcrm.executor.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcfExitCodeTest {

    @ParameterizedTest(name = "lsb {0} exit {1} -> ocf {2}")
    @CsvSource({
            "status,  0,   0",
            "status,  1,   7",   // dead, pid file exists
            "status,  2,   7",   // dead, lock file exists
            "status,  3,   7",   // not running
            "status,  4,   1",   // unknown
            "status,  150, 5",   // Pacemaker's "not installed"
            "status,  151, 4",   // Pacemaker's "insufficient privileges"
            "monitor, 3,   7",
            "monitor, 9,   1",
            "start,   0,   0",
            "start,   1,   1",
            "start,   5,   5",
            "start,   7,   7",
            "stop,    8,   1",   // beyond the shared codes
            "stop,    -1,  1",
    })
    void lsbResultsMapAsPacemakerDoes(String action, int lsb, int ocf) {
        assertEquals(ocf, OcfExitCode.fromLsb(action, lsb));
    }

    @ParameterizedTest(name = "ocf exit {0} -> {1}")
    @CsvSource({"0,0", "7,7", "8,8", "9,9", "10,1", "190,190", "191,191", "192,1", "255,1", "-1,1"})
    void ocfResultsOutsideTheRangeAreGenericErrors(int exit, int ocf) {
        assertEquals(ocf, OcfExitCode.fromOcf(exit));
    }

    @Test
    void agentIdsParseAndValidate() {
        assertEquals(AgentId.ocf("heartbeat", "IPaddr2"), AgentId.parse("ocf:heartbeat:IPaddr2"));
        assertEquals(AgentId.lsb("ntp"), AgentId.parse("LSB:ntp"));
        assertEquals("lsb:ntp", AgentId.parse("lsb:ntp").toString());
        assertThrows(IllegalArgumentException.class, () -> AgentId.parse("ocf:Dummy"));
        assertThrows(IllegalArgumentException.class, () -> AgentId.parse("ocf:heartbeat:../../bin/sh"));
        assertThrows(IllegalArgumentException.class, () -> AgentId.parse("Dummy"));
    }

    @Test
    void lookupTakesTheFirstDirectoryThatHasTheAgent(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        Files.createDirectories(first.resolve("acme"));
        Files.createDirectories(second.resolve("acme"));
        Files.writeString(first.resolve("acme/Web"), "#!/bin/sh\n");
        Files.writeString(second.resolve("acme/Web"), "#!/bin/sh\n");
        Files.writeString(second.resolve("acme/Db"), "#!/bin/sh\n");
        Files.writeString(second.resolve("acme/.hidden"), "#!/bin/sh\n");
        AgentLocator locator = new AgentLocator(List.of(first, second), List.of());
        assertEquals(first.resolve("acme/Web"), locator.find(AgentId.ocf("acme", "Web")).orElseThrow());
        assertEquals(second.resolve("acme/Db"), locator.find(AgentId.ocf("acme", "Db")).orElseThrow());
        assertEquals(List.of(AgentId.ocf("acme", "Db"), AgentId.ocf("acme", "Web")), locator.list("ocf", null));
        assertEquals(List.of("acme"), locator.ocfProviders());
        assertEquals(List.of(first.resolve("acme/Nope"), second.resolve("acme/Nope")),
                locator.candidates(AgentId.ocf("acme", "Nope")));
    }
}
