package org.zcrm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.edit.ResourceEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** zcrm resource create | update | delete (pcs-like; each one validated, atomic change). */
@Command(mixinStandardHelpOptions = true, name = "resource", description = "Create, change and delete resources.",
    subcommands = {ResourceCommand.Create.class, ResourceCommand.Update.class, ResourceCommand.Delete.class})
public final class ResourceCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm resource --help'.");
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a primitive, e.g. zcrm resource create web ocf:heartbeat:apache configfile=/etc/httpd.conf"
          + " --op \"monitor interval=10s timeout=20s\" --group web-group")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Parameters(index = "0", paramLabel = "ID") String id;
    @Parameters(index = "1", paramLabel = "AGENT", description = "CLASS:PROVIDER:TYPE (ocf:heartbeat:IPaddr2) or CLASS:TYPE (lsb:cron).")
    String agent;
    @Parameters(index = "2..*", paramLabel = "NAME=VALUE", description = "Instance parameters.") List<String> params = new ArrayList<>();
    @Option(names = "--meta", paramLabel = "NAME=VALUE", arity = "1..*", description = "Meta attributes.") List<String> meta = new ArrayList<>();
    @Option(names = "--op", paramLabel = "\"ACTION k=v ...\"", description = "An operation, e.g. \"monitor interval=10s timeout=20s\"; repeatable.")
    List<String> ops = new ArrayList<>();
    @Option(names = "--group", paramLabel = "G", description = "Put the resource at the end of group G (created if needed).") String group;

    @Override
    public Integer call() {
      var spec0 = new ResourceEdits.Spec(id, agent, params, meta, ops, group);
      return zk.run(spec.commandLine().getErr(), store -> done(spec, store.update("create resource " + id,
          c -> ResourceEdits.create(c, spec0))));
    }
  }

  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Change parameters (NAME= removes one), meta attributes or operations of a resource.")
  static final class Update implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Parameters(index = "0", paramLabel = "ID") String id;
    @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Instance parameters.") List<String> params = new ArrayList<>();
    @Option(names = "--meta", paramLabel = "NAME=VALUE", arity = "1..*") List<String> meta = new ArrayList<>();
    @Option(names = "--op", paramLabel = "\"ACTION k=v ...\"", description = "Replaces the operations of that ACTION.")
    List<String> ops = new ArrayList<>();
    @Option(names = "--agent", paramLabel = "AGENT", description = "Change the agent.") String agent;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      if (params.isEmpty() && meta.isEmpty() && ops.isEmpty() && agent == null) {
        err.println("zcrm: nothing to change; give NAME=VALUE parameters, --meta, --op or --agent.");
        return 1;
      }
      var s = new ResourceEdits.Spec(id, agent, params, meta, ops, null);
      return zk.run(err, store -> done(spec, store.update("update resource " + id, c -> ResourceEdits.update(c, s))));
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = "Delete a resource and the constraints that name it.")
  static final class Delete implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Parameters(index = "0", paramLabel = "ID") String id;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      AtomicReference<List<String>> removed = new AtomicReference<>(List.of());
      return zk.run(err, store -> {
        CibStore.ChangeResult r = store.update("delete resource " + id, c -> {
          ResourceEdits.Deleted d = ResourceEdits.delete(c, id);
          removed.set(d.removedConstraints());
          return d.config();
        });
        removed.get().forEach(c -> err.println("Removed constraint " + c));
        err.println("Deleted resource " + id);
        return done(spec, r);
      });
    }
  }

  /** Prints validator warnings of a change; 0. */
  static int done(CommandSpec spec, CibStore.ChangeResult r) {
    var err = spec.commandLine().getErr();
    r.warnings().forEach(w -> err.println("zcrm: warning: " + w));
    err.flush();
    return 0;
  }
}
