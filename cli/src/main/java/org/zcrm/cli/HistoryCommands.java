package org.zcrm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.api.transaction.CuratorOp;
import org.apache.curator.framework.api.transaction.CuratorTransactionResult;
import org.apache.zookeeper.CreateMode;
import org.w3c.dom.Element;
import org.zcrm.cib.model.value.PcmkDuration;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibSnapshot;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cli.status.ClusterState;
import org.zcrm.cli.status.ClusterStateReader;
import org.zcrm.coordinator.CibDoc;
import org.zcrm.coordinator.HistoryRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `zcrm resource cleanup|refresh [RSC] [--node NODE]`, crm_resource's --cleanup and --refresh.
 * Each node daemon keeps its operation history and fail counts in memory and rewrites its status
 * from them, so these verbs ask the nodes: one request znode per addressed node under
 * requests/NODE, written in one transaction; each node forgets what was asked, probes the
 * resources again, writes the result and deletes the request, which is what this command waits for.
 */
final class HistoryCommands {
  private HistoryCommands() {}

  /** What both verbs take: which resource, on which node, and how long to wait for the nodes. */
  static final class Target {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RSC",
        description = "A primitive, group or clone (default: every resource).") String rsc;
    @Option(names = "--node", paramLabel = "NODE", description = "Only on this node (default: every running node).")
    String node;
    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
        description = "How long to wait for the nodes (default 60s).") String timeout;
  }

  @Command(name = "cleanup", mixinStandardHelpOptions = true,
      description = {"Forget RSC's failed operations and fail counts (all resources when RSC is omitted) on NODE "
          + "(every running node when omitted), so that the cluster checks it again and a resource kept off a "
          + "node by its failures may come back.", "Waits until every node has done it."})
  static final class Cleanup implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Mixin Target target;

    @Override
    public Integer call() {
      return request(spec, zk, HistoryRequest.Mode.CLEANUP, target.rsc, target.node, target.timeout);
    }
  }

  @Command(name = "refresh", mixinStandardHelpOptions = true,
      description = {"Forget RSC's whole operation history (all resources when RSC is omitted) on NODE (every "
          + "running node when omitted) and probe it again there, so that the cluster re-learns where it runs.",
          "Waits until every node has done it."})
  static final class Refresh implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Mixin Target target;

    @Override
    public Integer call() {
      return request(spec, zk, HistoryRequest.Mode.REFRESH, target.rsc, target.node, target.timeout);
    }
  }

  static int request(CommandSpec spec, ZkOptions zk, HistoryRequest.Mode mode, String rsc, String node,
      String timeout) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long waitMs = PcmkDuration.parseMs(timeout).orElse(-1);
    if (waitMs <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--timeout takes a duration such as 60s or 2min, not '" + timeout + "'");
    }
    return zk.run(err, store -> {
      CibDoc cib = new CibDoc(store.configSnapshot().toDocument(CibSnapshot.Section.CONFIGURATION)
          .getDocumentElement());
      List<String> primitives = List.of();
      if (rsc != null) {
        var under = cib.primitivesUnder(rsc);
        if (under.isEmpty()) {
          err.println("zcrm: there is no resource '" + rsc + "' in the configuration (see 'zcrm status'). "
              + "Nothing was changed.");
          return 1;
        }
        primitives = under.get();
      }
      CibPaths paths = store.paths();
      CuratorFramework client = store.connection().client();
      Set<String> members = new TreeSet<>(children(client, paths.members()));
      List<String> nodes;
      if (node != null) {
        if (!cib.nodes().containsKey(node)) {
          err.println("zcrm: there is no node '" + node + "' in the configuration (see 'zcrm node list'). "
              + "Nothing was changed.");
          return 1;
        }
        if (!members.contains(node)) {
          err.println("zcrm: node " + node + " is not running, so there is nothing to " + mode.word()
              + " there: a node forgets its operation history when it joins again. Nothing was changed.");
          return 1;
        }
        nodes = List.of(node);
      } else {
        nodes = new ArrayList<>(members);
        if (nodes.isEmpty()) {
          err.println("zcrm: no node is running; nothing to " + mode.word() + ". Nothing was changed.");
          return 1;
        }
      }
      HistoryRequest req = new HistoryRequest(mode, primitives);
      Before before = Before.read(store, req, nodes);
      Map<String, String> pending = write(client, paths, req, nodes);
      String what = rsc == null ? "all resources" : rsc;
      Instant deadline = Instant.now().plusMillis(waitMs);
      List<String> left = new ArrayList<>();
      while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
        Set<String> now = new TreeSet<>(children(client, paths.members()));
        for (var it = pending.entrySet().iterator(); it.hasNext();) {
          var e = it.next();
          if (client.checkExists().forPath(e.getValue()) == null) {
            it.remove();
            out.println("Cleaned up " + what + " on " + e.getKey() + details(mode, before, e.getKey()));
          } else if (!now.contains(e.getKey())) {
            client.delete().quietly().forPath(e.getValue());
            it.remove();
            left.add(e.getKey());
          }
        }
      }
      out.flush();
      for (String n : left) {
        err.println("zcrm: node " + n + " left the cluster before it could " + mode.word() + " " + what
            + "; it forgets its operation history when it joins again.");
      }
      if (!pending.isEmpty()) {
        err.println("zcrm: timed out after " + timeout + " waiting for " + String.join(", ", pending.keySet())
            + " to " + mode.word() + " " + what + "; the request stays queued (" + String.join(", ", pending.values())
            + ") and is handled when the node gets to it. See 'zcrm status' and the node's log.");
        return 1;
      }
      return left.isEmpty() ? 0 : 1;
    });
  }

  /** Creates one request per node in one transaction; node -> the created znode path. */
  private static Map<String, String> write(CuratorFramework client, CibPaths paths, HistoryRequest req,
      List<String> nodes) throws Exception {
    for (String n : nodes) {
      try {
        client.create().creatingParentsIfNeeded().forPath(paths.requests(n));
      } catch (org.apache.zookeeper.KeeperException.NodeExistsException e) {
        // there already
      }
    }
    List<CuratorOp> ops = new ArrayList<>();
    for (String n : nodes) {
      ops.add(client.transactionOp().create().withMode(CreateMode.PERSISTENT_SEQUENTIAL)
          .forPath(paths.requests(n) + "/" + req.znodePrefix(), req.toBytes()));
    }
    List<CuratorTransactionResult> res = client.transaction().forOperations(ops);
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      out.put(nodes.get(i), res.get(i).getResultPath());
    }
    return out;
  }

  /** What the status said before, for the addressed resources on one node: " (...)" or "". */
  private static String details(HistoryRequest.Mode mode, Before before, String node) {
    int failed = before.failures().getOrDefault(node, 0);
    int count = before.state().failCounts().stream().filter(f -> f.node().equals(node)
        && before.request().covers(f.resource())).mapToInt(ClusterState.FailCount::count).max().orElse(0);
    List<String> parts = new ArrayList<>();
    if (failed > 0) {
      parts.add(failed + " failed operation" + (failed == 1 ? "" : "s") + " forgotten");
    }
    if (count > 0) {
      parts.add("fail count " + (count >= 1_000_000 ? "INFINITY" : Integer.toString(count)) + " cleared");
    }
    if (mode == HistoryRequest.Mode.REFRESH) {
      parts.add("history forgotten, probed again");
    } else if (parts.isEmpty()) {
      parts.add("no failures were recorded");
    }
    return " (" + String.join(", ", parts) + ")";
  }

  /** The status before the request: the cluster state, and the recorded failures per node. */
  private record Before(HistoryRequest request, ClusterState state, Map<String, Integer> failures) {

    static Before read(CibStore store, HistoryRequest req, List<String> nodes) throws Exception {
      CuratorFramework client = store.connection().client();
      Map<String, Integer> failures = new TreeMap<>();
      for (String n : nodes) {
        int k = 0;
        for (String rsc : children(client, store.paths().statusLrm(n))) {
          if (!req.covers(rsc)) {
            continue;
          }
          byte[] b;
          try {
            b = client.getData().forPath(store.paths().statusLrm(n, rsc));
          } catch (org.apache.zookeeper.KeeperException.NoNodeException e) {
            continue;
          }
          for (Element op : CibDoc.children(CibXml.parse(new String(b, StandardCharsets.UTF_8)), "lrm_rsc_op")) {
            if (op.getAttribute("id").endsWith("_last_failure_0")) {
              k++;
            }
          }
        }
        failures.put(n, k);
      }
      return new Before(req, ClusterStateReader.read(store, Instant.now()), failures);
    }
  }

  private static List<String> children(CuratorFramework client, String path) throws Exception {
    try {
      return client.getChildren().forPath(path);
    } catch (org.apache.zookeeper.KeeperException.NoNodeException e) {
      return List.of();
    }
  }
}
