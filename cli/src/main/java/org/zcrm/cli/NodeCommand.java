package org.zcrm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zcrm.cib.store.edit.ClusterEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** zcrm node add | delete | attribute: nodes of the configuration. */
@Command(mixinStandardHelpOptions = true, name = "node", description = "Cluster nodes in the configuration.",
    subcommands = {NodeCommand.Add.class, NodeCommand.Delete.class, NodeCommand.Attribute.class})
public final class NodeCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm node --help'.");
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a node (id and uname NAME).")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec,
          store.update("add node " + name, c -> ClusterEdits.addNode(c, name))));
    }
  }

  @Command(name = "delete", aliases = "remove", mixinStandardHelpOptions = true, description = "Remove a node from the configuration.")
  static final class Delete implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec,
          store.update("delete node " + name, c -> ClusterEdits.deleteNode(c, name))));
    }
  }

  @Command(name = "attribute", mixinStandardHelpOptions = true,
      description = {"Permanent node attributes: NAME lists them, NAME k shows one, NAME k=v ... sets"
          + " (an empty v removes k), NAME k ... --delete removes."})
  static final class Attribute implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "k[=v]") List<String> attrs = new ArrayList<>();
    @picocli.CommandLine.Option(names = "--delete", description = "Remove the attributes named.") boolean delete;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      boolean assigning = attrs.stream().anyMatch(a -> a.contains("="));
      if (delete && (attrs.isEmpty() || assigning)) {
        err.println("zcrm: --delete takes attribute names without values, e.g. zcrm node attribute " + name + " rack --delete.");
        return 1;
      }
      if (!delete && (attrs.isEmpty() || !assigning)) {
        return zk.run(err, store -> {
          var node = ClusterEdits.findNode(store.configSnapshot().config(), name);
          if (node.isEmpty()) {
            err.println("zcrm: node '" + name + "' is not in the configuration.");
            return 1;
          }
          var all = NodeOpsCommands.attributes(node.get());
          for (String k : attrs.isEmpty() ? all.keySet() : attrs) {
            if (!all.containsKey(k)) {
              err.println("zcrm: node " + name + " has no attribute " + k + ".");
              return 1;
            }
            spec.commandLine().getOut().println(k + "=" + all.get(k));
          }
          return 0;
        });
      }
      if (!delete && attrs.stream().anyMatch(a -> !a.contains("="))) {
        err.println("zcrm: mix of k and k=v; to set attributes give k=v each, to show them give names only.");
        return 1;
      }
      List<String> changes = delete ? attrs.stream().map(a -> a + "=").toList() : attrs;
      return zk.run(err, store -> ResourceCommand.done(spec,
          store.update("set attributes of node " + name, c -> ClusterEdits.nodeAttributes(c, name, changes))));
    }
  }
}
