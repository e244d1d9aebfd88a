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
@Command(name = "node", description = "Cluster nodes in the configuration.",
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
      description = "Set permanent node attributes: NAME k=v ... (an empty v removes k).")
  static final class Attribute implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "k=v") List<String> attrs = new ArrayList<>();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec,
          store.update("set attributes of node " + name, c -> ClusterEdits.nodeAttributes(c, name, attrs))));
    }
  }
}
