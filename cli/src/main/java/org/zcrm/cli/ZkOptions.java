package org.zcrm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.StoreException;
import org.zcrm.cib.store.ZkSettings;
import picocli.CommandLine.Option;

/**
 * The options of every verb that talks to a cluster (a picocli mixin), and the one place that
 * turns store errors into messages and exit codes: 1 for what the user can fix (a refused or
 * conflicting change), 2 when ZooKeeper cannot be reached or the store not read.
 */
public final class ZkOptions {
  private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger();

  @Option(names = "--zk", paramLabel = "CONNECT",
      description = "ZooKeeper connect string HOST:PORT[,HOST:PORT...] (default: $ZCRM_ZK or 127.0.0.1:2181).")
  String zk;

  @Option(names = "--cluster", paramLabel = "NAME",
      description = "Cluster name; the CIB lives under /zcrm/NAME (default: $ZCRM_CLUSTER or zcrm).")
  String cluster;

  @Option(names = "--zk-auth", paramLabel = "USER:PASSWORD",
      description = "Digest credentials; with them the configuration is writable only by their holders"
          + " (default: $ZCRM_ZK_AUTH).")
  String auth;

  public ZkSettings settings() {
    return ZkSettings.resolve(zk, cluster, auth, System.getenv());
  }

  /** Opens the store with the configuration validator. */
  public CibStore open() {
    return CibStore.open(settings(), Validation.checker());
  }

  /** Body of a verb that uses the store. */
  @FunctionalInterface
  public interface StoreAction {
    int run(CibStore store) throws Exception;
  }

  /** Runs a verb against the store; store errors become messages on stderr and exit codes. */
  public int run(PrintWriter err, StoreAction action) {
    return guard(err, () -> {
      try (CibStore store = open()) {
        return action.run(store);
      }
    });
  }

  /** Runs a body, turning StoreException into its message and exit code; no stack traces. */
  public static int guard(PrintWriter err, Callable<Integer> body) {
    try {
      return body.call();
    } catch (StoreException e) {
      err.println("zcrm: " + e.getMessage());
      e.problems().forEach(p -> err.println("  " + p));
      err.flush();
      return e.kind() == StoreException.Kind.UNAVAILABLE ? 2 : 1;
    } catch (java.io.IOException e) {
      err.println("zcrm: " + e.getMessage());
      err.flush();
      return 2;
    } catch (picocli.CommandLine.ParameterException e) {
      throw e;
    } catch (Exception e) {
      // a bug, not a user error: say what it was without a stack trace (the log has it at debug)
      LOG.debug("Unexpected failure", e);
      err.println("zcrm: unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + " (please report it, with the command line)");
      err.flush();
      return 2;
    }
  }

  /** For tests and callers that do not validate. */
  static ConfigChecker noChecks() {
    return ConfigChecker.NONE;
  }
}
