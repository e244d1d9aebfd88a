package org.zcrm.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.StoreException;
import org.zcrm.coordinator.FenceRequests;
import org.zcrm.fence.FenceAction;
import org.zcrm.fence.FenceHistoryXml;
import org.zcrm.fence.FenceResult;
import org.zcrm.fence.device.PcmkDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zcrm fence NODE}: asks the cluster's DC to fence a node and waits for the result;
 * {@code zcrm fence confirm NODE}: records that NODE is down (fenced by hand), like
 * {@code stonith_admin --confirm}. Both go through the DC so that the record is a fenced write.
 */
@Command(name = "fence", mixinStandardHelpOptions = true, subcommands = FenceCommand.Confirm.class,
    description = "Fence a node through the cluster (the DC runs the fence devices), and wait for the result.")
public final class FenceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ZkOptions zk;

  @Parameters(paramLabel = "NODE", arity = "0..1", description = "The node to fence.")
  String node;

  @Option(names = "--action", defaultValue = "reboot", description = "reboot (default), off or on.")
  String action;

  @Option(names = "--timeout", defaultValue = "120s", description = "How long to wait for the result (default ${DEFAULT-VALUE}).")
  String timeout;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    if (node == null) {
      err.println("zcrm: name the node to fence: zcrm fence NODE (or zcrm fence confirm NODE).");
      return 1;
    }
    Optional<FenceAction> a = FenceAction.parse(action);
    if (a.isEmpty()) {
      err.println("zcrm: unknown fencing action '" + action + "'; use reboot, off or on.");
      return 1;
    }
    return request(spec, zk, new FenceRequests.Request(node, a.get(), false, "zcrm fence"), timeout);
  }

  static int request(CommandSpec spec, ZkOptions zk, FenceRequests.Request req, String timeout) {
    var err = spec.commandLine().getErr();
    Duration wait = PcmkDuration.parse(timeout).orElse(Duration.ofSeconds(120));
    return zk.run(err, store -> {
      CuratorFramework client = store.connection().client();
      String folder = store.paths().root() + "/fencing/requests";
      Instant asked = Instant.now().minusSeconds(1);
      String path = client.create().creatingParentsIfNeeded().withMode(CreateMode.PERSISTENT_SEQUENTIAL)
          .forPath(folder + "/req-", req.toBytes());
      long end = System.nanoTime() + wait.toNanos();
      while (client.checkExists().forPath(path) != null) {
        if (System.nanoTime() > end) {
          client.delete().quietly().forPath(path);
          err.println("zcrm: no DC handled the request within " + PcmkDuration.format(wait)
              + "; is the cluster running (zcrm node start) and does it have a DC?");
          return 1;
        }
        Thread.sleep(100);
      }
      Optional<FenceResult> r = newest(store, req.target(), asked);
      if (r.isEmpty()) {
        err.println("zcrm: the request for " + req.target() + " was handled but left no fencing history.");
        return 1;
      }
      FenceResult f = r.get();
      if (f.succeeded()) {
        spec.commandLine().getOut().println((req.confirm() ? "Confirmed " : "Fenced ") + req.target()
            + (f.devicesTried().isEmpty() ? "" : " with " + String.join(", ", f.devicesTried())));
        return 0;
      }
      err.println("zcrm: fencing " + req.target() + " failed: " + f.exitReason());
      return 1;
    });
  }

  private static Optional<FenceResult> newest(CibStore store, String target, Instant after) throws Exception {
    CuratorFramework client = store.connection().client();
    String h = store.paths().fencingHistory();
    List<String> ids = client.getChildren().forPath(h);
    return ids.stream().map(id -> {
      try {
        return FenceHistoryXml.fromXml(new String(client.getData().forPath(h + "/" + id), StandardCharsets.UTF_8));
      } catch (Exception e) {
        throw new StoreException(StoreException.Kind.UNAVAILABLE, "Cannot read fencing history " + id + ": " + e.getMessage(), e);
      }
    }).filter(f -> f.target().equalsIgnoreCase(target) && f.completed() != null && f.completed().isAfter(after))
        .max(Comparator.comparing(FenceResult::completed));
  }

  /** zcrm fence confirm NODE. */
  @Command(name = "confirm", mixinStandardHelpOptions = true,
      description = "Record that NODE is down (it was fenced or powered off by hand); its resources are then recovered.")
  static final class Confirm implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Parameters(paramLabel = "NODE") String node;

    @Option(names = "--timeout", defaultValue = "60s", description = "How long to wait for the DC (default ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() {
      return request(spec, zk, new FenceRequests.Request(node, FenceAction.OFF, true, "zcrm fence confirm"), timeout);
    }
  }
}
