package org.zcrm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zcrm.cib.store.edit.ConstraintEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** zcrm constraint location | colocation add | order | delete | list. */
@Command(mixinStandardHelpOptions = true, name = "constraint", description = "Location, colocation and ordering constraints.",
    subcommands = {ConstraintCommand.Location.class, ConstraintCommand.Colocation.class, ConstraintCommand.Order.class,
        ConstraintCommand.Delete.class, ConstraintCommand.ListCmd.class})
public final class ConstraintCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm constraint --help'.");
  }

  @Command(name = "location", mixinStandardHelpOptions = true,
      description = "RSC prefers|avoids NODE[=SCORE] (score INFINITY when not given).")
  static final class Location implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;
    @Parameters(index = "1", paramLabel = "prefers|avoids") String verb;
    @Parameters(index = "2..*", arity = "1..*", paramLabel = "NODE[=SCORE]") List<String> nodes = new ArrayList<>();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec, store.update("add a location constraint", c -> {
        for (String n : nodes) {
          c = ConstraintEdits.location(c, rsc, verb, n);
        }
        return c;
      })));
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "colocation", description = "Colocation constraints.", subcommands = {ConstraintCommand.ColocationAdd.class})
  static final class Colocation implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a verb; see 'zcrm constraint colocation --help'.");
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "RSC with RSC2 [SCORE] (INFINITY when not given).")
  static final class ColocationAdd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "RSC") String rsc;
    @Parameters(index = "1", paramLabel = "with") String with;
    @Parameters(index = "2", paramLabel = "RSC2") String rsc2;
    @Parameters(index = "3", arity = "0..1", paramLabel = "SCORE") String score;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      if (!with.equals("with")) {
        err.println("zcrm: write: zcrm constraint colocation add RSC with RSC2 [SCORE]");
        return 1;
      }
      return zk.run(err, store -> ResourceCommand.done(spec, store.update("add a colocation constraint",
          c -> ConstraintEdits.colocation(c, rsc, rsc2, score))));
    }
  }

  @Command(name = "order", mixinStandardHelpOptions = true,
      description = "[ACTION] RSC then [ACTION] RSC2 [kind=Mandatory|Optional|Serialize] [symmetrical=true|false]")
  static final class Order implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(arity = "3..*", paramLabel = "WORDS") List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec, store.update("add an order constraint",
          c -> ConstraintEdits.order(c, words))));
    }
  }

  @Command(name = "delete", aliases = "remove", mixinStandardHelpOptions = true, description = "Delete constraints by id.")
  static final class Delete implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(arity = "1..*", paramLabel = "ID") List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> ResourceCommand.done(spec, store.update("delete constraints", c -> {
        for (String id : ids) {
          c = ConstraintEdits.delete(c, id);
        }
        return c;
      })));
    }
  }

  @Command(name = "list", aliases = "config", mixinStandardHelpOptions = true, description = "List the constraints.")
  static final class ListCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        var out = spec.commandLine().getOut();
        ConstraintEdits.list(store.configSnapshot().config()).forEach(out::println);
        out.flush();
        return 0;
      });
    }
  }
}
