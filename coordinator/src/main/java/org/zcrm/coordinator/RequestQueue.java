package org.zcrm.coordinator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.KeeperException;

/**
 * A node's operator requests, requests/&lt;node&gt;/*: each is handled once, in name order, on one
 * thread of its own (handling probes agents, which must not hold up the change feed), and its znode
 * is deleted when the handler returns; that deletion is the requester's acknowledgement.
 */
final class RequestQueue implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  private final String node;
  private final CuratorFramework client;
  private final String folder;
  private final Consumer<HistoryRequest> handler;
  private final Set<String> queued = new HashSet<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "zcrm-node-requests");
    t.setDaemon(true);
    return t;
  });

  RequestQueue(String node, CuratorFramework client, String folder, Consumer<HistoryRequest> handler) {
    this.node = node;
    this.client = client;
    this.folder = folder;
    this.handler = handler;
  }

  /** Lists the folder and queues every request not queued yet. */
  void poll() {
    List<String> names;
    try {
      names = new ArrayList<>(client.getChildren().forPath(folder));
    } catch (KeeperException.NoNodeException e) {
      return;
    } catch (Exception e) {
      LOG.debug("Cannot list requests node={} error={}", node, e.toString());
      return;
    }
    names.sort(null);
    for (String n : names) {
      synchronized (queued) {
        if (!queued.add(n)) {
          continue;
        }
      }
      worker.execute(() -> handle(n));
    }
  }

  private void handle(String n) {
    String path = folder + "/" + n;
    try {
      HistoryRequest r = HistoryRequest.parse(client.getData().forPath(path));
      LOG.info("Handling an operator request node={} request={} mode={} resources={}", node, n, r.mode().word(),
          r.resources().isEmpty() ? "all" : r.resources());
      handler.accept(r);
    } catch (KeeperException.NoNodeException e) {
      return;
    } catch (IllegalArgumentException e) {
      LOG.warn("Removing an unreadable request node={} request={} error={}", node, n, e.getMessage());
    } catch (IllegalStateException e) {
      LOG.warn("Cannot handle a request now; it stays queued node={} request={} error={}", node, n, e.getMessage());
      synchronized (queued) {
        queued.remove(n);
      }
      return;
    } catch (Exception e) {
      LOG.error("Could not handle a request; it stays queued node={} request={} error={}", node, n, e.toString(), e);
      synchronized (queued) {
        queued.remove(n);
      }
      return;
    }
    try {
      client.delete().quietly().forPath(path);
      LOG.info("Operator request done node={} request={}", node, n);
    } catch (Exception e) {
      LOG.warn("Could not delete a handled request node={} request={} error={}", node, n, e.toString());
    }
    synchronized (queued) {
      queued.remove(n);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
