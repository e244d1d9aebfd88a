package org.zcrm.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.zcrm.cli.status.ClusterState;
import org.zcrm.cli.status.ClusterStateReader;
import org.zcrm.cli.status.StatusFormat;
import org.zcrm.cib.model.value.PcmkDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zcrm status}: the cluster at a glance, like crm_mon. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Show the cluster: DC, nodes, resources and where they run, failures, fail counts,"
        + " fencing history, pending actions, and left-over move/ban constraints (like crm_mon).",
        "JSON keys dc, nodes[].name/state and resources[].id/agent/running_on/role/failed are stable."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:ZooKeeper could not be reached"})
public final class StatusCommand implements Callable<Integer> {

  /** How to print. */
  public enum Output { text, json, xml }

  @Spec CommandSpec spec;
  @Mixin ZkOptions zk;

  @Option(names = "--output-as", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or xml (default ${DEFAULT-VALUE}).")
  Output output;

  @Option(names = {"-w", "--watch"}, description = "Refresh in place until interrupted (Ctrl-C).")
  boolean watch;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s",
      description = "Refresh interval with --watch (default ${DEFAULT-VALUE}).")
  String interval;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    long every = PcmkDuration.parseMs(interval).orElse(-1);
    if (every <= 0) {
      err.println("zcrm: --interval takes a duration such as 2s or 500ms, not '" + interval + "'.");
      return 1;
    }
    return zk.run(err, store -> {
      do {
        ClusterState s = ClusterStateReader.read(store, Instant.now());
        String text = switch (output) {
          case json -> StatusFormat.json(s);
          case xml -> StatusFormat.xml(s);
          case text -> StatusFormat.text(s);
        };
        if (watch) {
          out.print("\033[H\033[2J"); // home and clear: refresh in place
        }
        out.print(text);
        out.flush();
        if (watch) {
          Thread.sleep(Duration.ofMillis(every).toMillis());
        }
      } while (watch);
      return 0;
    });
  }
}
