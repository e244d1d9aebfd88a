package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.nv.MetaAttributes;
import org.zcrm.cib.model.nv.NvPair;
import org.zcrm.cib.model.resource.Group;
import org.zcrm.cib.model.resource.Op;
import org.zcrm.cib.model.resource.Operations;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.resource.Resources;
import org.zcrm.cib.model.status.Lrm;
import org.zcrm.cib.model.status.LrmResource;
import org.zcrm.cib.model.status.LrmResources;
import org.zcrm.cib.model.status.NodeState;

/**
 * Finds the Pacemaker Remote and guest nodes that the resources section defines, the way
 * Pacemaker's unpacker does before it reads the resources: every top-level
 * {@code ocf:pacemaker:remote} primitive makes a remote node of its id; every top-level primitive
 * (or group member) with meta attribute {@code remote-node} makes a guest node, reached through an
 * implicit connection primitive that this class builds (appended after the configured resources).
 */
final class RemoteNodes {
  /** A node found, with the id of the resource defining it (the container of a guest). */
  record Found(String node, String connection, String container) {}

  private final List<Found> found = new ArrayList<>();
  private final List<Primitive> guestConnections = new ArrayList<>();
  private final Set<String> configuredIds = new HashSet<>();

  private RemoteNodes() {}

  /** Scans the top level of the resources section (null: none). */
  static RemoteNodes scan(Resources resources) {
    RemoteNodes out = new RemoteNodes();
    if (resources == null) {
      return out;
    }
    Set<String> ids = out.configuredIds;
    collectIds(resources, ids);
    Set<String> names = new HashSet<>();
    for (Resource r : resources.childrenOf(Resource.class)) {
      if (r instanceof Primitive p && isConnection(p)) {
        if (p.getId() != null && names.add(p.getId())) {
          out.found.add(new Found(p.getId(), p.getId(), null));
        }
      } else if (r instanceof Primitive p) {
        out.guest(p, ids, names);
      } else if (r instanceof Group g) {
        for (Primitive member : g.primitives()) {
          out.guest(member, ids, names);
        }
      }
    }
    return out;
  }

  /**
   * Adds the remote nodes of connections that are no longer configured but still in the status
   * (Pacemaker keeps such a node, shutting down, while its orphaned connection is stopped).
   */
  void addOrphans(List<NodeState> states, Set<String> configuredIds) {
    Set<String> names = new HashSet<>();
    for (Found f : found) {
      names.add(f.node());
    }
    for (NodeState ns : states) {
      Lrm lrm = ns.lrm();
      LrmResources lrs = lrm == null ? null : lrm.resources();
      if (lrs == null) {
        continue;
      }
      for (LrmResource lr : lrs.childrenOf(LrmResource.class)) {
        String id = lr.getId();
        if (id != null && !configuredIds.contains(id) && "remote".equalsIgnoreCase(lr.getType())
            && "ocf".equalsIgnoreCase(lr.getResourceClass())
            && "pacemaker".equalsIgnoreCase(lr.getProvider()) && names.add(id)) {
          found.add(new Found(id, id, lr.getContainer()));
        }
      }
    }
  }

  /** Every resource id configured (with the guest connections this scan creates). */
  Set<String> configuredIds() {
    return configuredIds;
  }

  private static void collectIds(CibElement e, Set<String> ids) {
    for (CibElement c : e.elementChildren()) {
      if (c instanceof Resource r && r.getId() != null) {
        ids.add(r.getId());
        collectIds(c, ids);
      }
    }
  }

  /** Whether a primitive is a remote connection (ocf:pacemaker:remote). */
  static boolean isConnection(Primitive p) {
    return "remote".equalsIgnoreCase(p.getType()) && "ocf".equalsIgnoreCase(p.getResourceClass())
        && "pacemaker".equalsIgnoreCase(p.getProvider());
  }

  /** A guest node of a primitive with meta remote-node (plain nvpairs, as Pacemaker reads them). */
  private void guest(Primitive p, Set<String> ids, Set<String> names) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (MetaAttributes set : p.metaAttributes()) {
      for (NvPair nv : set.childrenOf(NvPair.class)) {
        if (nv.getName() != null) {
          meta.put(nv.getName().toLowerCase(Locale.ROOT), nv.getValue());
        }
      }
    }
    String name = meta.get("remote-node");
    if (name == null || p.getId() == null || ids.contains(name)) {
      return;
    }
    ids.add(name);
    guestConnections.add(connection(name, p.getId(), meta));
    if (names.add(name)) {
      found.add(new Found(name, name, p.getId()));
    }
  }

  /** The implicit connection primitive of a guest node. */
  private static Primitive connection(String name, String container, Map<String, String> meta) {
    Primitive c = new Primitive().setResourceClass("ocf").setProvider("pacemaker").setType("remote");
    c.setId(name);
    MetaAttributes m = new MetaAttributes();
    m.setId(name + "-meta_attributes");
    m.add(pair(name, "container", container));
    if (meta.get("remote-allow-migrate") != null) {
      m.add(pair(name, "allow-migrate", meta.get("remote-allow-migrate")));
    }
    if (meta.get("is-managed") != null) {
      m.add(pair(name, "is-managed", meta.get("is-managed")));
    }
    c.add(m);
    String server = meta.get("remote-addr");
    String port = meta.get("remote-port");
    if (server != null || port != null) {
      InstanceAttributes ia = new InstanceAttributes();
      ia.setId(name + "-instance_attributes");
      if (server != null) {
        ia.add(pair(name, "addr", server));
      }
      if (port != null) {
        ia.add(pair(name, "port", port));
      }
      c.add(ia);
    }
    Operations ops = new Operations();
    ops.add(new Op().setId(name + "-monitor-interval-30s").setName("monitor").setInterval("30s")
        .setTimeout("30s"));
    ops.add(new Op().setId(name + "-start-interval-0").setName("start").setInterval("0")
        .setTimeout(meta.getOrDefault("remote-connect-timeout", "60s")));
    c.add(ops);
    return c;
  }

  private static NvPair pair(String owner, String name, String value) {
    return new NvPair().setId(owner + "-" + name).setName(name).setValue(value);
  }

  /** The nodes, in configuration order. */
  List<Found> nodes() {
    return found;
  }

  /** The implicit connection primitives of guest nodes, to be read after the configuration. */
  List<Primitive> guestConnections() {
    return guestConnections;
  }
}
