package org.zcrm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zcrm cib}: the verbs that work on a whole CIB. */
@Command(
    name = "cib",
    mixinStandardHelpOptions = true,
    description = "Work with a whole CIB (Pacemaker's configuration and status XML).",
    subcommands = {CibShowCommand.class})
public final class CibCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing a verb; see 'zcrm cib --help'.");
  }
}
