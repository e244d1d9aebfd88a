package org.zcrm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.xml.CibCodec;
import org.zcrm.cib.model.xml.CibParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zcrm cib show}: a short human summary of a CIB file. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Summarizes a CIB file: nodes, resources by kind, constraints by kind, cluster options,"
        + " status.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:the file could not be read, or is not XML"})
public final class CibShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--xml-file", paramLabel = "FILE", required = true, description = "The CIB file.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cib cib;
    try {
      cib = CibCodec.read(file);
    } catch (CibParseException e) {
      err.println(e.getMessage());
      err.flush();
      return VerifyCommand.UNREADABLE;
    } catch (IOException e) {
      err.println(file + ": cannot read: " + VerifyCommand.describe(e));
      err.flush();
      return VerifyCommand.UNREADABLE;
    }
    out.print(CibSummary.of(file.toString(), cib));
    out.flush();
    return 0;
  }
}
