package org.zcrm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zcrm} command. Each verb is a subcommand class of its own; add new verbs to the
 * {@code subcommands} list below.
 */
@Command(
    name = "zcrm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "zcrm: a cluster resource manager in the line of Pacemaker, on ZooKeeper and Drools.",
    subcommands = {CommandLine.HelpCommand.class, VerifyCommand.class, CibCommand.class, SimulateCommand.class,
        BenchCommand.class, ZkCommand.class, ResourceCommand.class, ConstraintCommand.class, PropertyCommand.class,
        NodeCommand.class, FenceCommand.class,
        ClusterCommand.class, StatusCommand.class, RulesCommand.class,
        org.zcrm.cli.campaign.CampaignCommand.class})
public final class Zcrm implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a verb; see 'zcrm --help'.");
  }

  /** Builds the command line with every verb; tests use this too. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Zcrm());
    OperatorVerbs.addTo(cl);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // a usage mistake is a user error: exit 1 (2 is for unreadable input)
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler((ex, args) -> {
      usage.handleParseException(ex, args);
      return 1;
    });
    // the node daemon verbs live with the coordinator; the node group belongs to the configuration verbs
    CommandLine node = cl.getSubcommands().get("node");
    node.addSubcommand("start", new NodeStartCommand());
    node.addSubcommand("stop", new NodeStopCommand());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
