package org.zcrm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.zcrm.cib.store.CibStore;
import org.zcrm.cib.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zcrm rules add | list | show | remove}: the cluster's own policy rules (.drl), stored at
 * config/rules/NAME.drl. A rule file is compiled with the shipped policy and the rules already
 * stored, against the engine's fact model, before it is stored: one that does not compile is
 * refused with the compiler's messages (file line and column), and nothing changes.
 */
@Command(mixinStandardHelpOptions = true, name = "rules", description = "Your own policy rules (.drl), compiled against the engine's facts before upload.",
    subcommands = {RulesCommand.Add.class, RulesCommand.ListRules.class, RulesCommand.Show.class, RulesCommand.Remove.class})
public final class RulesCommand implements Runnable {
  static final String SUFFIX = ".drl";

  @Spec CommandSpec groupSpec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(groupSpec.commandLine(), "Missing a verb; see 'zcrm rules --help'.");
  }

  static String key(String name) {
    String n = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    if (!n.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new StoreException(StoreException.Kind.REFUSED, "'" + name
          + "' is not a usable rule file name; use letters, digits, '.', '-' or '_'.");
    }
    return n + SUFFIX;
  }

  /** The compiler's messages for these user rule files with the shipped policy; empty when they compile. */
  static java.util.List<String> compileProblems(Map<String, String> userRules) {
    return org.zcrm.cli.ops.RulesCompiler.errors(userRules).stream()
        .map(p -> p.toString().replace("src/main/resources/", "")).toList();
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Compile FILE.drl with the policy and store it (replacing a rule file of the same name).")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "FILE.drl") Path file;
    @Option(names = "--name", paramLabel = "N", description = "Store as N (default: the file's name).") String name;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      return zk.run(err, store -> {
        if (!Files.isReadable(file)) {
          err.println("zcrm: cannot read " + file + ".");
          return 2;
        }
        String text = Files.readString(file);
        String k = key(name != null ? name : file.getFileName().toString());
        Map<String, String> all = new TreeMap<>(store.configSnapshot().config().rules());
        all.put(k, text);
        java.util.List<String> problems = compileProblems(all);
        if (!problems.isEmpty()) {
          err.println("zcrm: " + file + " does not compile with the policy (stored as " + k + "); nothing was stored:");
          problems.forEach(p -> err.println("  " + p));
          return 1;
        }
        CibStore.ChangeResult r = store.update("add rule file " + k, c -> c.withRule(k, text));
        spec.commandLine().getOut().println("Stored policy rules " + k + " at " + store.paths().rule(k)
            + " (generation " + r.generation() + ").");
        return ResourceCommand.done(spec, r);
      });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The stored rule files.")
  static final class ListRules implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        store.configSnapshot().config().rules().forEach((k, v) -> spec.commandLine().getOut().println(
            k.substring(0, k.length() - SUFFIX.length()) + "\t" + v.lines().filter(l -> l.strip().startsWith("rule "))
                .count() + " rule(s)"));
        return 0;
      });
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a stored rule file.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "N") String name;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        String text = store.configSnapshot().config().rules().get(key(name));
        if (text == null) {
          spec.commandLine().getErr().println("zcrm: no rule file " + name + "; see 'zcrm rules list'.");
          return 1;
        }
        spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
        return 0;
      });
    }
  }

  @Command(name = "remove", aliases = "delete", mixinStandardHelpOptions = true, description = "Remove a stored rule file.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ZkOptions zk;
    @Parameters(index = "0", paramLabel = "N") String name;

    @Override
    public Integer call() {
      return zk.run(spec.commandLine().getErr(), store -> {
        String k = key(name);
        CibStore.ChangeResult r = store.update("remove rule file " + k, c -> {
          if (!c.rules().containsKey(k)) {
            throw new StoreException(StoreException.Kind.REFUSED, "No rule file " + name + "; see 'zcrm rules list'.");
          }
          return c.withRule(k, null);
        });
        spec.commandLine().getOut().println("Removed policy rules " + k);
        return ResourceCommand.done(spec, r);
      });
    }
  }
}
