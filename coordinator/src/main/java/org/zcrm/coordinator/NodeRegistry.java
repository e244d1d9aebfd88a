package org.zcrm.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.api.transaction.CuratorOp;
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

  /**
   * Registers members/NODE and, in the same multi(), erases this node's operation history and
   * transient attributes and writes its node_state (a member): a node whose executor starts with
   * an empty memory says so at the moment it becomes a member, so the DC never sees it as a member
   * with a history from before (the engine then probes it), nor sees its history gone while it is
   * not a member (which would look like its resources had stopped). A member znode left by our
   * previous session goes in the same multi().
   */
  static void registerFresh(CuratorFramework client, CibPaths paths, String name, String data, String nodeState,
      String attributes) {
    String member = paths.member(name);
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        for (String p : List.of(paths.status(), paths.status(name), paths.statusLrm(name))) {
          try {
            client.create().creatingParentsIfNeeded().forPath(p);
          } catch (KeeperException.NodeExistsException e) {
            // there already
          }
        }
        List<CuratorOp> ops = new ArrayList<>();
        if (client.checkExists().forPath(member) != null) {
          LOG.info("Removing the member znode of a previous session node={}", name);
          ops.add(client.transactionOp().delete().forPath(member));
        }
        ops.add(client.transactionOp().create().withMode(CreateMode.EPHEMERAL).forPath(member,
            data.getBytes(StandardCharsets.UTF_8)));
        List<String> history = new ArrayList<>(client.getChildren().forPath(paths.statusLrm(name)));
        history.sort(null);
        for (String rsc : history) {
          ops.add(client.transactionOp().delete().forPath(paths.statusLrm(name, rsc)));
        }
        byte[] attrs = attributes.getBytes(StandardCharsets.UTF_8);
        ops.add(client.checkExists().forPath(paths.statusAttrs(name)) == null
            ? client.transactionOp().create().forPath(paths.statusAttrs(name), attrs)
            : client.transactionOp().setData().forPath(paths.statusAttrs(name), attrs));
        ops.add(client.transactionOp().setData().forPath(paths.status(name), nodeState.getBytes(StandardCharsets.UTF_8)));
        client.transaction().forOperations(ops);
        if (!history.isEmpty()) {
          LOG.info("Erased the operation history of a previous run node={} resources={}", name, history.size());
        }
        return;
      } catch (KeeperException.NodeExistsException | KeeperException.NoNodeException e) {
        LOG.info("The member or history znodes changed while registering; trying again node={}", name);
      } catch (Exception e) {
        throw new IllegalStateException("cannot register node " + name + " under " + member, e);
      }
    }
    throw new IllegalStateException("cannot register node " + name + ": " + member + " keeps changing");
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
