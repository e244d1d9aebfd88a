package org.zcrm.cli.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short fault campaign: 3 ZooKeeper servers and 3 node daemons as processes, every fault kind at
 * least once. Seed and rounds can be changed with -Dzcrm.campaign.seed and -Dzcrm.campaign.rounds.
 *
 * <p>Seed 20261125 found a real bug at round 6 (after kill -9 of the DC and its restart, the
 * status still placed a clone instance on the restarted node while its agent no longer ran there;
 * CloneRejoinIT in the coordinator covers it).
 */
class CampaignIT {

  @TempDir
  Path dir;

  @Test
  void shortCampaignFindsNoViolation() throws Exception {
    long seed = Long.getLong("zcrm.campaign.seed", 20261125L);
    int rounds = Integer.getInteger("zcrm.campaign.rounds", 10);
    Campaign.Summary s = new Campaign(new Campaign.Options(rounds, seed, 3, dir, Duration.ofSeconds(3),
        Duration.ofSeconds(150)), new PrintWriter(System.out, true)).run();
    assertEquals(java.util.List.of(), s.violations(), "violations (replay with seed " + seed + ")");
    assertEquals(rounds, s.faults().values().stream().mapToInt(Integer::intValue).sum(), "rounds run");
    assertEquals(Fault.values().length, s.faults().size(), "every fault kind ran: " + s.faults());
    assertTrue(s.settleSeconds().size() == rounds, "every round settled: " + s.settleSeconds());
  }
}
