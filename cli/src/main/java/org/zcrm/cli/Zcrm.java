package org.zcrm.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zcrm} command. Each verb is a subcommand class of its own; add new verbs to the
 * {@link #VERBS} list below.
 */
@Command(
    name = "zcrm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "zcrm: a cluster resource manager in the line of Pacemaker, on ZooKeeper and Drools.")
public final class Zcrm implements Runnable {

  /** Every verb, in the order {@code zcrm --help} lists them. */
  static final List<Class<?>> VERBS = List.of(CommandLine.HelpCommand.class, VerifyCommand.class,
      CibCommand.class, SimulateCommand.class, BenchCommand.class, ZkCommand.class, ResourceCommand.class,
      ConstraintCommand.class, PropertyCommand.class, NodeCommand.class, FenceCommand.class,
      ClusterCommand.class, StatusCommand.class, RulesCommand.class,
      org.zcrm.cli.campaign.CampaignCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a verb; see 'zcrm --help'.");
  }

  /** Builds the command line with every verb; tests use this too. */
  public static CommandLine commandLine() {
    return commandLine(VERBS);
  }

  /**
   * The command line for {@code args}: only the verb named by {@code args[0]} when there is one (a
   * run then does not build the options of every other verb), else every verb.
   */
  static CommandLine commandLineFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> verb : VERBS) {
        if (verb != CommandLine.HelpCommand.class && args[0].equals(verbName(verb))) {
          return commandLine(List.of(verb));
        }
      }
    }
    return commandLine();
  }

  private static String verbName(Class<?> verb) {
    return verb.getAnnotation(Command.class).name();
  }

  private static CommandLine commandLine(List<Class<?>> verbs) {
    CommandLine cl = new CommandLine(new Zcrm());
    for (Class<?> verb : verbs) {
      cl.addSubcommand(verb);
    }
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
    if (node != null) {
      node.addSubcommand("start", new NodeStartCommand());
      node.addSubcommand("stop", new NodeStopCommand());
    }
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLineFor(args).execute(args));
  }
}
