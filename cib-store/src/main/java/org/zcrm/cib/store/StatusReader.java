package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;

/**
 * Reads status/&lt;node&gt;/... for every node. Each node's part is consistent on its own: the
 * version of status/&lt;node&gt; (bumped by every write of that node) is read before and after,
 * and a node whose version moved is read again.
 */
final class StatusReader {
  private static final int ATTEMPTS = 10;

  private final ZkCalls calls;
  private final CibPaths paths;

  StatusReader(ZkCalls calls, CibPaths paths) {
    this.calls = calls;
    this.paths = paths;
  }

  SortedMap<String, NodeStatus> read(ZooKeeper zk) throws KeeperException, InterruptedException {
    ZkCalls.Children nodes = calls.getChildren(zk, List.of(paths.status())).get(paths.status());
    SortedMap<String, NodeStatus> out = new TreeMap<>();
    if (nodes == null) {
      return out;
    }
    List<String> todo = new ArrayList<>(nodes.names());
    for (int attempt = 0; attempt < ATTEMPTS && !todo.isEmpty(); attempt++) {
      List<String> torn = new ArrayList<>();
      List<String> lrmFolders = todo.stream().map(paths::statusLrm).toList();
      Map<String, ZkCalls.Children> lrm = calls.getChildren(zk, lrmFolders);
      List<String> reads = new ArrayList<>();
      for (String n : todo) {
        reads.add(paths.status(n));
        reads.add(paths.statusAttrs(n));
        ZkCalls.Children c = lrm.get(paths.statusLrm(n));
        if (c != null) {
          c.names().forEach(r -> reads.add(paths.statusLrm(n, r)));
        }
      }
      Map<String, ZkCalls.Data> data = calls.getDataBatched(zk, reads);
      Map<String, ZkCalls.Data> again = calls.getData(zk, todo.stream().map(paths::status).toList());
      for (String n : todo) {
        ZkCalls.Data before = data.get(paths.status(n));
        ZkCalls.Data after = again.get(paths.status(n));
        if (before == null || after == null) {
          continue; // the node's status was removed meanwhile
        }
        if (before.stat().getVersion() != after.stat().getVersion()) {
          torn.add(n);
          continue;
        }
        SortedMap<String, String> rscs = new TreeMap<>();
        ZkCalls.Children c = lrm.get(paths.statusLrm(n));
        if (c != null) {
          for (String r : c.names()) {
            ZkCalls.Data d = data.get(paths.statusLrm(n, r));
            if (d != null && d.data().length > 0) {
              rscs.put(r, text(d.data()));
            }
          }
        }
        ZkCalls.Data attrs = data.get(paths.statusAttrs(n));
        Optional<String> a = attrs == null || attrs.data().length == 0 ? Optional.empty() : Optional.of(text(attrs.data()));
        out.put(n, new NodeStatus(n, text(before.data()), a, rscs, before.stat().getVersion()));
      }
      todo = torn;
    }
    return out;
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
