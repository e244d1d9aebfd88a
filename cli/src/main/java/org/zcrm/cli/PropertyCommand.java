package org.zcrm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zcrm.cib.store.edit.ClusterEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** zcrm property set | list: cluster options in crm_config. */
@Command(mixinStandardHelpOptions = true, name = "property", description = "Cluster properties (crm_config).",
    subcommands = {PropertyCommand.Set.class, PropertyCommand.ListCmd.class})
public final class PropertyCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm property --help'.");
  }

  @Command(name = "set", mixinStandardHelpOptions = true, description = "NAME=VALUE ... (an empty VALUE removes NAME).")
  static final class Set implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(arity = "1..*", paramLabel = "NAME=VALUE") List<String> assignments = new ArrayList<>();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec, store.update("set cluster properties", c -> {
        for (String a : assignments) {
          c = ClusterEdits.setProperty(c, a);
        }
        return c;
      })));
    }
  }

  @Command(name = "list", aliases = "config", mixinStandardHelpOptions = true, description = "Print the cluster properties set.")
  static final class ListCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        var out = spec.commandLine().getOut();
        ClusterEdits.properties(store.configSnapshot().config()).forEach((k, v) -> out.println(k + ": " + v));
        out.flush();
        return 0;
      });
    }
  }
}
