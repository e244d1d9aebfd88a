package org.zcrm.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.edit.ClusterEdits;
import org.zcrm.cli.status.ClusterState;
import org.zcrm.cli.status.ClusterStateReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The operator's node verbs: standby, online, maintenance, list. Standby and maintenance are the
 * permanent node attributes Pacemaker uses ({@code standby=on}, {@code maintenance=on}); registered
 * under `zcrm node` by {@link OperatorVerbs}.
 */
final class NodeOpsCommands {
  private NodeOpsCommands() {}

  /** Sets node attributes in one change and says what happened. */
  abstract static class AttrVerb implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "NODE") String node;

    abstract List<String> assignments();

    abstract String message();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        CibStore.ChangeResult r = store.update(message() + " " + node,
            c -> ClusterEdits.nodeAttributes(c, node, assignments()));
        spec.commandLine().getOut().println("Node " + node + ": " + message());
        return ResourceCommand.done(spec, r);
      });
    }
  }

  @Command(name = "standby", mixinStandardHelpOptions = true,
      description = "Put NODE in standby: its resources move away and nothing starts there (attribute standby=on).")
  static final class Standby extends AttrVerb {
    List<String> assignments() {
      return List.of("standby=on");
    }

    String message() {
      return "standby";
    }
  }

  @Command(name = "online", mixinStandardHelpOptions = true,
      description = "Take NODE out of standby and maintenance (removes those attributes).")
  static final class Online extends AttrVerb {
    List<String> assignments() {
      return List.of("standby=", "maintenance=");
    }

    String message() {
      return "online";
    }
  }

  @Command(name = "maintenance", mixinStandardHelpOptions = true,
      description = "Put NODE in maintenance: its resources are left alone, neither monitored nor recovered"
          + " (attribute maintenance=on); 'zcrm node online NODE' ends it.")
  static final class Maintenance extends AttrVerb {
    List<String> assignments() {
      return List.of("maintenance=on");
    }

    String message() {
      return "maintenance";
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The nodes, their state and attributes.")
  static final class ListNodes implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        ClusterState s = ClusterStateReader.read(store, Instant.now());
        var config = store.configSnapshot().config();
        PrintWriter out = spec.commandLine().getOut();
        for (ClusterState.NodeView n : s.nodes()) {
          Map<String, String> attrs = ClusterEdits.findNode(config, n.name()).map(o -> attributes(o))
              .orElse(Map.of());
          out.println(n.name() + ": " + n.state().word() + (n.dc() ? " (DC)" : "")
              + (attrs.isEmpty() ? "" : "  " + attrs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                  .reduce((a, b) -> a + " " + b).orElse("")));
        }
        return 0;
      });
    }
  }

  /** A node's permanent attributes (every instance_attributes set, in order), sorted by name. */
  static Map<String, String> attributes(ConfigObject node) {
    Map<String, String> out = new TreeMap<>();
    Element e = node.element();
    for (Element set : CibXml.children(e, "instance_attributes")) {
      for (Element nv : CibXml.children(set, "nvpair")) {
        out.put(nv.getAttribute("name"), nv.getAttribute("value"));
      }
    }
    return out;
  }
}
