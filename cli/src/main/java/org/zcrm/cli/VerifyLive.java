package org.zcrm.cli;

import java.io.PrintWriter;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.StoreProblem;

/**
 * zcrm verify --live: checks the configuration stored in ZooKeeper, including objects edited by
 * hand with zkCli. Each object that does not parse or validate is reported with its znode; exit 1
 * when there is any, 2 when the store cannot be read. The verify verb calls {@link #check} for
 * --live.
 */
public final class VerifyLive {
  private VerifyLive() {}

  /** Prints one line per problem (to err) and a summary (to out). */
  public static int check(ZkOptions zk, PrintWriter out, PrintWriter err) {
    return zk.run(err, store -> {
      CibSnapshot s = store.checkedSnapshot();
      for (StoreProblem p : s.problems()) {
        err.println("error: " + p);
      }
      err.flush();
      out.println("Cluster '" + zk.settings().cluster() + "' generation " + s.generation() + ": "
          + s.config().size() + " objects, " + s.problems().size() + " problem(s)");
      out.flush();
      return s.problems().isEmpty() ? 0 : 1;
    });
  }
}
