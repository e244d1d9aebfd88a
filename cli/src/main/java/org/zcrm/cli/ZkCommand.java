package org.zcrm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zcrm.cib.store.EmbeddedZooKeeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** zcrm zk start: ZooKeeper's embedded server in the foreground. */
@Command(mixinStandardHelpOptions = true, name = "zk", description = "Run an embedded ZooKeeper server.",
    subcommands = {ZkCommand.Start.class})
public final class ZkCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm zk --help'.");
  }

  @Command(name = "start", mixinStandardHelpOptions = true,
      description = {"Run ZooKeeper in the foreground until interrupted (Ctrl-C or SIGTERM).",
          "Standalone by default; with --id and --servers, one member of an ensemble."})
  static final class Start implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "Where ZooKeeper keeps its data (default: $TMPDIR/zcrm-zk-PORT, or zcrm-zk-ID for an ensemble member).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2181", description = "Client port (standalone; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--id", paramLabel = "N", description = "This server's position (1-based) in --servers.")
    Integer id;

    @Option(names = "--servers", paramLabel = "HOST:PEER:ELECTION:CLIENT", split = ",",
        description = "Every ensemble member, in id order, e.g. 127.0.0.1:2888:3888:2181,127.0.0.1:2889:3889:2182,...")
    List<String> servers;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      return ZkOptions.guard(err, () -> {
        if ((id == null) != (servers == null)) {
          err.println("zcrm: --id and --servers go together (one member of an ensemble); give both or neither.");
          return 1;
        }
        String tmp = System.getProperty("java.io.tmpdir");
        EmbeddedZooKeeper zk;
        if (id == null) {
          Path dir = dataDir != null ? dataDir : Path.of(tmp, "zcrm-zk-" + port);
          zk = EmbeddedZooKeeper.standalone(dir, port, true);
        } else {
          Path dir = dataDir != null ? dataDir : Path.of(tmp, "zcrm-zk-" + id);
          zk = EmbeddedZooKeeper.member(dir, id, servers.stream().map(EmbeddedZooKeeper.Member::parse).toList(), true);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          zk.close();
          stopped.countDown();
        }, "zcrm-zk-stop"));
        var out = spec.commandLine().getOut();
        out.println("ZooKeeper running; connect with --zk " + zk.connectString() + " (data in " + zk.dataDir() + ")");
        out.flush();
        stopped.await();
        return 0;
      });
    }
  }

}
