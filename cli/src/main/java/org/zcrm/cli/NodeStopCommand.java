package org.zcrm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zcrm node stop}: SIGTERM to a local node daemon, optionally asking it to leave the cluster. */
@Command(name = "stop", mixinStandardHelpOptions = true,
    description = "Stop this machine's node daemon; with --leave it stops its resources and leaves the cluster.")
public final class NodeStopCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--name", required = true, paramLabel = "NODE", description = "The node's name.")
  String name;

  @Option(names = "--run-dir", paramLabel = "DIR", description = "The daemon's run dir (default: $ZCRM_RUN_DIR or ./zcrm-run).")
  Path runDir;

  @Option(names = "--leave", description = "Stop the node's resources and leave (else they keep running).")
  boolean leave;

  static Path leaveFile(Path dir, String node) {
    return dir.resolve(node + ".leave");
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    var err = spec.commandLine().getErr();
    Path dir = runDir != null ? runDir : Path.of(System.getenv().getOrDefault("ZCRM_RUN_DIR", "zcrm-run"));
    Path pidFile = dir.resolve(name + ".pid");
    if (!Files.exists(pidFile)) {
      err.println("zcrm: no pid file " + pidFile + "; is node " + name + " running with this --run-dir?");
      return 1;
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty()) {
      err.println("zcrm: node " + name + " (pid " + pid + ") is not running; removing its stale pid file.");
      Files.deleteIfExists(pidFile);
      return 1;
    }
    if (leave) {
      Files.writeString(leaveFile(dir, name), "leave\n");
    }
    p.get().destroy();
    p.get().onExit().join();
    return 0;
  }
}
