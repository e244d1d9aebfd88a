package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import org.apache.curator.framework.CuratorFramework;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.zcrm.cib.store.CibPaths;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ObjectKind;

/**
 * A starting node's place in the store: its entry in config/nodes (added when missing, as Pacemaker
 * does), its member znode, its action folder, and the store's folders.
 */
final class NodeRegistry {
  private static final Logger LOG = LogManager.getLogger();

  private NodeRegistry() {}

  static void ensureConfigured(CibStore store, String node) {
    boolean known = new CibDoc(store.configSnapshot().toDocument(org.zcrm.cib.store.CibSnapshot.Section.CONFIGURATION)
        .getDocumentElement()).nodes().containsKey(node);
    if (known) {
      return;
    }
    store.update("add node " + node, c -> {
      if (c.find(ObjectKind.NODE, node).isPresent()) {
        return c;
      }
      return c.with(new ConfigObject(ObjectKind.NODE, node,
          "<node id=\"" + StatusXml.esc(node) + "\" uname=\"" + StatusXml.esc(node) + "\"/>"));
    });
    LOG.info("Added the node to the configuration node={}", node);
  }

  /** members/NODE, ephemeral: session id, boot id, version. A leftover of our previous session goes. */
  static void register(CuratorFramework client, CibPaths paths, String name, String data) {
    String path = paths.member(name);
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        client.create().withMode(CreateMode.EPHEMERAL).forPath(path, data.getBytes(StandardCharsets.UTF_8));
        return;
      } catch (KeeperException.NodeExistsException e) {
        LOG.info("Removing the member znode of a previous session node={}", name);
        try {
          client.delete().quietly().forPath(path);
        } catch (Exception x) {
          LOG.warn("Could not remove an old member znode node={} error={}", name, x.toString());
        }
      } catch (Exception e) {
        throw new IllegalStateException("cannot register node " + name + " under " + path, e);
      }
    }
    throw new IllegalStateException("cannot register node " + name + ": " + path + " keeps existing");
  }

  /** Actions addressed to a previous incarnation of this node are not ours to run. */
  static void discardStaleActions(CuratorFramework client, CibPaths paths, String name) {
    try {
      client.create().creatingParentsIfNeeded().forPath(paths.actions() + "/" + name);
    } catch (KeeperException.NodeExistsException e) {
      // there already
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the action folder of " + name, e);
    }
    try {
      for (String a : client.getChildren().forPath(paths.actions() + "/" + name)) {
        client.delete().quietly().forPath(paths.actions() + "/" + name + "/" + a);
        LOG.info("Discarded an action sent to this node's previous run node={} action={}", name, a);
      }
    } catch (Exception e) {
      LOG.warn("Could not clear old actions node={} error={}", name, e.toString());
    }
  }

  /** The store's folders (parents of everything else), created when missing. */
  static void ensureFolders(CuratorFramework client, CibPaths paths) {
    for (String p : paths.folders()) {
      try {
        client.create().creatingParentsIfNeeded().forPath(p);
      } catch (KeeperException.NodeExistsException e) {
        // there already
      } catch (Exception e) {
        throw new IllegalStateException("cannot create " + p, e);
      }
    }
  }
}
