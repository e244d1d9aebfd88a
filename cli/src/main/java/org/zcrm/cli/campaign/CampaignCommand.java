package org.zcrm.cli.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.zcrm.fence.device.PcmkDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zcrm campaign}: the fault campaign on a local cluster of real processes. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
    description = {"Start a local cluster (3 ZooKeeper servers, 3-5 nodes), inject seeded random faults and audit"
        + " after each round that no resource ran twice, one DC epoch acted at a time, resources are where the"
        + " policy says and no acknowledged configuration change was lost.",
        "Exit 0 with no violation, 1 otherwise. The last line is 'R rounds, V violations'."})
public final class CampaignCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--rounds", defaultValue = "20", description = "Faults to inject (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--seed", description = "Seed of the random choices (default: the time); printed to replay a run.")
  Long seed;

  @Option(names = "--nodes", defaultValue = "3", description = "Node daemons, 3 to 5 (default ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--dir", paramLabel = "RUN_DIR", description = "Where logs, audit trail and state go (default: a new temporary folder).")
  Path dir;

  @Option(names = "--session-timeout", defaultValue = "3s", description = "The nodes' ZooKeeper session timeout (default ${DEFAULT-VALUE}).")
  String session;

  @Option(names = "--settle-timeout", defaultValue = "120s", description = "How long a round may take to settle (default ${DEFAULT-VALUE}).")
  String settle;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (nodes < 3 || nodes > 5 || rounds < 0) {
      err.println("zcrm campaign: --nodes takes 3 to 5 and --rounds a count of at least 0.");
      return 1;
    }
    Duration s = PcmkDuration.parse(session).filter(d -> !d.isZero()).orElse(null);
    Duration limit = PcmkDuration.parse(settle).filter(d -> !d.isZero()).orElse(null);
    if (s == null || limit == null) {
      err.println("zcrm campaign: --session-timeout and --settle-timeout take durations such as 3s or 500ms.");
      return 1;
    }
    Path d = dir != null ? dir : Files.createTempDirectory("zcrm-campaign-");
    long sd = seed != null ? seed : System.currentTimeMillis();
    Campaign.Summary sum = new Campaign(new Campaign.Options(rounds, sd, nodes, d, s, limit),
        spec.commandLine().getOut()).run();
    return sum.violations().isEmpty() ? 0 : 1;
  }
}
