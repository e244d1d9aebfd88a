package org.zcrm.cib.store;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.watch.PersistentWatcher;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.WatchedEvent;
import org.apache.zookeeper.Watcher;

/**
 * Tells a subscriber which parts of the store changed, never what the change was: "config/
 * changed", "status of node1 changed". The subscriber re-reads (a snapshot). Events come from one
 * persistent recursive watch on the cluster root; they are coalesced (several events before a
 * delivery become one set) and delivered in order on one thread. After a reconnection, when events
 * may have been missed, {@link Area#ALL} is delivered; it is also delivered once at start, so a
 * subscriber reads its initial state from the feed like any other change.
 */
public final class ChangeFeed implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger();

  /** The parts of the store a change can be in. */
  public enum Area { CONFIG, STATUS, MEMBERS, DC, ACTIONS, REQUESTS, FENCING, TRANSITIONS, ALL }

  /** A changed area; {@code node} names the node for STATUS, ACTIONS and REQUESTS, else it is empty. */
  public record Change(Area area, String node) {
    public static final Change ALL = new Change(Area.ALL, "");
  }

  private final CuratorFramework client;
  private final CibPaths paths;
  private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "zcrm-change-feed");
    t.setDaemon(true);
    return t;
  });
  private final Object lock = new Object();
  private Set<Change> pending = new HashSet<>();
  private PersistentWatcher watcher;
  private Consumer<Set<Change>> subscriber;

  ChangeFeed(CuratorFramework client, CibPaths paths) {
    this.client = client;
    this.paths = paths;
  }

  /** Starts watching; {@code subscriber} gets sets of changes, one call at a time. */
  public ChangeFeed start(Consumer<Set<Change>> subscriber) {
    this.subscriber = subscriber;
    watcher = new PersistentWatcher(client, paths.root(), true);
    watcher.getListenable().addListener(this::onEvent);
    watcher.getResetListenable().addListener(() -> offer(Change.ALL));
    watcher.start();
    offer(Change.ALL);
    return this;
  }

  private void onEvent(WatchedEvent e) {
    if (e.getType() == Watcher.Event.EventType.None || e.getPath() == null) {
      return;
    }
    Change c = classify(e.getPath());
    if (c != null) {
      offer(c);
    }
  }

  /** The area of a path, or null for paths nobody subscribes to (staging, the DC latch). */
  Change classify(String path) {
    if (!path.startsWith(paths.root() + "/")) {
      return null;
    }
    String[] parts = path.substring(paths.root().length() + 1).split("/");
    String node = parts.length > 1 ? parts[1] : "";
    return switch (parts[0]) {
      case "config" -> new Change(Area.CONFIG, "");
      case "status" -> node.isEmpty() ? new Change(Area.STATUS, "") : new Change(Area.STATUS, node);
      case "members" -> new Change(Area.MEMBERS, "");
      case "dc" -> node.equals("latch") ? null : new Change(Area.DC, "");
      case "actions" -> new Change(Area.ACTIONS, node);
      case "requests" -> new Change(Area.REQUESTS, node);
      case "fencing" -> new Change(Area.FENCING, "");
      case "transitions" -> new Change(Area.TRANSITIONS, "");
      default -> null;
    };
  }

  private void offer(Change c) {
    boolean schedule;
    synchronized (lock) {
      schedule = pending.isEmpty();
      pending.add(c);
    }
    if (schedule) {
      delivery.execute(this::deliver);
    }
  }

  private void deliver() {
    Set<Change> batch;
    synchronized (lock) {
      batch = pending;
      pending = new HashSet<>();
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      subscriber.accept(Set.copyOf(batch));
    } catch (RuntimeException e) {
      LOG.error("Change feed subscriber failed changes={}", batch, e);
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    delivery.shutdownNow();
  }
}
