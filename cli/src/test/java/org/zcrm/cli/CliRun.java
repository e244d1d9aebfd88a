package org.zcrm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the zcrm command line in-process and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return of(Zcrm.commandLine(), args);
  }

  /** Runs the given command line (the full one, or one built for a single verb). */
  static CliRun of(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute(args);
    return new CliRun(rc, out.toString(), err.toString());
  }
}
