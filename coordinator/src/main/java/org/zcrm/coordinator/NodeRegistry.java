package org.zcrm.coordinator;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ObjectKind;

/** Adds a starting node to config/nodes when it is not configured yet, as Pacemaker does. */
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
}
