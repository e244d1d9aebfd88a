package org.zcrm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.StoreProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * zcrm verify --live: checks the configuration stored in ZooKeeper, including objects edited by
 * hand with zkCli. Each object that does not parse or validate is reported with its znode; exit 1
 * when there is any, 2 when the store cannot be read. ({@link #check} is what the verify verb
 * calls for --live.)
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check a configuration: --live checks the one stored in ZooKeeper (with --zk/--cluster).")
public final class VerifyLive implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ZkOptions zk;

  @Option(names = "--live", required = true, description = "Check the configuration stored in ZooKeeper.")
  boolean live;

  @Override
  public Integer call() {
    return check(zk, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Prints one line per problem (to err) and a summary (to out). */
  public static int check(ZkOptions zk, PrintWriter out, PrintWriter err) {
    return zk.run(err, store -> {
      CibSnapshot s = store.configSnapshot();
      for (StoreProblem p : s.problems()) {
        err.println("error: " + p);
      }
      err.flush();
      out.println("Cluster '" + zk.settings().cluster() + "' generation " + s.generation() + ": "
          + s.config().size() + " objects, " + s.problems().size() + " problem(s)"
          + (s.handEdited().isEmpty() ? "" : ", " + s.handEdited().size() + " edited by hand since the last zcrm change"));
      out.flush();
      return s.problems().isEmpty() ? 0 : 1;
    });
  }
}
