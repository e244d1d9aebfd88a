package org.zcrm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.Configuration;
import org.zcrm.cib.model.Node;
import org.zcrm.cib.model.constraint.Constraint;
import org.zcrm.cib.model.nv.ClusterPropertySet;
import org.zcrm.cib.model.nv.NvPair;
import org.zcrm.cib.model.resource.Bundle;
import org.zcrm.cib.model.resource.Clone;
import org.zcrm.cib.model.resource.Primitive;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.status.NodeState;

/** The text of {@code zcrm cib show}: a few lines a person can read at a glance. */
final class CibSummary {
  /** Top-level resources and nodes listed one by one up to this many; then "and N more". */
  static final int LIST_LIMIT = 20;

  private CibSummary() {}

  static String of(String source, Cib cib) {
    StringBuilder b = new StringBuilder();
    b.append("CIB ").append(source).append('\n');
    b.append("  version: admin_epoch ").append(nz(cib.getAdminEpoch())).append(", epoch ")
        .append(nz(cib.getEpoch())).append(", num_updates ").append(nz(cib.getNumUpdates()))
        .append("; validate-with ").append(nz(cib.getValidateWith())).append('\n');
    Configuration c = cib.configuration();
    if (c == null) {
      return b.append("No configuration section.\n").toString();
    }
    nodes(b, c);
    resources(b, c);
    constraints(b, c);
    options(b, c);
    if (c.fencingTopology() != null) {
      b.append("Fencing topology: ").append(VerifyCommand.plural(c.fencingTopology().levels().size(), "level"))
          .append('\n');
    }
    status(b, cib);
    return b.toString();
  }

  private static void nodes(StringBuilder b, Configuration c) {
    List<Node> nodes = c.nodeList();
    b.append("Nodes (").append(nodes.size()).append(")");
    List<String> names = new ArrayList<>();
    for (Node n : nodes) {
      String name = n.getUname() != null ? n.getUname() : "id " + n.getId();
      names.add(n.getType() != null && !n.getType().equals("member") && !n.getType().equals("normal")
          ? name + " (" + n.getType() + ")" : name);
    }
    b.append(names.isEmpty() ? "" : ": " + limited(names)).append('\n');
  }

  private static void resources(StringBuilder b, Configuration c) {
    List<Resource> top = c.resources() == null ? List.of() : c.resources().all();
    Map<String, Integer> kinds = new LinkedHashMap<>();
    int primitives = 0;
    for (Resource r : top) {
      kinds.merge(kindOf(r), 1, Integer::sum);
      primitives += countPrimitives(r);
    }
    int templates = c.resources() == null ? 0 : c.resources().templates().size();
    b.append("Resources: ").append(VerifyCommand.plural(primitives, "primitive")).append(" in all");
    if (!kinds.isEmpty()) {
      b.append("; top level: ").append(kinds.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    }
    if (templates > 0) {
      b.append("; ").append(VerifyCommand.plural(templates, "template"));
    }
    b.append('\n');
    int shown = 0;
    for (Resource r : top) {
      if (shown++ == LIST_LIMIT) {
        b.append("  ... and ").append(top.size() - LIST_LIMIT).append(" more\n");
        break;
      }
      b.append("  ").append(r.getId()).append("  ").append(describe(r)).append('\n');
    }
  }

  private static String kindOf(Resource r) {
    if (r instanceof Clone cl) {
      return cl.isPromotable() ? "promotable clone" : "clone";
    }
    return r.kind();
  }

  private static int countPrimitives(Resource r) {
    if (r instanceof Primitive) {
      return 1;
    }
    int n = 0;
    for (Resource c : r.childResources()) {
      n += countPrimitives(c);
    }
    return n;
  }

  private static String describe(Resource r) {
    if (r instanceof Primitive p) {
      return "primitive " + agent(p);
    }
    List<String> children = r.childResources().stream().map(Resource::getId).toList();
    String kind = kindOf(r);
    if (r instanceof Bundle bu && bu.runtime() != null) {
      kind += " (" + bu.runtime().runtime() + " " + nz(bu.runtime().getImage()) + ")";
    }
    return children.isEmpty() ? kind : kind + " of " + children.size() + ": " + limited(children);
  }

  private static String agent(Primitive p) {
    if (p.getTemplate() != null && p.getType() == null) {
      return "from template " + p.getTemplate();
    }
    return nz(p.getResourceClass()) + (p.getProvider() != null ? ":" + p.getProvider() : "") + ":"
        + nz(p.getType());
  }

  private static void constraints(StringBuilder b, Configuration c) {
    List<Constraint> all = c.constraints() == null ? List.of() : c.constraints().all();
    Map<String, Integer> kinds = new TreeMap<>();
    for (Constraint k : all) {
      kinds.merge(k.kind(), 1, Integer::sum);
    }
    b.append("Constraints (").append(all.size()).append(")");
    if (!kinds.isEmpty()) {
      b.append(": ").append(kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", ")));
    }
    b.append('\n');
  }

  private static void options(StringBuilder b, Configuration c) {
    List<String> opts = new ArrayList<>();
    if (c.crmConfig() != null) {
      for (ClusterPropertySet s : c.crmConfig().propertySets()) {
        for (NvPair p : s.nvpairs()) {
          if (p.getName() != null) {
            opts.add(p.getName() + "=" + nz(p.getValue()) + (s.isConditional() ? " (rule)" : ""));
          }
        }
      }
    }
    b.append("Cluster options").append(opts.isEmpty() ? ": none" : ": " + String.join(", ", opts))
        .append('\n');
    if (c.rscDefaults() != null || c.opDefaults() != null) {
      List<String> defs = new ArrayList<>();
      addDefaults(defs, "resource", c.rscDefaults() == null ? List.of() : c.rscDefaults().metaAttributes());
      addDefaults(defs, "operation", c.opDefaults() == null ? List.of() : c.opDefaults().metaAttributes());
      if (!defs.isEmpty()) {
        b.append("Defaults: ").append(String.join(", ", defs)).append('\n');
      }
    }
  }

  private static void addDefaults(List<String> out, String what,
      List<org.zcrm.cib.model.nv.MetaAttributes> sets) {
    for (org.zcrm.cib.model.nv.MetaAttributes s : sets) {
      for (NvPair p : s.nvpairs()) {
        if (p.getName() != null) {
          out.add(what + " " + p.getName() + "=" + nz(p.getValue()) + (s.isConditional() ? " (rule)" : ""));
        }
      }
    }
  }

  private static void status(StringBuilder b, Cib cib) {
    if (cib.status() == null) {
      b.append("Status: none\n");
      return;
    }
    List<NodeState> states = cib.status().nodeStates();
    int online = 0;
    long histories = 0;
    long ops = 0;
    for (NodeState s : states) {
      if ("online".equals(s.getCrmd()) || "member".equals(s.getJoin()) && "true".equals(s.getInCcm())) {
        online++;
      }
      for (var r : s.lrmResources()) {
        histories++;
        ops += r.ops().size();
      }
    }
    b.append("Status: ").append(VerifyCommand.plural(states.size(), "node state")).append(" (")
        .append(online).append(" online), ").append(histories).append(histories == 1 ? " resource history" : " resource histories")
        .append(", ").append(VerifyCommand.plural(ops, "recorded operation")).append('\n');
  }

  private static String limited(List<String> items) {
    if (items.size() <= LIST_LIMIT) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, LIST_LIMIT)) + ", ... and " + (items.size() - LIST_LIMIT)
        + " more";
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
